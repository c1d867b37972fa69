using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A headline capitalizes its verbs, so a name runs on into them (<c>Dewan Gubernur IAEA Desak Iran Buka Akses</c>,
/// <c>Menlu Sugiono Dorong ASEAN …</c>). In a title-case line a name ends before its first verb (the gazetteer names
/// after the verb are found again), and a person's name is cut back to the longest beginning of it that the body of the
/// article names as a person, when the body never names the longer form. A name the body types otherwise takes the
/// body's type; a common noun the body writes in lower case leaves the front of a headline name, and a place the tagger
/// made of such nouns is dropped.
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
                KeepKnownPlaces(sentence);
            }
        }

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

    // Most longer words capitalized and at most one not: a lead full of names (JAKARTA - Presiden … bertemu …) is not,
    // nor is a sentence that ends in a full stop with a word in lower case (Presiden Xi Jinping tiba di Moskow.), which
    // a headline seldom does.
    internal static bool IsTitleCase(SentenceWords tokens)
    {
        var words = 0;
        var capitalized = 0;
        foreach (var t in tokens)
        {
            if (t.Length > 3)
            {
                words += char.IsLetter(t[0]) ? 1 : 0;
                capitalized += char.IsUpper(t[0]) ? 1 : 0;
            }
        }

        var fullStop = tokens.Count > 0 && tokens[^1] == ".";
        return words >= 3 && capitalized * 10 >= words * 7 && words - capitalized <= (fullStop ? 0 : 1);
    }

    private bool EndsName(SentenceWords tokens, int k) =>
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
            if (gazetteer.Match(tokens, d.First, out var known) == d.Length)
            {
                (d.Type, d.Entry) = (known.Type, known); // `Trump Ancam …` read as one organization: what is left is Trump
            }
            else if (d.Length == 1 && gazetteer.TryGetShortForm(tokens[d.First], out _))
            {
                d.Type = EntityType.Person;
            }

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

    /// <summary>
    /// <c>…, Filipina Siaga</c>, <c>Perjanjian Iklim Disahkan, Rusia Absen</c>: a headline's verbs are an open class, and a
    /// capitalized one the verb lists lack runs a place on. A place mention that begins with a known place and, after
    /// it, only words the gazetteer does not know and that end no place's name, is that place alone. A
    /// measurement (<c>Gempa Magnitudo 6,3</c>) names nothing.
    /// </summary>
    private void KeepKnownPlaces(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        var mentions = sentence.Mentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var d = mentions[i];
            if (d.Entry is not null)
            {
                continue;
            }

            if (HasDecimal(tokens, d))
            {
                mentions.RemoveAt(i);
                continue;
            }

            if (d.Length < 2 || d.Type is not (EntityType.Gpe or EntityType.Location))
            {
                continue;
            }

            // Only words after the place: words before one often begin a place's name the gazetteer lacks (Port Sudan).
            var front = gazetteer.Match(tokens, d.First, out var first);
            if (front > 0 && front < d.Length && first.Type is EntityType.Gpe or EntityType.Location && AreLooseWords(tokens, d.First + front, d.End))
            {
                (d.End, d.Type, d.Entry) = (d.First + front, first.Type, first);
            }
        }
    }

    // Capitalized words that are no part of a place's name: no known name starts at them, and none opens or ends a place
    // (Laut, Teluk, Utara, Selatan) or an organization.
    private bool AreLooseWords(SentenceWords tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            var t = tokens[k];
            if (!char.IsUpper(t[0]) || gazetteer.Match(tokens, k, out _) > 0 || words.IsLocationHead(t) || words.IsLocationTail(t) ||
                words.IsVenueHead(t) || words.IsVenueTail(t) || words.IsOrganizationHead(t) || words.IsTitle(t) || IsCompassWord(t))
            {
                return false;
            }
        }

        return true;
    }

    // A compass word or a word of an administrative name (Jakarta Raya, Kota Baru) goes on a place's name.
    private static bool IsCompassWord(string token) =>
        PlaceExtentPass.Compass.Contains(token) || token is "Raya" or "Kota" or "Kabupaten";

    private static readonly System.Buffers.SearchValues<char> DecimalChars = System.Buffers.SearchValues.Create("0123456789,");

    // `Magnitudo 6,3`: a number with a decimal comma inside a name is a measurement.
    private static bool HasDecimal(SentenceWords tokens, Mention d)
    {
        for (var k = d.First; k < d.End; k++)
        {
            var t = tokens[k].AsSpan();
            var comma = t.IndexOf(',');
            if (comma > 0 && comma + 1 < t.Length && !t.ContainsAnyExcept(DecimalChars))
            {
                return true;
            }
        }

        return false;
    }

    private int SegmentEnd(SentenceWords tokens, int start, int end)
    {
        var k = start + 1;
        while (k < end && char.IsUpper(tokens[k][0]) && !EndsName(tokens, k))
        {
            k++;
        }

        return k;
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
