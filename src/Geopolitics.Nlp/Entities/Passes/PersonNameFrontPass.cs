namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// The tagger, trained on Indonesian names, starts or ends a foreign name too late or too early. In running text, a
/// person's name runs back over the given name before it when a title's place stands before that
/// (<c>Menteri Pertahanan Venezuela Vladimir | Padrino Lopez</c>), over a
/// given name and a middle initial without a period (<c>Tawfiq F | Al-Rabiah</c>) and over a given name and surname
/// particles (<c>Kian delos | Santos</c>), over a person's initials (<c>K.P. | Sharma Oli</c>, <c>AM | Putranto</c>) and over
/// the first half of an Arabic compound (<c>Abu | Mohammed al-Julani</c>); and a name that ends on the first half of an Arabic compound
/// (<c>Abdul</c> of <c>Abdul Kadir Karding</c>) runs on over the name words after it. Only words no other mention holds
/// and that no list gives another role join.
/// </summary>
internal sealed class PersonNameFrontPass(Gazetteer gazetteer, EntityLexicon words) : SentencePass
{
    /// <summary>The most name words a bound given name takes after it (<c>Abdul | Kadir Karding</c>).</summary>
    private const int MaxBoundWords = 2;

    public override void Run(SentenceMentions sentence)
    {
        if (sentence.TitleCase)
        {
            return;
        }

        var tokens = sentence.Tokens;
        for (var i = 0; i < sentence.Mentions.Count; i++)
        {
            var m = sentence.Mentions[i];
            if (m.Type != EntityType.Person)
            {
                continue;
            }

            var first = FrontStart(sentence, m);
            if (first < m.First)
            {
                (m.First, m.Entry) = (first, null);
            }

            if (words.IsBoundGivenName(tokens[m.End - 1]))
            {
                RunOnBound(sentence, m, i);
            }
        }
    }

    // Where the name begins, looking back from m: a given name with an initial or particles after it, or a lone given
    // name after a title or a place.
    private int FrontStart(SentenceMentions sentence, Mention m)
    {
        var tokens = sentence.Tokens;
        var k = m.First - 1;
        if (k < 0 || sentence.At(k) is not null || !Adjacent(sentence, k))
        {
            return m.First;
        }

        // `Abu | Mohammed al-Julani`: the first half of an Arabic compound is no word of its own before a name.
        if (char.IsUpper(tokens[k][0]) && words.IsBoundGivenName(tokens[k]))
        {
            return k;
        }

        if (IsLeadingInitials(sentence, m, k))
        {
            // `A. M. Putranto`: one more dotted initial before the first.
            return k >= 1 && IsDottedInitials(tokens[k - 1]) && sentence.At(k - 1) is null && Adjacent(sentence, k - 1) ? k - 1 : k;
        }

        if (k < 1)
        {
            return m.First;
        }

        if (IsInitial(tokens[k]) || NameParticlePass.IsParticle(tokens[k]))
        {
            var given = NameParticlePass.IsParticle(tokens[k - 1]) ? k - 2 : k - 1;
            return given >= 0 && given < k && IsFreeNameWord(sentence, given) && Adjacent(sentence, given) ? given : m.First;
        }

        return m.Length >= 2 && IsFreeNameWord(sentence, k) && k >= 1 && IsBeforeGivenName(sentence, k - 1) ? k : m.First;
    }

    // `K.P. | Sharma Oli`, `AM | Putranto`: a person's initials before the name are part of it. Dotted, they are initials
    // unless a title (`H.`, `K.H.`). Undotted, they are two or three capitals that no list or gazetteer knows, right
    // after the office's place or organization (`Perdana Menteri Nepal | KP Sharma Oli`, `Kepala BNPB | AM Putranto`),
    // before a name written in lower case after its capital: after a title or a common noun such capitals are mostly an
    // organization (`Ketua DPP | Lukman`, `sekolah TK | Kevin`), and a known acronym before a name is already one
    // (`Ketua MK | Anwar Usman`); a line in capitals gives no initials.
    private bool IsLeadingInitials(SentenceMentions sentence, Mention m, int k)
    {
        var token = sentence.Tokens[k];
        if (words.IsTitle(token) || words.IsRank(token) || words.IsPersonCue(token))
        {
            return false;
        }

        if (IsDottedInitials(token))
        {
            return true;
        }

        return token.Length is >= 2 and <= 3 && !token.AsSpan().ContainsAnyExceptInRange('A', 'Z') && NameShape.IsNameWord(sentence.Tokens[m.First]) &&
               k >= 1 && sentence.At(k - 1) is { Type: EntityType.Gpe or EntityType.Organization } place && place.End == k &&
               !words.IsNonEntity(sentence, k, 1) && gazetteer.Match(sentence.Tokens, k, out _) == 0 &&
               (!words.IsShipPrefix(token) || IsOfficeHolderPlace(sentence, words, k));
    }

    /// <summary>
    /// Whether token <paramref name="k"/> is where an office holder's name begins: right after a title
    /// (<c>PM | KP Sharma Oli</c>) or after a title's place (<c>Perdana Menteri Nepal | KP Sharma Oli</c>).
    /// </summary>
    internal static bool IsOfficeHolderPlace(SentenceMentions sentence, EntityLexicon words, int k)
    {
        if (k < 1)
        {
            return false;
        }

        if (words.IsTitle(sentence.Tokens[k - 1]))
        {
            return true;
        }

        return sentence.At(k - 1) is { Type: EntityType.Gpe } place && place.End == k && place.First >= 1 && words.IsTitle(sentence.Tokens[place.First - 1]);
    }

    // Initials written with periods, one to three of them in one token (`K.P.`, `A.`, `H.M.`).
    private static bool IsDottedInitials(string token)
    {
        if (token.Length is < 2 or > 6 || token.Length % 2 != 0)
        {
            return false;
        }

        for (var i = 0; i < token.Length; i += 2)
        {
            if (!char.IsAsciiLetterUpper(token[i]) || token[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    // `Menteri Pertahanan Venezuela | Vladimir`: the place of a title ends right there. A title alone does not do: a
    // minister's portfolio follows it capitalized (`Menteri Agama Nasaruddin Umar`); nor does an organization, whose
    // documents and programmes follow it (`RED II Delegated Act`).
    private static bool IsBeforeGivenName(SentenceMentions sentence, int k) =>
        sentence.At(k) is { } before && before.End == k + 1 && before.Type == EntityType.Gpe;

    private void RunOnBound(SentenceMentions sentence, Mention m, int i)
    {
        var tokens = sentence.Tokens;
        var k = m.End;
        if (i + 1 < sentence.Mentions.Count && sentence.Mentions[i + 1] is { Type: EntityType.Person } next && next.First == k && Adjacent(sentence, k))
        {
            (m.End, m.Entry) = (next.End, null); // `Abdul` + `Kadir Karding`
            sentence.Mentions.RemoveAt(i + 1);
            return;
        }

        while (k < tokens.Count && k - m.End < MaxBoundWords && IsFreeNameWord(sentence, k) && Adjacent(sentence, k))
        {
            k++;
        }

        if (k > m.End)
        {
            (m.End, m.Entry) = (k, null);
        }
    }

    // A capitalized word no mention holds, no list gives another role, and no known name starts at.
    private bool IsFreeNameWord(SentenceMentions sentence, int k) =>
        sentence.At(k) is null && words.IsPlainNameWord(sentence.Tokens[k]) && !words.IsRank(sentence.Tokens[k]) &&
        gazetteer.Match(sentence.Tokens, k, out _) == 0;

    // Token k and the one after it are one space apart: no line break or punctuation between them.
    private static bool Adjacent(SentenceMentions sentence, int k) =>
        k + 1 < sentence.Tokens.Count && sentence.Bounds[k + 1].Start == sentence.Bounds[k].End + 1;

    // A middle initial without its period (`Tawfiq F Al-Rabiah`).
    private static bool IsInitial(string token) => token.Length == 1 && char.IsAsciiLetterUpper(token[0]);
}
