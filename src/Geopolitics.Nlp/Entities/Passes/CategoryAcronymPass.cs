namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// An acronym the article defines by a category (<c>Pekerja Migran Indonesia (PMI)</c>, <c>Pembantu Rumah Tangga
/// (PRT)</c>) names that category, not an organization, wherever the article writes it: its mentions go, in the
/// headline too. An acronym the article does not define so keeps its usual reading (<c>PMI</c>, Palang Merah Indonesia).
/// </summary>
internal sealed class CategoryAcronymPass(EntityLexicon words) : IMentionPass
{
    /// <summary>Words of a category before the bracketed acronym, at most.</summary>
    private const int MaxPhrase = 4;

    public void Run(EntityDocument document)
    {
        HashSet<string>? acronyms = null;
        foreach (var sentence in document.Sentences)
        {
            document.CancellationToken.ThrowIfCancellationRequested();
            var tokens = sentence.Tokens;
            for (var k = 1; k + 2 < tokens.Count; k++)
            {
                if (tokens[k] == "(" && tokens[k + 2] == ")" && NameShape.IsAcronym(tokens[k + 1]) && DefinedByCategory(sentence, k))
                {
                    (acronyms ??= new(StringComparer.Ordinal)).Add(tokens[k + 1]);
                }
            }
        }

        if (acronyms is null)
        {
            return;
        }

        foreach (var sentence in document.Sentences)
        {
            sentence.Mentions.RemoveAll(m => m.Length == 1 && acronyms.Contains(sentence.Tokens[m.First]));
        }
    }

    /// <summary>
    /// Whether the words right before the bracket at <paramref name="open"/> are a category (<c>ANNOTATION.md</c>: not
    /// entities) and the whole name: a capitalized word before them makes them the end of a longer name (<c>Badan
    /// Pelindungan Pekerja Migran Indonesia (BP2MI)</c>), whose acronym names an organization, unless it is only the
    /// sentence's first word and no organization's head (<c>Jumlah Pekerja Migran Indonesia (PMI)</c>).
    /// </summary>
    private bool DefinedByCategory(SentenceMentions sentence, int open)
    {
        for (var count = Math.Min(MaxPhrase, open); count >= 1; count--)
        {
            var first = open - count;
            if (words.IsNonEntity(sentence, first, count))
            {
                if (first == 0)
                {
                    return true;
                }

                var before = sentence.Tokens[first - 1];
                return !NameShape.IsCapitalized(before) || (first == 1 && !words.IsOrganizationHead(before));
            }
        }

        return false;
    }
}
