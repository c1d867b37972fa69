namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// The tagger, trained on Indonesian names, starts or ends a foreign name too late or too early. In running text, a
/// person's name runs back over the given name before it when a title's place stands before that
/// (<c>Menteri Pertahanan Venezuela Vladimir | Padrino Lopez</c>), over a
/// given name and a middle initial without a period (<c>Tawfiq F | Al-Rabiah</c>) and over a given name and surname
/// particles (<c>Kian delos | Santos</c>); and a name that ends on the first half of an Arabic compound
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
        if (k < 1 || sentence.At(k) is not null || !Adjacent(sentence, k))
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
