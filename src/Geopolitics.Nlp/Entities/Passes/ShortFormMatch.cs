namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// For <see cref="AcronymPass"/>: whether a capitalized word in parentheses that is no acronym (<c>Pemex</c>,
/// <c>Unpar</c>) is the short form of the name just before it, spelled by its words' beginnings or clipped from its
/// syllables.
/// </summary>
internal sealed class ShortFormMatch(Gazetteer gazetteer, EntityLexicon words)
{
    // A short form spelled by word beginnings (`Pemex`) is short; a syllable clip of a long military or government name
    // runs longer (`Kogabwilhan`: Komando Gabungan Wilayah Pertahanan).
    private const int MaxShortFormLength = 8;
    private const int MaxClippedLength = 12;

    // `Petroleos Mexicanos (Pemex)`: a capitalized word in parentheses, not an acronym, abbreviates the name just before
    // it when the name's words spell it by their beginnings. Only a name already found: Indonesian clips categories and
    // meetings alike (`Tindak Pidana Korupsi (Tipikor)`), which are no organizations of their own.
    public bool IsShortForm(SentenceMentions sentence, int i)
    {
        var tokens = sentence.NameTokens;
        var word = tokens[i];
        if (word.Length is < 3 or > MaxClippedLength || !char.IsUpper(word[0]) || !word.All(char.IsLetter) || i < 3)
        {
            return false;
        }

        // A company's name ends in its legal form (`Petroleo Brasileiro SA (Petrobras)`), found or not.
        var before = AcronymPass.EndingAt(sentence.Mentions, i - 1);
        if (before is null && !AcronymPass.IsLegalForm(words, tokens[i - 2]))
        {
            return false;
        }

        // `Universitas Katolik Parahyangan (Unpar)`, `Universitas Pertahanan (Unhan)`: Indonesian clips an institution's
        // name by syllables from anywhere in its words. A known short form (`Kemlu`) keeps the gazetteer's name.
        if (before is { Type: EntityType.Organization } && words.IsOrganizationHead(tokens[before.First]) && !AcronymPass.IsLegalForm(words, word) &&
            !gazetteer.TryGet(word, out _) && IsClipped(word, tokens, before.First, before.End))
        {
            return true;
        }

        if (word.Length > MaxShortFormLength)
        {
            return false;
        }

        for (var first = Math.Max(0, i - 8); first < i - 2; first++)
        {
            if (NameShape.IsCapitalized(tokens[first]) && AbbreviationMatch.InOrder(word, tokens, first, i - 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="word"/> clips the words [<paramref name="first"/>, <paramref name="end"/>): it begins
    /// with the first word's first two letters, and its other letters follow in order in the letters after them, the
    /// last of them in a later word (<c>Unpar</c>: <c>Un</c>iversitas Katolik <c>Par</c>ahyangan).
    /// </summary>
    private static bool IsClipped(string word, SentenceWords tokens, int first, int end)
    {
        var head = tokens[first];
        if (end - first < 2 || head.Length < 3 || char.ToLowerInvariant(word[0]) != char.ToLowerInvariant(head[0]) ||
            char.ToLowerInvariant(word[1]) != char.ToLowerInvariant(head[1]))
        {
            return false;
        }

        var (k, at, matched) = (first, 2, 2);
        var lastWord = first;
        while (matched < word.Length && k < end)
        {
            if (at >= tokens[k].Length)
            {
                (k, at) = (k + 1, 0);
                continue;
            }

            if (char.ToLowerInvariant(tokens[k][at]) == char.ToLowerInvariant(word[matched]))
            {
                (matched, lastWord) = (matched + 1, k);
            }

            at++;
        }

        return matched == word.Length && lastWord > first;
    }
}
