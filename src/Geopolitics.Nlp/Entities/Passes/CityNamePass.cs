namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Cities whose name ends in the English word <c>City</c> (<c>Davao City</c>, <c>Quezon City</c>, <c>Cebu City</c>) are
/// GPEs (ANNOTATION.md: a city). The tagger knows few of them: it reads <c>City</c> and the mayor's name after it as an
/// organization (<c>Banjir melanda Davao | City</c>, <c>Wali Kota Davao | City Sebastian Duterte</c>) or runs the city
/// into the name (<c>Quezon City Joy Belmonte</c>). Where a known city (a world city, or a city or region of the
/// gazetteer) stands right before <c>City</c>, the pair is the city, and a name of two or more capitalized words after it
/// in the same mention is the person. A pair the tagger or the club rules read as one organization (<c>Manchester
/// City</c>, <c>Leicester City</c>, <c>Kansas City Chiefs</c>) stays a club; this pass runs after them.
/// </summary>
internal sealed class CityNamePass(Gazetteer gazetteer, EntityLexicon words, WorldCities cities) : SentencePass
{
    /// <summary>The most words of the city's name before <c>City</c> (<c>San Jose del Monte City</c> is left alone).</summary>
    private const int MaxCityWords = 3;

    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        bool? sport = null;
        for (var c = 1; c < tokens.Count; c++)
        {
            if (tokens[c] != "City" || CityStart(tokens, c) is not (>= 0 and var first) || (sport ??= SportSentences.Is(tokens, words)))
            {
                continue; // `Pemilik Leicester City … menjual klub itu`: in a sentence about sport, a club
            }

            var holder = sentence.At(c);
            if (holder is { Entry: not null } || (holder is { Type: EntityType.Organization } && holder.First <= first) ||
                (holder is null && sentence.At(first) is null) || sentence.At(first) is { } before && (before.First < first || before.Entry is not null && before.End > c))
            {
                continue; // a known name, a club, nothing the tagger saw, or a longer name that holds the city
            }

            var end = holder?.End ?? c + 1;
            if (end > c + 1 && !IsPersonName(tokens, c + 1, end))
            {
                continue; // `Quezon City Hall`: the words after the city are no person's name
            }

            sentence.Put(new Mention(first, c + 1, EntityType.Gpe, null));
            if (end > c + 1)
            {
                sentence.Put(new Mention(c + 1, end, EntityType.Person, null));
            }

            c = end - 1;
        }
    }

    /// <summary>The first token of a known city whose name ends right before <paramref name="city"/> (or runs through it), or -1.</summary>
    private int CityStart(SentenceWords tokens, int city)
    {
        for (var s = Math.Max(0, city - MaxCityWords); s < city; s++)
        {
            if (!NameShape.IsCapitalized(tokens[s]))
            {
                continue;
            }

            var n = cities.Match(tokens, s, out _);
            if (n == city - s || n == city + 1 - s ||
                (gazetteer.Match(tokens, s, out var place) == city - s && place.Type == EntityType.Gpe && !gazetteer.IsCountry(place)))
            {
                return s;
            }
        }

        return -1;
    }

    // `Sebastian Duterte`, `Joy Belmonte`: two or more capitalized words that no list gives another role.
    private bool IsPersonName(SentenceWords tokens, int first, int end)
    {
        if (end - first < 2)
        {
            return false;
        }

        for (var k = first; k < end; k++)
        {
            if (!NameShape.IsCapitalized(tokens[k]) || words.IsVenueTail(tokens[k]) || words.IsOrganizationHead(tokens[k]) ||
                words.IsTitle(tokens[k]) || words.IsVerb(tokens[k]))
            {
                return false;
            }
        }

        return true;
    }
}
