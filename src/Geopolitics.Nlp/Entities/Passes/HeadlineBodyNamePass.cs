namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A headline (or a <c>Baca juga:</c> line) is a title-case line too short for the tagger, which misses names the body of
/// the article finds (<c>Persib Tundukkan Persija, Hodak Puji …</c>): a run of capitalized words no mention holds, between
/// the verbs of a title-case line, that the body names exactly as written is that name, with the body's type; so is the
/// first word of an organization's name in the body (<c>Persija</c> of <c>Persija Jakarta</c>) when it is no head word,
/// legal form or known name of its own and stands alone in the headline.
/// </summary>
internal sealed class HeadlineBodyNamePass(Gazetteer gazetteer, EntityLexicon words) : IMentionPass
{
    /// <summary>The longest name looked up, in words.</summary>
    private const int MaxWords = 4;

    public void Run(EntityDocument document)
    {
        if (!document.Sentences.Exists(s => s.TitleCase))
        {
            return;
        }

        var bodyNames = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        var firstWords = new HashSet<string>(StringComparer.Ordinal); // a headline word that begins no body name costs no string
        var beginnings = new HashSet<string>(StringComparer.Ordinal); // first words of body organizations, not names of their own
        foreach (var sentence in document.Sentences)
        {
            if (!sentence.TitleCase)
            {
                foreach (var m in sentence.Mentions)
                {
                    if (m.Length <= MaxWords)
                    {
                        bodyNames.TryAdd(sentence.Words(m), m.Type);
                        firstWords.Add(sentence.Tokens[m.First]);
                    }
                }
            }
        }

        foreach (var sentence in document.Sentences)
        {
            if (!sentence.TitleCase)
            {
                foreach (var m in sentence.Mentions)
                {
                    if (m.Type == EntityType.Organization && m.Length >= 2 && IsOwnBeginning(sentence.Tokens, m.First) &&
                        bodyNames.TryAdd(sentence.Tokens[m.First], EntityType.Organization))
                    {
                        firstWords.Add(sentence.Tokens[m.First]);
                        beginnings.Add(sentence.Tokens[m.First]);
                    }
                }
            }
        }

        foreach (var sentence in document.Sentences)
        {
            if (sentence.TitleCase)
            {
                AddBodyNames(sentence, bodyNames, firstWords, beginnings);
            }
        }
    }

    private void AddBodyNames(SentenceMentions sentence, Dictionary<string, EntityType> bodyNames, HashSet<string> firstWords, HashSet<string> beginnings)
    {
        var tokens = sentence.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!firstWords.Contains(tokens[k]))
            {
                continue;
            }

            var run = k;
            while (run < tokens.Count && run - k < MaxWords && sentence.At(run) is null && IsNameWord(tokens[run]))
            {
                run++;
            }

            // The longest run the body names, from k. An organization's first word stands alone in the headline
            // (`Persib Tundukkan Persija`); before more capitalized words it opens another name (`Penjaga Pantai China`
            // beside the body's `Penjaga Pantai Filipina`).
            for (var end = run; end > k; end--)
            {
                if (end == k + 1 && run > k + 1 && beginnings.Contains(tokens[k]))
                {
                    break;
                }

                var candidate = new Mention(k, end, EntityType.Person, null);
                if (bodyNames.TryGetValue(sentence.Words(candidate), out var type))
                {
                    candidate.Type = type;
                    sentence.Insert(candidate);
                    k = end - 1;
                    break;
                }
            }
        }
    }

    private bool IsOwnBeginning(SentenceWords tokens, int k) =>
        NameShape.IsCapitalized(tokens[k]) && tokens[k].AsSpan(1).ContainsAnyInRange('a', 'z') && !words.IsOrganizationHead(tokens[k]) &&
        !words.IsLegalForm(tokens[k]) && !words.IsEnglishOrganizationHead(tokens[k]) && !words.IsVenueHead(tokens[k]) &&
        gazetteer.Match(tokens, k, out _) == 0;

    private bool IsNameWord(string token) =>
        token.Length >= 2 && char.IsUpper(token[0]) && !words.IsVerb(token) && !words.IsHeadlineBreak(token) && !words.IsTitle(token);
}
