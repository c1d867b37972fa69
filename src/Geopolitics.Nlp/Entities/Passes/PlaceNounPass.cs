namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// An unknown name after a lower-case place noun is that kind of place (<c>Resources/Entities/place-nouns.tsv</c>):
/// <c>kota Kraljevo</c>, <c>desa Banjska</c>, <c>kota Novi Pazar</c> are GPEs, <c>kamp Tawila</c> and
/// <c>pelabuhan Ras Isa</c> LOCATIONs, and a name coordinated with it by <c>dan</c>, <c>serta</c> or <c>atau</c>
/// (<c>pelabuhan Ras Isa dan Salif</c>) is the same kind of place. The tagger never saw most such towns and reads
/// them as people or nothing. A name the gazetteer knows, a world city after a noun of a place without a government
/// (<c>pelabuhan Hodeidah</c>: the city), an acronym, and a mention that runs on before or after the name are left alone.
/// </summary>
internal sealed class PlaceNounPass(Gazetteer gazetteer, EntityLexicon words, WorldCities cities) : SentencePass
{
    /// <summary>The most words a place's name may have (<c>San Nicolás de los Arroyos</c> is left to the gazetteer).</summary>
    private const int MaxNameWords = 3;

    public override void Run(SentenceMentions sentence) => Run(sentence, caseless: false);

    public override void Run(SentenceMentions sentence, bool caseless)
    {
        if (caseless)
        {
            return; // without capitals nothing marks where the name begins and ends
        }

        var tokens = sentence.Tokens;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (NounType(tokens, k) is not { } type)
            {
                continue;
            }

            var end = Place(sentence, k, type);
            if (end == k)
            {
                end = KnownPlaceEnd(tokens, k); // `kamp pengungsi Khan Younis dan Deir el-Balah`: a known first place is coordinated too
            }

            if (end > k && end + 1 < tokens.Count && tokens[end] is "dan" or "serta" or "atau")
            {
                end = Math.Max(end, Place(sentence, end + 1, type));
            }

            k = Math.Max(k, end - 1);
        }
    }

    /// <summary>The type of place that the noun right before <paramref name="k"/> names (one or two words), or null.</summary>
    private EntityType? NounType(SentenceWords tokens, int k)
    {
        if (k < 1 || !char.IsUpper(tokens[k][0]))
        {
            return null;
        }

        var noun = tokens[k - 1];
        // A sentence's first word is capitalized whatever it is (`Perlintasan Jarinje dan Brnjak`); elsewhere a
        // capitalized noun is the name's own head (`Kota Meksiko`, `Pulau Thitu`).
        if (char.IsUpper(noun[0]) && k - 1 > 0)
        {
            return null;
        }

        if (words.PlaceNounType(noun) is { } type)
        {
            return type;
        }

        if (noun is "bernama" or "dinamai" or "dinamakan")
        {
            return NamedPlaceType(tokens, k - 1);
        }

        // `kamp pengungsi Jabalia`: a two-word noun opens with a place noun of its own, so only then is the pair looked up.
        return k >= 2 && char.IsLower(tokens[k - 2][0]) && words.PlaceNounType(tokens[k - 2]) is not null &&
               words.PlaceNounType($"{tokens[k - 2]} {noun}") is { } two ? two : null;
    }

    /// <summary>
    /// <c>kota yang dahulu bernama Hippo</c>, <c>desa yang bernama X</c>: the type of the place noun before a relative
    /// clause of a few lower-case words that ends in the naming verb at <paramref name="verb"/>, or null.
    /// </summary>
    private EntityType? NamedPlaceType(SentenceWords tokens, int verb)
    {
        for (var j = verb - 1; j >= 1 && j >= verb - 4; j--)
        {
            if (tokens[j] == "yang")
            {
                return char.IsLower(tokens[j - 1][0]) ? words.PlaceNounType(tokens[j - 1]) : null;
            }

            if (!char.IsLower(tokens[j][0]))
            {
                return null;
            }
        }

        return null;
    }

    // One past a place the gazetteer or the world cities know at k, or k.
    private int KnownPlaceEnd(SentenceWords tokens, int k)
    {
        if (gazetteer.Match(tokens, k, out var known) is var n && n > 0)
        {
            return known.Type is EntityType.Gpe or EntityType.Location ? k + n : k;
        }

        return cities.Match(tokens, k, out _) is var c && c > 0 ? k + c : k;
    }

    /// <summary>Types the name at <paramref name="k"/> as a place of <paramref name="type"/>; one past it, or <paramref name="k"/>.</summary>
    private int Place(SentenceMentions sentence, int k, EntityType type)
    {
        var tokens = sentence.Tokens;
        var end = NameEnd(sentence, k, type);
        if (end == k || sentence.RunsInto(k) || gazetteer.Match(tokens, k, out _) > 0 ||
            (type == EntityType.Location && cities.Match(tokens, k, out _) > 0))
        {
            return k;
        }

        var tagged = sentence.At(k);
        if (tagged is not null)
        {
            if (tagged.Entry is not null || tagged.Type == EntityType.Event || tagged.End > end)
            {
                return k;
            }

            // The tagger's end, unless the name's next words are a split-off mention of their own (`Wang Fuk | Court`).
            if (!(type == EntityType.Location && tagged.End < end && sentence.At(tagged.End) is { Entry: null } rest && rest.First == tagged.End && rest.End <= end))
            {
                end = tagged.End;
            }
        }

        sentence.Put(new Mention(k, end, type, null));
        return end;
    }

    // `el-Balah`, `al-Bayda`: an Arabic article joined to a capitalized word by a hyphen, inside a place's name.
    private static bool IsArticleJoined(string token)
    {
        var hyphen = token.IndexOf('-', StringComparison.Ordinal);
        return hyphen is 2 or 3 && hyphen + 1 < token.Length && char.IsUpper(token[hyphen + 1]) && token.AsSpan(0, hyphen).IndexOfAnyExceptInRange('a', 'z') < 0;
    }

    // One past the capitalized words of a name at k, up to three, that no list gives another role and no other mention
    // holds (`kecamatan Lasem | Kabupaten Rembang`). After a noun of a place without a government, a name the tagger
    // split (`kompleks apartemen Wang Fuk | Court`: an organization and a person) is one place; after a GPE noun a
    // second name is someone else's (`kepala desa Sukamaju | Budi`), so it stays apart.
    private int NameEnd(SentenceMentions sentence, int k, EntityType type)
    {
        var tokens = sentence.Tokens;
        var end = k;
        while (end < tokens.Count && end - k < MaxNameWords && (char.IsUpper(tokens[end][0]) || (end > k && IsArticleJoined(tokens[end]))) &&
               !NameShape.IsAcronym(tokens[end]) &&
               (end == k || sentence.At(end) is not { } other || other.First <= k || (type == EntityType.Location && other.Entry is null && other.Type != EntityType.Event)) &&
               words.PlaceNounType(tokens[end]) is null &&
               !words.IsTitle(tokens[end]) && !words.IsPersonCue(tokens[end]) && !words.IsVerb(tokens[end]) &&
               !words.IsHeadlineBreak(tokens[end]) && !words.IsOrganizationHead(tokens[end]) && !words.IsVenueHead(tokens[end]))
        {
            end++;
        }

        return end;
    }
}
