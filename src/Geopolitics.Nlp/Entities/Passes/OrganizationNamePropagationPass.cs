namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A name that context showed to be an organization once in the article (<c>klub Osasuna</c>, <c>PT Sorabel</c>) is one
/// wherever else it appears (<c>Osasuna membayar …</c>): a sentence-level tagger reads each sentence alone and often
/// calls the bare name a person, or misses it. A role before a use does not make it a person: <c>pelatih Osasuna</c>, <c>striker Persib</c> name the club.
/// </summary>
internal sealed class OrganizationNamePropagationPass : IMentionPass
{
    public void Run(EntityDocument document)
    {
        var names = document.OrganizationNames;
        if (names.Count == 0)
        {
            return;
        }

        // Longest first, so that "Persib Bandung" is matched before "Persib".
        var byFirstWord = names.Where(n => n.Length >= 3)
            .Select(n => n.Split(' '))
            .GroupBy(parts => parts[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToList(), StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            document.CancellationToken.ThrowIfCancellationRequested();
            var tokens = sentence.Tokens;
            for (var k = 0; k < tokens.Count; k++)
            {
                if (!byFirstWord.TryGetValue(tokens[k], out var candidates))
                {
                    continue;
                }

                var name = candidates.FirstOrDefault(parts => Matches(tokens, k, parts));
                if (name is not null)
                {
                    k = Retype(sentence, k, k + name.Length) - 1;
                }
            }
        }
    }

    /// <summary>Makes tokens <paramref name="first"/>..<paramref name="end"/> an organization; returns where to go on.</summary>
    private static int Retype(SentenceMentions sentence, int first, int end)
    {
        var mention = sentence.At(first);
        if (mention is null)
        {
            if (Enumerable.Range(first, end - first).Any(k => sentence.At(k) is not null) || !char.IsUpper(sentence.NameTokens[first][0]))
            {
                return end;
            }

            sentence.Insert(new Mention(first, end, EntityType.Organization, null));
            return end;
        }

        if (mention.First == first && mention.End == end && mention.Entry is null && mention.Type is EntityType.Person)
        {
            mention.Type = EntityType.Organization;
        }

        return Math.Max(end, mention.End);
    }

    private static bool Matches(SentenceWords tokens, int k, string[] parts)
    {
        if (k + parts.Length > tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            if (!string.Equals(tokens[k + i], parts[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
