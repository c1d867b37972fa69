namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Bylines and credits: the capitalized name after a byline cue (<c>LAPORAN: NAMA LENGKAP</c>, <c>Redaktur &amp;
/// Reporter : M. Nama</c>, <c>Foto: NAMA / AFP</c>) is a PERSON, in capitals too, and a known outlet in the credit is an
/// ORGANIZATION; a line that is only a reporter's initials in parentheses (<c>(ABC)</c>, <c>(ABC/DEF)</c>) names nobody.
/// A cue may name the reporter's town before the colon (<c>Kontributor Bandung: Nama</c>: the town stays a place), and
/// a photo credit may open with the outlet instead of a cue (<c>ANTARA FOTO/Nama/abc</c>, <c>AFP PHOTO / NAMA</c>,
/// <c>(REUTERS/Nama)</c>): an outlet at the start of a line or a parenthesis, then <c>/</c> and names to the end of it.
/// </summary>
internal sealed class BylinePass(Gazetteer gazetteer, EntityLexicon words) : SentencePass
{
    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        if (IsInitialsLine(tokens))
        {
            sentence.Mentions.RemoveAll(m => m.Entry is null); // (AFP) alone is still the agency
            return;
        }

        if (IsAuthorLine(sentence))
        {
            Credits(sentence, 1);
        }

        for (var k = 0; k < tokens.Count; k++)
        {
            if (!char.IsUpper(tokens[k][0]) || !words.IsBylineCue(tokens[k]))
            {
                continue;
            }

            // Cues may be joined (Redaktur & Reporter :); a colon or a dash ends them.
            var at = k + 1;
            while (at < tokens.Count && (tokens[at] is "&" or "dan" or "/" || words.IsBylineCue(tokens[at])))
            {
                at++;
            }

            // Kontributor Bandung: the reporter's town, a place, between the cue and the colon.
            if (at < tokens.Count && sentence.At(at) is { Type: EntityType.Gpe } town && town.First == at && town.End < tokens.Count &&
                tokens[town.End] == ":")
            {
                at = town.End;
            }

            if (at < tokens.Count && at > k + 1 && tokens[at - 1] == "/" && IsNameWord(tokens[at]))
            {
                k = Credits(sentence, at) - 1; // `FOTO/REUTERS/Nama`: the cue's slash opens the credit
                continue;
            }

            if (at >= tokens.Count || tokens[at] is not (":" or "-"))
            {
                continue;
            }

            k = Credits(sentence, at + 1) - 1;
        }

        CreditsAfterOutlets(sentence);
        AgenciesInClosingCredit(sentence);
    }

    /// <summary>
    /// <c>(AFP/Ant/I-2)</c>, <c>(Ant/P-5)</c>: a closing credit, slashes between initials and agencies in a parenthesis
    /// that ends the sentence, abbreviates its agencies in title case; such a word that writes a known agency's acronym
    /// (<c>ANT</c>, Antara) is that ORGANIZATION, not a reporter.
    /// </summary>
    private void AgenciesInClosingCredit(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        var close = tokens.Count - 1;
        if (close >= 0 && tokens[close] == ".")
        {
            close--;
        }

        if (close < 3 || tokens[close] != ")")
        {
            return;
        }

        var open = close - 1;
        while (open >= 0 && open > close - 12 && tokens[open] != "(")
        {
            open--;
        }

        if (open < 0 || tokens[open] != "(" || !IsClosingCredit(tokens, open + 1, close))
        {
            return;
        }

        for (var k = open + 1; k < close; k++)
        {
            // Only a word read alone: `AP` of `(AP Photo/Nama)` is part of a longer credit.
            if (gazetteer.TryGetAcronymInAnyCase(tokens[k], out var agency) && sentence.At(k) is null or { Length: 1, Entry: null })
            {
                Replace(sentence, new Mention(k, k + 1, EntityType.Organization, agency));
            }
        }
    }

    // Only short words, numbers, hyphens and at least one slash: `AFP/Ant/I-2`, `Ant/Nur/X-3`.
    private static bool IsClosingCredit(SentenceWords tokens, int first, int end)
    {
        var slash = false;
        for (var k = first; k < end; k++)
        {
            var t = tokens[k];
            slash |= t == "/";
            if (t is not ("/" or "-") && !(t.Length <= 6 && char.IsLetterOrDigit(t[0]) && !char.IsLower(t[0])))
            {
                return false;
            }
        }

        return slash;
    }

    /// <summary>
    /// <c>ANTARA FOTO/Nama/abc</c>, <c>(REUTERS/Nama)</c>: an organization at the start of the line or of a parenthesis,
    /// then <c>/</c> and a credit that runs to the end of the line or the parenthesis, is a photo credit.
    /// </summary>
    private void CreditsAfterOutlets(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < sentence.Mentions.Count; i++)
        {
            var m = sentence.Mentions[i];
            if (m.Type != EntityType.Organization || m.End + 1 >= tokens.Count || tokens[m.End] != "/" ||
                !(m.First == 0 || tokens[m.First - 1] == "(") || !IsNameWord(tokens[m.End + 1]) || !IsCreditTail(tokens, m.End) ||
                sentence.At(m.End + 1) is { Expansion: not null }) // `(Gang Suppression Force/GSF)`: a name and its acronym
            {
                continue;
            }

            Credits(sentence, m.End + 1);
            i = sentence.Mentions.IndexOf(m); // the credit replaced the mentions after it
            if (i < 0)
            {
                return;
            }
        }
    }

    /// <summary>
    /// <c>Oleh KURNIA YUNITA RAHAYU dari Sydney</c>, <c>Oleh Nanda Prasetyo Wibowo</c>: a line that opens with <c>Oleh</c>
    /// and holds only names of two words or more (joined by <c>dan</c>), then at most the reporter's town, is the
    /// author line. In running text <c>oleh</c> is a preposition, and its agent is followed by more of the sentence.
    /// </summary>
    private bool IsAuthorLine(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        if (tokens.Count < 3 || tokens[0] != "Oleh" || words.IsTitle(tokens[1]) || (gazetteer.Match(tokens, 1, out var known) > 0 && known.Type != EntityType.Person))
        {
            return false;
        }

        var k = 1;
        while (true)
        {
            var start = k;
            while (k < tokens.Count && IsNameWord(tokens[k]) && char.IsLetter(tokens[k][0]))
            {
                k++;
            }

            if (k - start < 2)
            {
                return false;
            }

            if (k < tokens.Count && tokens[k] is "dan" or "," && k + 1 < tokens.Count && IsNameWord(tokens[k + 1]))
            {
                k++;
                continue;
            }

            return k == tokens.Count || (k == tokens.Count - 1 && tokens[k] == ".") || tokens[k] is "dari" or "di" or "|" or "-" or "/";
        }
    }

    /// <summary>From <paramref name="k"/> to the end of the line or the parenthesis: only slashes, names and initials.</summary>
    private static bool IsCreditTail(SentenceWords tokens, int k)
    {
        for (; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t == ")" || (t == "." && k == tokens.Count - 1))
            {
                return true;
            }

            if (t is not "/" and not "-" && !(char.IsLetter(t[0]) && (char.IsUpper(t[0]) || (t.Length <= 5 && tokens[k - 1] == "/"))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Marks the names separated by <c>/</c>, <c>,</c> or <c>|</c> from <paramref name="start"/>; returns where they end.</summary>
    private int Credits(SentenceMentions sentence, int start)
    {
        var tokens = sentence.Tokens;
        var k = start;
        while (k < tokens.Count)
        {
            if (tokens[k] is "Dok" or "Dok." or "Dokumentasi" or "DOK" && k + 1 < tokens.Count)
            {
                k += tokens[k + 1] == "." ? 2 : 1; // `Foto: Dok. Kementerian Luar Negeri`: the photo is from its files
                continue;
            }

            var end = k;
            while (end < tokens.Count && IsNameWord(tokens[end]) && !(end == k && words.IsTitle(tokens[end])))
            {
                end++;
                if (IsInnerHyphen(sentence, end) && IsNameWord(tokens[end + 1]) && !IsShortCapitals(tokens[end - 1]))
                {
                    end++; // `Kim Kyung-Hoon`: a hyphenated name stays whole (`HO-Kemlu RI` is a handout's source)
                }
                else if (end + 1 < tokens.Count && tokens[end] == "dan" && words.IsOrganizationHead(tokens[k]) && IsNameWord(tokens[end + 1]))
                {
                    end++; // `Kementerian Haji dan Umrah`: an institution's name holds `dan`; two reporters' names do not
                }
            }

            // A known outlet may hold a cue word (`Foto: ANTARA FOTO/Nama`): its whole name is the credit's first part.
            var matched = gazetteer.Match(tokens, k, out var entry);
            if (matched == 0 && gazetteer.TryGetLowerCaseName(tokens[k], out var written))
            {
                (matched, entry) = (1, written); // `…/BELGA/dpa`: an agency written in lower case
            }

            if (matched > end - k && entry.Type == EntityType.Organization)
            {
                end = k + matched;
            }

            if (end == k)
            {
                return k;
            }

            // `Foto: Para pengungsi menunggu …`: a capitalized word that a lower-case word continues opens a caption, no credit.
            if (end < tokens.Count && char.IsLower(tokens[end][0]) && tokens[end] is not ("dan" or "via" or "dari") && matched == 0)
            {
                return k;
            }

            var known = matched == end - k ? entry : null;
            if (known is not null)
            {
                Replace(sentence, new Mention(k, end, known.Type, known));
            }
            else if (IsOrganizationName(tokens, k, end))
            {
                Replace(sentence, new Mention(k, end, EntityType.Organization, null));
            }
            else if (end - k <= 5 && !words.IsNonEntity(sentence, k, end - k))
            {
                Replace(sentence, new Mention(k, end, EntityType.Person, null) { IsCredit = true });
            }

            if (end < tokens.Count && (tokens[end] is "/" or "," or "|" || (tokens[end] is "dan" or "&" && end + 1 < tokens.Count && IsNameWord(tokens[end + 1]))))
            {
                k = end + 1;
                continue;
            }

            return end;
        }

        return k;
    }

    // A capitalized word or an initial (M.), not a byline cue or a handle; a credit opened by a title (Foto: Presiden …)
    // is a caption, not a name.
    private bool IsNameWord(string token) =>
        token.Length > 0 && char.IsUpper(token[0]) && !words.IsBylineCue(token) && token.AsSpan().IndexOfAny('@', ':') < 0;

    // `Foto: Kementerian Luar Negeri`, `Foto: Taiwan Coast Guard Administration via AP`: a credit to an institution, named
    // by an organization's head word, suffix or English head, is no photographer.
    private bool IsOrganizationName(SentenceWords tokens, int first, int end)
    {
        if (end - first < 2)
        {
            return false;
        }

        for (var k = first; k < end; k++)
        {
            if (words.IsOrganizationHead(tokens[k]) || words.IsOrganizationSuffix(tokens[k]) || words.IsEnglishOrganizationHead(tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsShortCapitals(string token) => token.Length <= 3 && !token.AsSpan().ContainsAnyExceptInRange('A', 'Z');

    // A hyphen written between two words with no space around it.
    private static bool IsInnerHyphen(SentenceMentions sentence, int k) =>
        k > 0 && k + 1 < sentence.Count && sentence.Tokens[k] == "-" && sentence.Bounds[k].Start == sentence.Bounds[k - 1].End &&
        sentence.Bounds[k + 1].Start == sentence.Bounds[k].End;

    private static bool IsInitialsLine(SentenceWords tokens)
    {
        if (tokens.Count < 3 || tokens[0] != "(" || tokens[^1] != ")")
        {
            return false;
        }

        for (var k = 1; k < tokens.Count - 1; k++)
        {
            var t = tokens[k];
            if (t != "/" && !(t.Length is >= 2 and <= 5 && t.All(char.IsLetter)))
            {
                return false;
            }
        }

        return true;
    }

    private static void Replace(SentenceMentions sentence, Mention mention)
    {
        sentence.Put(mention);
    }
}
