using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A headline is too short to type its own names, and the body of the article names them again. In a title-case line
/// (see <see cref="HeadlinePass"/>) a person's name is cut back to the longest beginning of it that the body names as a
/// person, when the body never names the longer form; a name the body types otherwise takes the body's type; a common
/// noun the body writes in lower case leaves the front of a headline name, and a place the tagger made of such nouns is
/// dropped.
/// </summary>
internal sealed class HeadlineBodyTypePass(EntityLexicon words) : IMentionPass
{
    public void Run(EntityDocument document)
    {
        var scratch = ThreadScratch<HeadlineScratch>.Rent(static () => new());
        try
        {
            TrimToBodyNames(document, scratch.BodyNames);
            TypeFromBody(document, scratch);
        }
        finally
        {
            ThreadScratch<HeadlineScratch>.Return(scratch);
        }
    }

    /// <summary>
    /// A headline is too short for the tagger to type an unknown name (<c>Shopee dan Lazada Bersaing …</c> reads
    /// <c>Shopee</c> as a person): a name the body types otherwise takes the body's type, and a name that begins an
    /// organization's name in the body (<c>Shopee</c> of <c>Shopee Indonesia</c>, <c>Sinar Lautan</c> of
    /// <c>PT Sinar Lautan Tbk</c>) is that organization.
    /// </summary>
    private void TypeFromBody(EntityDocument document, HeadlineScratch scratch)
    {
        if (!HasTitleCase(document))
        {
            return;
        }

        // Only body names that start with a word of a headline name can matter: the others cost no string.
        var headlineWords = scratch.HeadlineWords;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.TitleCase)
            {
                foreach (var d in sentence.Mentions)
                {
                    for (var k = d.First; k < d.End; k++)
                    {
                        headlineWords.Add(sentence.Tokens[k]);
                    }
                }
            }
        }

        var bodyTypes = scratch.BodyTypes;
        var organizationBeginnings = scratch.OrganizationBeginnings; // Sinar Lautan of (PT) Sinar Lautan Tbk
        foreach (var sentence in document.Sentences)
        {
            if (sentence.TitleCase)
            {
                continue;
            }

            foreach (var d in sentence.Mentions)
            {
                if (headlineWords.Contains(sentence.Tokens[d.First]))
                {
                    bodyTypes.TryAdd(sentence.Words(d), d.Type);
                }

                var legal = d.Length >= 3 && words.IsLegalForm(sentence.Tokens[d.First]) ? 1 : 0;
                if (d.Type == EntityType.Organization && d.Length >= 2 && headlineWords.Contains(sentence.Tokens[d.First + legal]))
                {
                    for (var end = d.First + legal + 1; end < d.End; end++)
                    {
                        organizationBeginnings.Add(sentence.Words(new Mention(d.First + legal, end, d.Type, null)));
                    }
                }
            }
        }

        foreach (var sentence in document.Sentences)
        {
            if (!sentence.TitleCase)
            {
                continue;
            }

            for (var i = sentence.Mentions.Count - 1; i >= 0; i--)
            {
                var d = sentence.Mentions[i];
                if (d.Entry is not null || d.Type == EntityType.Event)
                {
                    continue;
                }

                while (d.Length >= 2 && !bodyTypes.ContainsKey(sentence.Words(d)) && !OpensNames(sentence.Tokens[d.First]) &&
                       document.LowerCaseWords().Contains(sentence.Tokens[d.First].ToLowerInvariant()))
                {
                    d.First++; // Laba Bank Mandiri Naik …: the body writes "laba" in lower case
                }

                var name = sentence.Words(d);
                if (!bodyTypes.ContainsKey(name) && d.Type == EntityType.Person && AllBodyWords(sentence, d, document.LowerCaseWords()))
                {
                    sentence.Mentions.RemoveAt(i); // `Teken Deklarasi Damai`: words the body writes in lower case, no person
                    continue;
                }

                if (!bodyTypes.ContainsKey(name) && d.Type is EntityType.Gpe or EntityType.Location &&
                    (d.Length >= 2 ? HasBodyWord(sentence, d, document.LowerCaseWords()) : !OpensNames(sentence.Tokens[d.First])))
                {
                    // A one-word place the gazetteer does not know and the body never names is a capitalized common noun
                    // (`Pasar Sambut …`, `Gempa Bumi Guncang …`), unless it begins a name the body gives (`Moon` of the
                    // person `Moon Jae-in`, `Scarborough` of `Scarborough Shoal`), whose person type it takes.
                    if (d.Length == 1 && BeginsBodyName(name, bodyTypes) is { } bodyType)
                    {
                        d.Type = bodyType is EntityType.Person ? bodyType : d.Type;
                        continue;
                    }

                    if (d.Length == 1 && d.First > 0 && PlaceCues.Contains(sentence.Tokens[d.First - 1]))
                    {
                        continue; // `… di Scarborough`, `Serang Kota Mirebalais`: where the headline says it is a place
                    }

                    sentence.Mentions.RemoveAt(i); // Berebut Pasar Mobil Listrik: the body writes "mobil listrik"
                    continue;
                }

                if (bodyTypes.TryGetValue(name, out var type))
                {
                    d.Type = type;
                }
                else if (d.Type != EntityType.Organization && organizationBeginnings.Contains(name))
                {
                    d.Type = EntityType.Organization;
                }
            }
        }
    }

    // Prepositions and place nouns after which a headline's word is a place.
    private static readonly string[] PlaceCues = ["di", "ke", "dari", "Di", "Ke", "Dari", "kota", "Kota", "Provinsi", "Negara"];

    // The type of a name in the body that begins with `word` and goes on (`Moon Jae-in` for `Moon`), or null.
    private static EntityType? BeginsBodyName(string word, Dictionary<string, EntityType> bodyTypes)
    {
        foreach (var (name, type) in bodyTypes)
        {
            if (name.Length > word.Length + 1 && name.StartsWith(word, StringComparison.Ordinal) && name[word.Length] == ' ')
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>A word that opens names of its own (<c>Kedubes</c>, <c>Laut</c>, <c>Stadion</c>, <c>Menteri</c>), even where the body writes it in lower case.</summary>
    private bool OpensNames(string token) =>
        words.IsOrganizationHead(token) || words.IsLocationHead(token) || words.IsVenueHead(token) || words.IsEventHead(token) ||
        words.IsNamedEventHead(token) || words.IsTitle(token);

    /// <summary>Whether the body writes every word of <paramref name="d"/> in lower case: common words, no person's name.</summary>
    private static bool AllBodyWords(SentenceMentions sentence, Mention d, HashSet<string> bodyWords)
    {
        for (var k = d.First; k < d.End; k++)
        {
            if (sentence.Tokens[k].Length <= 2 || !bodyWords.Contains(sentence.Tokens[k].ToLowerInvariant()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A word after the first of <paramref name="d"/> that the body writes in lower case: a common noun, not a name.</summary>
    private static bool HasBodyWord(SentenceMentions sentence, Mention d, HashSet<string> bodyWords)
    {
        for (var k = d.First + 1; k < d.End; k++)
        {
            if (sentence.Tokens[k].Length > 2 && bodyWords.Contains(sentence.Tokens[k].ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTitleCase(EntityDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            if (sentence.TitleCase)
            {
                return true;
            }
        }

        return false;
    }

    private static void TrimToBodyNames(EntityDocument document, HashSet<string> bodyNames)
    {
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
