namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Drops mentions that are categories, not entities (ANNOTATION.md): <c>WNI</c>, <c>Zona Ekonomi Eksklusif</c>, ethnic
/// and religious groups (<c>Rohingya</c>), platforms (<c>YouTube</c>), diseases and religious formulas; and a venue's
/// head word left alone (<c>Istana</c> of <c>Istana Perdana Menteri Singapura</c>, an office rather than a building's
/// name), which names no place by itself; any mention inside an account name or a hashtag (<c>@Menlu_RI</c>); and a
/// currency's country prefix (<c>US</c> of <c>US$78</c>, <c>S</c> of <c>S$1,2 juta</c>), which names a unit; and a
/// rank's corps in brackets (<c>Mayjen TNI (Mar)</c>); and <c>Lima</c> ("five") inside a capitalized name
/// (<c>Konsensus Lima Poin</c>), where it counts rather than names Peru's capital; and ships (<c>KRI Bung Tomo-357</c>,
/// <c>USS Nimitz</c>) and model designations (<c>Hwasong-20</c>, <c>Su-35</c>), which are vehicles and products; and
/// <c>X</c> the platform; and the capitalized first word of a common compound (<c>Baku tembak</c>, <c>Baku Tembak</c>
/// in a headline: an exchange of fire, not Azerbaijan's capital). A category written before a place (<c>ZEE
/// Indonesia</c>) leaves the place, also where the tagger split the category's words between two mentions (<c>Gen</c> |
/// <c>Z Nepal</c>).
/// </summary>
internal sealed class NonEntityPass(Gazetteer gazetteer, EntityLexicon words) : SentencePass
{
    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly System.Buffers.SearchValues<char> DigitsAndLetters =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Words of a category phrase that <see cref="CutPhrases"/> looks for across mentions, at most.</summary>
    private const int MaxPhrase = 3;

    public override void Run(SentenceMentions sentence)
    {
        CutPhrases(sentence);
        var mentions = sentence.Mentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (words.IsNonEntity(sentence, m.First, m.Length) || InsideHandle(sentence, m.First) || IsCurrencyPrefix(sentence, m.End) ||
                IsRankCorps(sentence, m) || IsCountWord(sentence, m) || IsShip(sentence, m) || IsModelDesignation(sentence, m) ||
                IsPlatformX(sentence, m) || IsSectionNumeral(sentence, m) || IsShipClass(sentence, m) || IsTreatyCity(sentence, m) ||
                IsCompoundWord(sentence, m) || IsTitleCasePreposition(sentence, m) ||
                (m.Length == 1 && m.Type == EntityType.Location && m.Entry is null && words.IsVenueHead(sentence.Tokens[m.First])))
            {
                mentions.RemoveAt(i);
            }
            else if (m.Length > 1 && words.IsNonEntity(sentence, m.First, 1) && gazetteer.Match(sentence.Tokens, m.First + 1, out var place) == m.Length - 1 &&
                     place.Type == EntityType.Gpe)
            {
                // `ZEE Indonesia`, `WNI Indonesia`: the category is no part of the country's name.
                m.First++;
                (m.Type, m.Entry) = (place.Type, place);
            }
        }
    }

    /// <summary>
    /// A category of two or three words (<c>Gen Z</c>, <c>Pembantu Rumah Tangga</c>) that the tagger read as parts of
    /// names (<c>Gen</c> | <c>Z Madagaskar</c>) is cut out of them: a mention inside it goes, one that runs on past it
    /// into a country or city keeps the place; a longer name that opens with it (<c>Rumah Sakit Panti Nirmala</c>,
    /// <c>Konferensi Tingkat Tinggi G20</c>) stays whole.
    /// </summary>
    private void CutPhrases(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (!char.IsUpper(tokens[k][0]) || (sentence.At(k) is null && sentence.At(k + 1) is null))
            {
                continue; // no mention the phrase could be part of (`Gen Z Nepal`: only `Z Nepal` is tagged)
            }

            for (var count = Math.Min(MaxPhrase, tokens.Count - k); count >= 2; count--)
            {
                if (words.IsNonEntity(sentence, k, count))
                {
                    if (sentence.Exactly(k, k + count) is null)
                    {
                        Cut(sentence, k, k + count); // a mention that is just the phrase goes in Run's own loop
                    }

                    k += count - 1;
                    break;
                }
            }
        }
    }

    private void Cut(SentenceMentions sentence, int first, int end)
    {
        var mentions = sentence.Mentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.End <= first || m.First >= end || m.First < first)
            {
                continue; // elsewhere, or a longer name that ends in the phrase (Badan Pelindungan Pekerja Migran Indonesia)
            }

            if (m.End <= end)
            {
                mentions.RemoveAt(i);
            }
            else if (m.First == first && m.Type == EntityType.Location)
            {
                continue; // a facility named after a country (Rumah Sakit Indonesia): the head's place, whole
            }
            else if (gazetteer.Match(sentence.Tokens, end, out var place) == m.End - end && place.Type == EntityType.Gpe)
            {
                m.First = end;
                (m.Type, m.Entry) = (place.Type, place);
            }
        }
    }

    // `KRI Bung Tomo-357`, `kapal KN Tanjung Datu-301`, `USS Nimitz`: a ship's name after its prefix, or with it. A
    // prefix alone is something else (`KMP`, the Koalisi Merah Putih); so is one where an office holder's name begins
    // (`Perdana Menteri Nepal KP Sharma Oli`: the initials of a person).
    private bool IsShip(SentenceMentions sentence, Mention m) =>
        (m.Length > 1 && words.IsShipPrefix(sentence.Tokens[m.First]) &&
         !(m.Type == EntityType.Person && PersonNameFrontPass.IsOfficeHolderPlace(sentence, words, m.First))) ||
        (m.First > 0 && words.IsShipPrefix(sentence.Tokens[m.First - 1]) && !PersonNameFrontPass.IsOfficeHolderPlace(sentence, words, m.First - 1));

    // `Hwasong-20`, `Su-35`, `F-16`: a word, a hyphen and a number is a model of a weapon, aircraft or vehicle, unless
    // the gazetteer knows it (`G-20`).
    private static bool IsModelDesignation(SentenceMentions sentence, Mention m)
    {
        if (m.Length != 1 || m.Entry is not null)
        {
            return false;
        }

        var token = sentence.Tokens[m.First].AsSpan();
        var hyphen = token.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < token.Length && char.IsUpper(token[0]) && !token[..hyphen].ContainsAnyExcept(Letters) &&
               char.IsAsciiDigit(token[hyphen + 1]) && !token[(hyphen + 1)..].ContainsAnyExcept(DigitsAndLetters);
    }

    // `Baku tembak pecah …`, `Baku Tembak di Perbatasan`, `Padang rumput`: a sentence's or headline's capital makes the
    // compound's first word look like the place it also names; the mention holds that word and at most the compound's
    // second word. A longer name stays (`Padang Golf Pondok Indah`).
    private bool IsCompoundWord(SentenceMentions sentence, Mention m) =>
        m.Length <= 2 && m.Type != EntityType.Person && words.IsCommonCompoundStart(sentence.Tokens, m.First);

    // `Pasal XI`, `Bab XX`, `abad XXI`: a Roman numeral numbering an article, chapter or century, not `Xi` Jinping.
    private static bool IsSectionNumeral(SentenceMentions sentence, Mention m) =>
        m.Length == 1 && m.First > 0 && sentence.Tokens[m.First].Length >= 2 && !sentence.Tokens[m.First].AsSpan().ContainsAnyExcept("IVXLC") &&
        sentence.Tokens[m.First - 1].ToLowerInvariant() is "pasal" or "bab" or "abad" or "jilid" or "bagian" or "ayat" or "article" or "chapter";

    // `kapal selam kelas Virginia`, `fregat kelas Hobart`: a class of ships named after a place or person, no entity.
    private static bool IsShipClass(SentenceMentions sentence, Mention m) =>
        m.First > 0 && m.Type != EntityType.Event && sentence.Tokens[m.First - 1] is "kelas" or "class";

    // `Statuta Roma`, `Protokol Kyoto`, `Perjanjian Paris`: a treaty named after the city where it was signed names
    // the document, not the city (a country after the noun, `Perjanjian Indonesia-Australia`, is a party: it stays).
    private bool IsTreatyCity(SentenceMentions sentence, Mention m)
    {
        var first = m.First;
        if (m.Length >= 2 && IsTreatyHead(sentence.Tokens[first]))
        {
            first++;
        }
        else if (first == 0 || !IsTreatyHead(sentence.Tokens[first - 1]))
        {
            return false;
        }

        return m.Type is EntityType.Gpe or EntityType.Location or EntityType.Organization &&
               gazetteer.Match(sentence.Tokens, first, out var city) == m.End - first && city.Type == EntityType.Gpe && !gazetteer.IsCountry(city);
    }

    private static bool IsTreatyHead(string token) =>
        token is "Statuta" or "Protokol" or "Perjanjian" or "Konvensi" or "Traktat" or "Piagam" or "Deklarasi" or "Persetujuan" or "Kesepakatan";

    // `di platform X`, `akun X-nya`, `media sosial X`: the platform, not a name.
    private static bool IsPlatformX(SentenceMentions sentence, Mention m) =>
        m.Length == 1 && sentence.Tokens[m.First] == "X" && m.First > 0 && sentence.Tokens[m.First - 1] is "platform" or "akun" or "sosial" or "aplikasi";

    // `Konsensus Lima Poin`, `Lima Besar`: the numeral between capitalized words, not after a place preposition.
    private static bool IsCountWord(SentenceMentions sentence, Mention m) =>
        m.Length == 1 && sentence.Tokens[m.First] == "Lima" && m.End < sentence.Count && NameShape.IsCapitalized(sentence.Tokens[m.End]) &&
        !(m.First > 0 && sentence.Tokens[m.First - 1] is "di" or "ke" or "dari" or "kota" or "Kota");

    // `Mendayung di Antara Dua Karang`, `Di Antara Reruntuhan Gaza`: `antara` ("among") after `di` and before a
    // capitalized word is the preposition of a title in title case, not the news agency Antara (`kepada Antara`,
    // `bekerja di Antara sejak 2010`).
    private static bool IsTitleCasePreposition(SentenceMentions sentence, Mention m) =>
        m.Length == 1 && sentence.Tokens[m.First] == "Antara" && m.First > 0 && sentence.Tokens[m.First - 1] is "di" or "Di" &&
        m.End < sentence.Count && NameShape.IsCapitalized(sentence.Tokens[m.End]);

    // `Mayjen TNI (Mar)`, `Kolonel (Purn)`: a corps or status in brackets after a rank is part of the rank.
    private bool IsRankCorps(SentenceMentions sentence, Mention m) =>
        m.Length == 1 && m.First >= 2 && m.End < sentence.Count && sentence.Tokens[m.First - 1] == "(" && sentence.Tokens[m.End] == ")" &&
        (words.IsRank(sentence.Tokens[m.First - 2]) || words.IsRankModifier(sentence.Tokens[m.First - 2]));

    // `US$78`: a mention written against a dollar sign is the prefix of a currency symbol.
    private static bool IsCurrencyPrefix(SentenceMentions sentence, int end) =>
        end < sentence.Count && sentence.Tokens[end] == "$" && sentence.Bounds[end - 1].End == sentence.Bounds[end].Start;

    // `@Menlu_RI`, `#KTTASEAN`: an account name or a hashtag, which the tokenizer splits at `_` and `-`, names no
    // entity of its own (a photo credit's `Twitter/@Menlu_RI` holds no GPE `RI`).
    private static bool InsideHandle(SentenceMentions sentence, int first)
    {
        var tokens = sentence.Tokens;
        for (var k = first; k > 0 && sentence.Bounds[k - 1].End == sentence.Bounds[k].Start; k--)
        {
            var before = tokens[k - 1];
            if (before is "@" or "#")
            {
                return true;
            }

            if (before is not ("_" or "-" or ".") && !char.IsLetterOrDigit(before[0]))
            {
                return false;
            }
        }

        return false;
    }
}
