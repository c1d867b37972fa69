namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Uses the words of the people named in full anywhere in the article (collected after the headline fixes, so a verb
/// run into a headline name is not taken for part of a name): an organization name that ends in such words
/// (<c>Partai Golkar Aburizal Bakrie</c>) is cut before them, and a later lone use of one of them (<c>Lavrov</c> after
/// <c>Sergey Lavrov</c>), which a sentence-level tagger often misses or types as an organization, is a PERSON; a lone word that begins an
/// organization's name and no person's (<c>Grab</c> after <c>Grab Holdings</c>) is that organization.
/// </summary>
internal sealed class PersonNamePartPass : IMentionPass
{
    public void Run(EntityDocument document)
    {
        var parts = document.PersonParts;
        var loneNames = document.LonePersonNames;
        foreach (var sentence in document.Sentences)
        {
            foreach (var d in sentence.Mentions)
            {
                if (d.Type != EntityType.Person)
                {
                    continue;
                }

                if (d.Length < 2)
                {
                    // A one-word name outside a headline (`Erdogan mengatakan …`) is found again where the tagger missed
                    // it (`pernyataan Erdogan itu`), but cuts no organization's name.
                    if (!sentence.TitleCase && NameShape.IsNameWord(sentence.Tokens[d.First]))
                    {
                        loneNames.TryAdd(sentence.Tokens[d.First], sentence.Bounds[d.First].Start);
                    }

                    continue;
                }

                for (var k = d.First; k < d.End; k++)
                {
                    var token = sentence.Tokens[k];
                    // Two letters are a name part only as a capital and a small letter (`Xi` of `Xi Jinping`, `Li`); an
                    // Arabic surname keeps its lower-case article (`al-Sharaa` of `Ahmed al-Sharaa`).
                    if ((token.Length >= 3 && char.IsUpper(token[0])) || (token.Length == 2 && char.IsUpper(token[0]) && char.IsLower(token[1])) ||
                        NameParticlePass.IsArticleName(token))
                    {
                        parts.TryAdd(token, sentence.Bounds[k].Start);
                    }
                }
            }
        }

        var organizationWords = OrganizationFirstWords(document);
        foreach (var word in organizationWords)
        {
            loneNames.Remove(word); // `Grab` of `Grab Holdings` is left to the organization
        }
        foreach (var sentence in document.Sentences)
        {
            SplitOfficeHolders(sentence, parts);
            AddLaterNameParts(sentence, parts);
            if (loneNames.Count > 0)
            {
                AddLaterNameParts(sentence, loneNames);
            }

            if (!document.Caseless)
            {
                RetypeOrganizationWords(sentence, parts, organizationWords); // caseless text has no name parts to check against
            }
        }
    }

    /// <summary>The first words of the article's organization names of two words or more (<c>Grab</c> of <c>Grab Holdings</c>), legal forms left out.</summary>
    private static HashSet<string> OrganizationFirstWords(EntityDocument document)
    {
        var first = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            foreach (var d in sentence.Mentions)
            {
                if (d.Type == EntityType.Organization && d.Length >= 2)
                {
                    var k = d.First + (sentence.Tokens[d.First] is "PT" or "CV" && d.Length >= 3 ? 1 : 0);
                    first.Add(sentence.Tokens[k]);
                }
            }
        }

        return first;
    }

    /// <summary>
    /// A lone word tagged as a person that begins one of the article's organization names and no person's name
    /// (<c>Juru bicara Grab</c> after <c>Grab Holdings</c>) is that organization.
    /// </summary>
    private static void RetypeOrganizationWords(SentenceMentions sentence, Dictionary<string, int> parts, HashSet<string> organizationWords)
    {
        foreach (var d in sentence.Mentions)
        {
            if (d.Type == EntityType.Person && d.Length == 1 && d.Entry is null && !parts.ContainsKey(sentence.Tokens[d.First]) &&
                organizationWords.Contains(sentence.Tokens[d.First]))
            {
                d.Type = EntityType.Organization;
            }
        }
    }

    private static void SplitOfficeHolders(SentenceMentions sentence, Dictionary<string, int> parts)
    {
        var mentions = sentence.Mentions;
        for (var j = 0; j < mentions.Count; j++)
        {
            var d = mentions[j];
            if (d.Type != EntityType.Organization || d.Entry is not null || d.Length < 3 || IsExpanded(mentions, d))
            {
                continue;
            }

            var cut = d.End;
            while (cut > d.First + 2 && parts.ContainsKey(sentence.Tokens[cut - 1]))
            {
                cut--;
            }

            if (cut < d.End)
            {
                var end = d.End;
                d.End = cut;
                sentence.Insert(new Mention(cut, end, EntityType.Person, null));
            }
        }
    }

    private static bool IsExpanded(List<Mention> mentions, Mention d)
    {
        foreach (var x in mentions)
        {
            if (x.Expansion == d)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddLaterNameParts(SentenceMentions sentence, Dictionary<string, int> parts)
    {
        for (var k = 0; k < sentence.Count; k++)
        {
            if (!parts.TryGetValue(sentence.Tokens[k], out var first) || first >= sentence.Bounds[k].Start)
            {
                continue;
            }

            if (sentence.At(k) is not { } at)
            {
                if (sentence.Tokens[k].Length > 2) // a two-letter part retypes a mention but finds none (`Di` opens sentences)
                {
                    sentence.Insert(new Mention(k, k + 1, EntityType.Person, null));
                }
            }
            else if (at.Type == EntityType.Organization && at.Length == 1 && at.Entry is null)
            {
                // `Menurut Mahfud` after `Mahfud Md`: the tagger's guess at a lone word yields to the name the article gave.
                at.Type = EntityType.Person;
            }
        }
    }
}
