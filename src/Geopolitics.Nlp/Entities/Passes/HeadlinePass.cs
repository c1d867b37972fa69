using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A headline capitalizes its verbs, so a name runs on into them (<c>Dewan Gubernur IAEA Desak Iran Buka Akses</c>,
/// <c>Menlu Sugiono Dorong ASEAN …</c>). In a title-case line a name ends before its first verb (the gazetteer names
/// after the verb are found again), a known place does not run on into the open class of headline verbs, and a
/// measurement names nothing. <see cref="HeadlineBodyTypePass"/>, right after, settles the remaining names by the body.
/// </summary>
internal sealed class HeadlinePass(Gazetteer gazetteer, EntityLexicon words) : IMentionPass
{
    private const int MaxTextLookups = 8;

    public void Run(EntityDocument document)
    {
        var lookups = 0;
        foreach (var sentence in document.Sentences)
        {
            sentence.TitleCase = IsTitleCase(sentence.Tokens);
            if (sentence.TitleCase)
            {
                EndNamesAtVerbs(sentence);
                KeepKnownPlaces(sentence);
                DropCommonNouns(sentence);
                DropCommonWars(document.Text, sentence, ref lookups);
            }
        }
    }

    /// <summary>
    /// A headline capitalizes `perang` the common noun (<c>Latihan Perang Kepung Taiwan</c>, <c>Simulasi Perang Terbesar
    /// Sejak 2018</c>, <c>Perang Terbuka di Timur Tengah</c>): a war or battle is named there only by a place or
    /// organization the gazetteer knows (<c>Perang Korea</c>), <c>Dunia</c> or <c>Dingin</c>, a number (<c>Perang 12
    /// Hari</c>), or a name the body writes again; other such events are dropped.
    /// </summary>
    private void DropCommonWars(string text, SentenceMentions sentence, ref int lookups)
    {
        var tokens = sentence.Tokens;
        var mentions = sentence.Mentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var d = mentions[i];
            if (d.Type != EntityType.Event || d.Entry is not null || tokens[d.First] is not ("Perang" or "Pertempuran"))
            {
                continue;
            }

            var next = d.First + 1;
            var named = d.Length > 1 && (tokens[next] is "Dunia" or "Dingin" || char.IsAsciiDigit(tokens[next][0]) || NamesKnown(tokens, next, d.End));
            var (start, end) = (sentence.Bounds[d.First].Start, sentence.Bounds[d.End - 1].End);
            if (!named && (d.Length == 1 || !WrittenElsewhere(text, start, end, ref lookups)))
            {
                mentions.RemoveAt(i);
            }
        }
    }

    // A place or organization the gazetteer knows inside the name (`Perang Saudara Sudan`, `Perang Rusia-Ukraina`).
    private bool NamesKnown(SentenceWords tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (gazetteer.Match(tokens, k, out _) > 0)
            {
                return true;
            }
        }

        return false;
    }

    // The same words elsewhere in the text, as the body repeats a headline's name. Each look reads the whole text, so a
    // text gets at most MaxTextLookups of them (a headline has one or two such names; a text of many title-case lines of
    // wars would otherwise cost time quadratic in its length).
    private static bool WrittenElsewhere(string text, int start, int end, ref int lookups)
    {
        if (++lookups > MaxTextLookups)
        {
            return false;
        }

        var name = text.AsSpan(start, end - start);
        var first = text.AsSpan().IndexOf(name, StringComparison.Ordinal);
        return first != start || text.AsSpan(end).IndexOf(name, StringComparison.Ordinal) >= 0;
    }

    // Most longer words capitalized and at most one not: a lead full of names (JAKARTA - Presiden … bertemu …) is not,
    // nor is a sentence that ends in a full stop with a word in lower case (Presiden Xi Jinping tiba di Moskow.), which
    // a headline seldom does.
    internal static bool IsTitleCase(SentenceWords tokens)
    {
        var words = 0;
        var capitalized = 0;
        for (var k = LabelEnd(tokens); k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Length > 3)
            {
                words += char.IsLetter(t[0]) ? 1 : 0;
                capitalized += char.IsUpper(t[0]) ? 1 : 0;
            }
        }

        var fullStop = tokens.Count > 0 && tokens[^1] == ".";
        return words >= 3 && capitalized * 10 >= words * 7 && words - capitalized <= (fullStop ? 0 : 1);
    }

    /// <summary>The longest label a line opens with before its colon (<c>Baca juga:</c>, <c>VIDEO:</c>), in words.</summary>
    private const int MaxLabelWords = 2;

    // A label before a colon (`Baca juga: Trump Ancam Maduro soal Venezuela`) is furniture, not the headline it
    // introduces: its lower-case `juga` does not make the title a sentence. The title is read from after the colon.
    private static int LabelEnd(SentenceWords tokens)
    {
        for (var k = 1; k <= MaxLabelWords && k < tokens.Count; k++)
        {
            if (tokens[k] == ":")
            {
                return k + 1;
            }
        }

        return 0;
    }

    private bool EndsName(SentenceWords tokens, int k) =>
        words.IsVerb(tokens[k]) || words.IsHeadlineBreak(tokens[k]) ||
        (tokens[k].Length >= 7 && tokens[k].EndsWith("kan", StringComparison.Ordinal) && gazetteer.Match(tokens, k, out _) == 0);

    // `Zelensky Tantang Putin`, `Biden Telepon Zelensky`, `Kemlu Pastikan 15 WNI`: a headline's verbs are an open class
    // the verb lists cannot hold, but a known name whole before a single unknown word, and after it another known name
    // or a number, is the subject of that word: no name runs over it.
    private bool IsVerbAfterKnownName(SentenceWords tokens, Mention d, int k)
    {
        if (d.Entry is not null || k + 1 >= d.End || !NameShape.IsCapitalized(tokens[k]) || !tokens[k].AsSpan(1).ContainsAnyInRange('a', 'z') ||
            words.IsTitle(tokens[k]) || words.IsLocationTail(tokens[k]) || words.IsEventTail(tokens[k]) || IsCompassWord(tokens[k]) ||
            gazetteer.Match(tokens, k, out _) > 0)
        {
            return false;
        }

        // A number counts what follows it (`15 WNI`); a year closing the name belongs to it (`Indonesia Open 2025`).
        var counted = char.IsAsciiDigit(tokens[k + 1][0]) && k + 2 < d.End;
        return IsKnownName(tokens, d.First, k) &&
            (counted || gazetteer.Match(tokens, k + 1, out _) > 0 || gazetteer.TryGetShortForm(tokens[k + 1], out _));
    }

    // `Netanyahu | Tantang Erdogan`: the tagger opened the second name at the verb; a known name right after one
    // unknown word, itself right after a person, does not begin at that word.
    private bool IsVerbAfterPerson(SentenceMentions sentence, int i, Mention d)
    {
        var tokens = sentence.Tokens;
        return i > 0 && sentence.Mentions[i - 1] is { Type: EntityType.Person } before && before.End == d.First &&
            NameShape.IsCapitalized(tokens[d.First]) && tokens[d.First].AsSpan(1).ContainsAnyInRange('a', 'z') && !words.IsTitle(tokens[d.First]) &&
            gazetteer.Match(tokens, d.First, out _) == 0 && IsKnownName(tokens, d.First + 1, d.End);
    }

    // The words first..end are a name the gazetteer knows, or one word it knows as a person's short form (`Lavrov`).
    private bool IsKnownName(SentenceWords tokens, int first, int end) =>
        gazetteer.Match(tokens, first, out _) == end - first || (end - first == 1 && gazetteer.TryGetShortForm(tokens[first], out _));

    private void EndNamesAtVerbs(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        var mentions = sentence.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var d = mentions[i];
            while (d.Length > 1 && d.Entry is null && (EndsName(tokens, d.First) || IsVerbAfterPerson(sentence, i, d)))
            {
                d.First++; // a verb before the name (Bahas Rohingya, …) is not part of it
            }

            var cut = -1;
            for (var k = d.First + 1; k < d.End && cut < 0; k++)
            {
                if (EndsName(tokens, k) || IsVerbAfterKnownName(tokens, d, k))
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
                else if (length == 0 && char.IsUpper(tokens[k][0]) && gazetteer.TryGetShortForm(tokens[k], out var person) && person.Type == EntityType.Person)
                {
                    // `Lavrov Sindir Blinken`: a surname the gazetteer knows only as a short form after the verb.
                    mentions.Insert(i + 1 + added, new Mention(k, k + 1, EntityType.Person, null));
                    added++;
                    k++;
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
            else if (d.Length == 2 && IsDerivedNoun(tokens[d.First]) && words.PlaceNounType(tokens[d.First]) is null && AreLooseWords(tokens, d.First, d.First + 1) &&
                     WorldCities.Default.Match(tokens, d.First, out _) == 0 && gazetteer.Match(tokens, d.First + 1, out var last) == 1 &&
                     last.Type is EntityType.Gpe or EntityType.Location)
            {
                // `Di Antara Reruntuhan Gaza`: a capitalized noun in -an before a known place is a common noun of the
                // headline (ruins, attack, aid), no part of the place's name.
                (d.First, d.Type, d.Entry) = (d.First + 1, last.Type, last);
            }
        }
    }

    /// <summary>
    /// A headline capitalizes common nouns (<c>Terdampar di Pantai</c>, <c>Gedung 30 Lantai di Bangkok</c>, <c>Rudal ke
    /// Pangkalan AS</c>): a head word of a place, venue or organization alone names nothing, nor does one before a counted
    /// noun (a number then a word), and one before a country in its press form only is that country's facility, the
    /// country alone named (<c>Stadion Emirates</c> borrows a country's other name and stays).
    /// </summary>
    private void DropCommonNouns(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        var mentions = sentence.Mentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var d = mentions[i];
            if (d.Entry is not null || !IsHeadWord(tokens[d.First]))
            {
                continue;
            }

            // One word alone: only a venue's or an organization's head; a region's head word can be its name (`Balkan`).
            var alone = d.Length == 1 && !words.IsLocationHead(tokens[d.First]);
            if (alone || (d.Length == 3 && char.IsAsciiDigit(tokens[d.First + 1][0]) && char.IsLetter(tokens[d.First + 2][0])))
            {
                mentions.RemoveAt(i);
            }
            else if (d.Length >= 2 && d.Type is EntityType.Location or EntityType.Gpe && gazetteer.Match(tokens, d.First + 1, out var country) == d.Length - 1 &&
                     gazetteer.IsCountry(country) && IsPressForm(sentence, d.First + 1, d.End, country))
            {
                (d.First, d.Type, d.Entry) = (d.First + 1, country.Type, country);
            }
        }
    }

    // The country as the press writes it (`Rusia`, `AS`), not a name that only borrows it (`Stadion Emirates`).
    private static bool IsPressForm(SentenceMentions sentence, int first, int end, GazetteerEntry country) =>
        sentence.Words(new Mention(first, end, country.Type, null)) is var written && (written == country.Canonical || written == country.ExactForm);

    private bool IsHeadWord(string token) =>
        words.IsVenueHead(token) || words.IsLocationHead(token) || words.IsOrganizationHead(token) || words.IsOrganizationContext(token);

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

    // A noun derived with -an (`Reruntuhan`, `Serangan`, `Bantuan`), not with ke-/pe-…-an, which also forms states and
    // regions that name places (`Kerajaan Arab Saudi`, `Kesultanan Oman`, `Perbatasan`).
    private static bool IsDerivedNoun(string token) =>
        token.Length >= 7 && token.EndsWith("an", StringComparison.Ordinal) && !token.AsSpan(1).ContainsAnyExceptInRange('a', 'z') &&
        !Nominalization.IsKeOrPeAn(token);

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
}
