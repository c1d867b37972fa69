namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A headline capitalizes its verbs, so a name runs on into them (<c>Dewan Gubernur IAEA Desak Iran Buka Akses</c>,
/// <c>Menlu Sugiono Dorong ASEAN …</c>). In a title-case line a name ends before its first verb (the gazetteer names
/// after the verb are found again), and a person's name is cut back to the longest beginning of it that the body of the
/// article names as a person, when the body never names the longer form.
/// </summary>
internal sealed class HeadlinePass(Gazetteer gazetteer, EntityLexicon words) : IMentionPass
{
    public void Run(EntityDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            sentence.TitleCase = IsTitleCase(sentence.Tokens);
            if (sentence.TitleCase)
            {
                EndNamesAtVerbs(sentence);
            }
        }

        TrimToBodyNames(document);
    }

    // Most longer words capitalized and at most one not: a lead full of names (JAKARTA - Presiden … bertemu …) is not.
    private static bool IsTitleCase(List<string> tokens)
    {
        var words = tokens.Count(t => t.Length > 3 && char.IsLetter(t[0]));
        var capitalized = tokens.Count(t => t.Length > 3 && char.IsUpper(t[0]));
        return words >= 3 && capitalized * 10 >= words * 7 && words - capitalized <= 1;
    }

    private bool EndsName(List<string> tokens, int k) =>
        words.IsVerb(tokens[k]) || words.IsHeadlineBreak(tokens[k]) ||
        (tokens[k].Length >= 7 && tokens[k].EndsWith("kan", StringComparison.Ordinal) && gazetteer.Match(tokens, k, out _) == 0);

    private void EndNamesAtVerbs(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        var mentions = sentence.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var d = mentions[i];
            while (d.Length > 1 && d.Entry is null && EndsName(tokens, d.First))
            {
                d.First++; // a verb before the name (Bahas Rohingya, …) is not part of it
            }

            var cut = -1;
            for (var k = d.First + 1; k < d.End && cut < 0; k++)
            {
                if (EndsName(tokens, k))
                {
                    cut = k;
                }
            }

            if (cut < 0)
            {
                continue;
            }

            var end = d.End;
            d.End = cut;
            d.Entry = null;
            var added = 0;
            for (var k = cut + 1; k < end;)
            {
                GazetteerEntry entry = null!;
                var length = char.IsUpper(tokens[k][0]) ? gazetteer.Match(tokens, k, out entry) : 0;
                var organization = length == 0 && words.IsOrganizationHead(tokens[k]) ? SegmentEnd(tokens, k, end) - k : 0;
                if (length > 0 && k + length <= end)
                {
                    mentions.Insert(i + 1 + added, new Mention(k, k + length, entry.Type, entry));
                    added++;
                    k += length;
                }
                else if (organization >= 2 && gazetteer.Match(tokens, k + organization - 1, out var place) == 1 && place.Type == EntityType.Gpe)
                {
                    // "… Tegaskan Kedubes Jepang Tak Pernah …": an office of a country between two verbs.
                    mentions.Insert(i + 1 + added, new Mention(k, k + organization, EntityType.Organization, null));
                    added++;
                    k += organization;
                }
                else
                {
                    k++;
                }
            }

            i += added;
        }
    }

    private int SegmentEnd(List<string> tokens, int start, int end)
    {
        var k = start + 1;
        while (k < end && char.IsUpper(tokens[k][0]) && !EndsName(tokens, k))
        {
            k++;
        }

        return k;
    }

    private static void TrimToBodyNames(EntityDocument document)
    {
        var bodyNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            if (sentence.TitleCase)
            {
                continue;
            }

            foreach (var d in sentence.Mentions)
            {
                if (d.Type == EntityType.Person)
                {
                    bodyNames.Add(sentence.Words(d));
                }
            }
        }

        foreach (var sentence in document.Sentences)
        {
            if (!sentence.TitleCase)
            {
                continue;
            }

            foreach (var d in sentence.Mentions)
            {
                if (d.Type != EntityType.Person || d.Length < 2 || bodyNames.Contains(sentence.Words(d)))
                {
                    continue;
                }

                for (var k = d.Length - 1; k >= 1; k--)
                {
                    if (bodyNames.Contains(sentence.Words(d, k)))
                    {
                        d.End = d.First + k;
                        break;
                    }
                }
            }
        }
    }
}
