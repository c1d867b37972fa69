namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// After its full name, an organization is often named by its first word alone (<c>Persis</c> after <c>Persis Solo</c>,
/// <c>Samsung</c> after <c>Samsung Electronics Co Ltd</c>), which a sentence-level tagger misses: a capitalized word no
/// mention holds, in a sentence after the first full name, that begins one of the article's organization names of two
/// words or more is that organization, unless it is a head word, a legal form or a known name of its own, a word of a
/// person's name in the article, a place the article names by the word alone, or a word the article also writes in lower
/// case (<c>persis</c> "exactly").
/// </summary>
internal sealed class OrganizationBeginningPass(Gazetteer gazetteer, EntityLexicon words) : IMentionPass
{
    public void Run(EntityDocument document)
    {
        // Each beginning with the sentence of its first full name: only later sentences name it by the word alone.
        var beginnings = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            foreach (var m in sentence.Mentions)
            {
                var k = m.First + (m.Length >= 3 && words.IsLegalForm(sentence.Tokens[m.First]) ? 1 : 0);
                if (m.Type == EntityType.Organization && m.End - k >= 2 && IsOwnName(sentence.Tokens, k) &&
                    !document.PersonParts.ContainsKey(sentence.Tokens[k]))
                {
                    beginnings.TryAdd(sentence.Tokens[k], s);
                }
            }
        }

        if (beginnings.Count == 0 || document.Caseless)
        {
            return;
        }

        RemoveLowerCaseWords(document, beginnings);
        RemovePlaces(document, beginnings);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            for (var k = 0; k < sentence.Count; k++)
            {
                if (beginnings.TryGetValue(sentence.Tokens[k], out var first) && first < s && sentence.At(k) is null &&
                    (k + 1 >= sentence.Count || !NameShape.IsCapitalized(sentence.Tokens[k + 1])))
                {
                    sentence.Insert(new Mention(k, k + 1, EntityType.Organization, null));
                }
            }
        }
    }

    private bool IsOwnName(SentenceWords tokens, int k) =>
        NameShape.IsNameWord(tokens[k]) &&
        !words.IsOrganizationHead(tokens[k]) && !words.IsLegalForm(tokens[k]) && !words.IsEnglishOrganizationHead(tokens[k]) &&
        !words.IsVenueHead(tokens[k]) && !words.IsTitle(tokens[k]) && !words.IsClubPrefix(tokens[k]) &&
        gazetteer.Match(tokens, k, out _) == 0;

    /// <summary>
    /// Drops the beginnings that the article names as a place by themselves (<c>Korea</c> of <c>Korea Summit Press
    /// Pool</c>, where <c>di Korea</c> is the GPE).
    /// </summary>
    private static void RemovePlaces(EntityDocument document, Dictionary<string, int> beginnings)
    {
        foreach (var sentence in document.Sentences)
        {
            foreach (var m in sentence.Mentions)
            {
                if (m.Length == 1 && m.Type is EntityType.Gpe or EntityType.Location)
                {
                    beginnings.Remove(sentence.Tokens[m.First]);
                }
            }
        }
    }

    /// <summary>Drops the beginnings that the article also writes in lower case: common words, not names.</summary>
    private static void RemoveLowerCaseWords(EntityDocument document, Dictionary<string, int> beginnings)
    {
        var lowerCase = document.LowerCaseWords();
        foreach (var b in beginnings.Keys)
        {
            if (lowerCase.Contains(b.ToLowerInvariant()))
            {
                beginnings.Remove(b); // removing while enumerating a Dictionary is allowed since .NET Core 3.0
            }
        }
    }
}
