namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// An organization's English name in brackets right after its Indonesian one (<c>Dewan Perdamaian (Board of
/// Peace)</c>, <c>Kementerian Luar Negeri (Foreign Ministry)</c>) names the same organization: a mention of its own,
/// as an acronym in brackets is (ANNOTATION.md: acronym and expansion are two mentions). The bracket must hold an
/// English name: capitalized words with an English function word (<c>of</c>, <c>for</c>) or an English head
/// (organization-heads-en.txt) among them, and no place, person or event already found inside.
/// </summary>
internal sealed class BracketedEnglishNamePass(EntityLexicon words) : SentencePass
{
    // The longest English name read between the brackets; a longer bracket is a remark, not a name.
    private const int MaxNameWords = 8;

    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < sentence.Mentions.Count; i++)
        {
            var m = sentence.Mentions[i];
            var open = m.End;
            if (m.Type != EntityType.Organization || open + 3 >= tokens.Count || tokens[open] != "(")
            {
                continue;
            }

            var close = NameEnd(tokens, open + 1);
            if (close < 0 || close - open - 1 < 2 || !HoldsOnlyOrganizations(sentence, open + 1, close))
            {
                continue;
            }

            if (sentence.Exactly(open + 1, close) is null)
            {
                sentence.Merge(new Mention(open + 1, close, EntityType.Organization, null), authoritative: true);
                sentence.SortByStart();
            }
        }
    }

    /// <summary>
    /// The index of the closing bracket when the words from <paramref name="k"/> to it are an English name (capitalized
    /// words, function words between them, and at least one function word or English head), else -1.
    /// </summary>
    private int NameEnd(SentenceWords tokens, int k)
    {
        var english = false;
        for (var j = k; j < tokens.Count && j - k <= MaxNameWords; j++)
        {
            var t = tokens[j];
            if (t == ")")
            {
                return english && j > k && char.IsUpper(tokens[j - 1][0]) ? j : -1;
            }

            if (t is "of" or "for" or "on" or "and" or "the" or "in")
            {
                english |= j > k;
            }
            else if (char.IsUpper(t[0]) && t.AsSpan(1).ContainsAnyInRange('a', 'z'))
            {
                english |= words.IsEnglishOrganizationHead(t);
            }
            else
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool HoldsOnlyOrganizations(SentenceMentions sentence, int first, int end)
    {
        foreach (var m in sentence.Mentions)
        {
            if (m.First < end && m.End > first && (m.Type != EntityType.Organization || m.First < first || m.End > end))
            {
                return false;
            }
        }

        return true;
    }
}
