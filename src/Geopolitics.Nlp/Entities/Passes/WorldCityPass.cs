namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A city outside Indonesia that the gazetteer does not know (<see cref="WorldCities"/>: Goma, Kharkiv, Rafah) is a GPE
/// where the text says it is a place: right after a locative preposition or place noun (<c>di Goma</c>,
/// <c>ke Kharkiv</c>, <c>kota Mariupol</c>), a verb of war (<c>menyerang Kharkiv</c>, <c>merebut Bakhmut</c>), or a place
/// and <c>dan</c> (<c>Rafah dan Khan Younis</c>), or followed by <c>, its country</c> or <c>di its country</c>
/// (<c>Goma, Kongo</c>, <c>Goma di Republik Demokratik Kongo</c>); a state or province abroad named like a person, word
/// or city (<c>Florida</c>, <c>Sabah</c>, <c>Kano</c>) likewise, and after its head noun (<c>negara bagian Florida</c>,
/// <c>provinsi Kano</c>). The tagger,
/// which never saw most of these names, types them as people. Only then, because many city names are also people's
/// names (<c>Charlotte mengatakan …</c>): the list is a backoff, not a gazetteer. A one-mention PERSON or ORGANIZATION
/// with no gazetteer entry and exactly the city's tokens becomes a GPE (an ORGANIZATION only when the document names
/// it as one nowhere else: a club or company named after its city stays one); a city no mention touches is added; a
/// mention with a gazetteer entry, a longer mention holding the city, and a name that goes on after it
/// (<c>di Charlotte Hornets</c>) are left alone.
/// </summary>
internal sealed class WorldCityPass(WorldCities cities) : IMentionPass
{
    // Where Indonesian news puts a place: at/in, to, from, towards, and the nouns city and area. Lower-case only but for
    // the prepositions, which open a sentence (Di Lagos, …); `Kota` is the name's own head (Kota Mariupol), which
    // PlaceExtentPass joins to it. Left out: `asal` and `sekitar` (asal Goma is mostly a person's origin, di sekitar is
    // caught by di), `pada`/`kepada`, which take people.
    // A state's or province's head nouns cue it too (provinsi Kano, prefektur Fukushima, oblast Kherson; negara bagian
    // Florida in AfterNegaraBagian).
    // Residents (`warga Mandalay`) and a lower-case compass word (`barat laut Mandalay`, `utara Kharkiv`) put a city
    // after them as a place as well.
    private static readonly string[] PlaceCues =
        ["di", "ke", "dari", "menuju", "kota", "Kota", "wilayah", "Di", "Ke", "Dari", "provinsi", "prefektur", "oblast",
         "warga", "Warga", "penduduk", "Penduduk", "utara", "selatan", "barat", "timur", "tenggara", "laut", "daya"];

    /// <summary>
    /// Verbs of war whose object is a place when it is a city's name: to attack, strike, seize, hold, besiege, bomb; of
    /// earthquakes and disasters (to shake, to hit); and the bare roots a headline capitalizes (<c>Gempa Guncang Herat</c>).
    /// </summary>
    internal static readonly string[] AssaultVerbs =
        ["menyerang", "menghantam", "merebut", "menguasai", "mengepung", "membombardir", "menggempur", "mengebom", "memasuki",
         "mengguncang", "melanda", "Hantam", "Gempur", "Guncang", "Rebut", "Kepung", "Landa"];

    public void Run(EntityDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            document.CancellationToken.ThrowIfCancellationRequested();
            if (sentence.HasLetters)
            {
                Run(document, sentence);
            }
        }
    }

    private void Run(EntityDocument document, SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        var names = sentence.NameTokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!char.IsUpper(names[k][0]))
            {
                continue;
            }

            var afterCue = k > 0 && (PlaceCues.Contains(tokens[k - 1]) || AssaultVerbs.Contains(tokens[k - 1]) ||
                                     AfterNegaraBagian(tokens, k) || AfterPlaceAndConjunction(sentence, k));
            if (!afterCue && !CountryMayFollow(tokens, k) && !ConjunctionMayFollow(tokens, k))
            {
                continue;
            }

            var len = cities.Match(names, k, out var countries);
            if (len == 0)
            {
                // `Kadugli adalah ibu kota …`: a town too small for the list, which the tagger read as a person, is a
                // place when the text calls it a capital.
                if (sentence.At(k) is { Type: EntityType.Person, Entry: null } town && town.First == k && town.Length <= 2 &&
                    FollowedByCapitalOf(sentence, town.End))
                {
                    town.Type = EntityType.Gpe;
                }

                continue;
            }

            var end = k + len;
            if ((afterCue || FollowedByItsCountry(tokens, end, countries) || BeforeConjunctionAndPlace(sentence, end) ||
                 FollowedByCapitalOf(sentence, end)) && !NameGoesOn(names, end))
            {
                Type(document, sentence, k, end);
            }

            k = end - 1;
        }
    }

    /// <summary>
    /// <c>Rafah dan Khan Younis</c>: a city joined by <c>dan</c> or <c>serta</c> to a place just named
    /// is a place too; so is one after a comma, a list of places or the larger place a smaller one lies in
    /// (<c>Astoria, Queens</c>).
    /// </summary>
    private static bool AfterPlaceAndConjunction(SentenceMentions sentence, int k)
    {
        if (k < 2 || sentence.Tokens[k - 1] is not ("dan" or "serta" or ",") ||
            (sentence.Tokens[k - 1] == "," && sentence.At(k) is { Type: EntityType.Person } person && person.End < sentence.Count &&
             char.IsLetter(sentence.Tokens[person.End][0])))
        {
            return false; // `Saat berkunjung ke Manila, Austin menegaskan`: a person the tagger read who goes on with a verb stays one
        }

        return sentence.At(k - 2) is { Type: EntityType.Gpe } place && place.End == k - 1;
    }

    /// <summary>
    /// <c>termasuk Mandalay dan Naypyidaw</c>: a city joined by <c>dan</c> or <c>serta</c> to a known place named right
    /// after it is a place too (a tagged one may be a person's name read as a place: <c>Santos dan Jose de la Cruz</c>).
    /// </summary>
    private static bool BeforeConjunctionAndPlace(SentenceMentions sentence, int end) =>
        end + 1 < sentence.Count && sentence.Tokens[end] is "dan" or "serta" &&
        sentence.At(end + 1) is { Type: EntityType.Gpe, Entry: not null } place && place.First == end + 1;

    /// <summary>
    /// <c>Sittwe, ibu kota Negara Bagian Rakhine</c>, <c>Sittwe adalah ibu kota …</c>: the capital of a place just named.
    /// </summary>
    private static bool FollowedByCapitalOf(SentenceMentions sentence, int end)
    {
        var tokens = sentence.Tokens;
        var at = end < tokens.Count && tokens[end] is "," or "adalah" or "merupakan" ? end + 1 : end;
        if (at + 2 >= tokens.Count || !tokens[at].Equals("ibu", StringComparison.OrdinalIgnoreCase) ||
            !tokens[at + 1].Equals("kota", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return sentence.At(at + 2) is { Type: EntityType.Gpe or EntityType.Location } ||
               tokens[at + 2] is "negara" or "Negara" or "provinsi" or "Provinsi" or "wilayah" or "Wilayah";
    }

    /// <summary>Whether <c>dan</c>/<c>serta</c> or <c>ibu kota</c> follows within a city's length and a comma.</summary>
    private static bool ConjunctionMayFollow(SentenceWords tokens, int k)
    {
        for (var j = k + 1; j < tokens.Count && j <= k + WorldCities.MaxTokens + 1; j++)
        {
            if (tokens[j] is "dan" or "serta" or "adalah" or "merupakan" or "ibu")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>negara bagian Florida</c>: a state of a federation (US, Australia, Malaysia, India).</summary>
    private static bool AfterNegaraBagian(SentenceWords tokens, int k) =>
        k > 1 && tokens[k - 1] is "bagian" or "Bagian" && tokens[k - 2] is "negara" or "Negara";

    /// <summary>Whether a comma or <c>di</c> follows within a city's length: only then can a country follow the name.</summary>
    private static bool CountryMayFollow(SentenceWords tokens, int k)
    {
        for (var j = k + 1; j < tokens.Count && j <= k + WorldCities.MaxTokens; j++)
        {
            if (tokens[j] is "," or "di")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>Goma , Kongo</c>, <c>Goma di Republik Demokratik Kongo</c>: a comma or <c>di</c>, then a name of a country that
    /// has a city of this name (the city's own country, so <c>Charlotte, Inggris</c> is no sign).
    /// </summary>
    private bool FollowedByItsCountry(SentenceWords tokens, int end, string countries) =>
        end + 1 < tokens.Count && tokens[end] is "," or "di" && cities.MatchCountry(tokens, end + 1, countries) > 0;

    /// <summary>A capitalized word right after the city makes it part of a longer name the tagger may have missed.</summary>
    private static bool NameGoesOn(SentenceWords names, int end) =>
        end < names.Count && names[end].Length > 0 && char.IsUpper(names[end][0]);

    private static void Type(EntityDocument document, SentenceMentions sentence, int first, int end)
    {
        Mention? same = null;
        var parts = 0;
        foreach (var m in sentence.Mentions)
        {
            if (m.First >= end || m.End <= first)
            {
                continue;
            }

            if (m.First >= first && m.End <= end && m.Length < end - first && m.Entry is null && m.Type != EntityType.Event)
            {
                parts++; // `Rio` | `Janeiro`: the tagger split the city's name at its particle
                continue;
            }

            if (same is not null || m.First != first || m.End != end)
            {
                return; // a longer mention holds the city, or it crosses one: never split a mention
            }

            same = m;
        }

        if (parts > 0)
        {
            sentence.Put(new Mention(first, end, EntityType.Gpe, null));
        }
        else if (same is null)
        {
            sentence.Insert(new Mention(first, end, EntityType.Gpe, null));
        }
        else if (same.Entry is null &&
                 (same.Type is EntityType.Person || (same.Type is EntityType.Organization && !OrganizationElsewhere(document, sentence, same))))
        {
            same.Type = EntityType.Gpe;
        }
    }

    /// <summary>
    /// Whether the document names the same words as an organization elsewhere (<c>ke Leicester, seketika Leicester berubah
    /// pikiran</c>): a club or company named after its city, which the place cue does not make a place.
    /// </summary>
    private static bool OrganizationElsewhere(EntityDocument document, SentenceMentions sentence, Mention city)
    {
        foreach (var other in document.Sentences)
        {
            foreach (var m in other.Mentions)
            {
                if (m != city && m.Type == EntityType.Organization && SameWords(other, m, sentence, city))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool SameWords(SentenceMentions a, Mention x, SentenceMentions b, Mention y)
    {
        if (x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (!a.Tokens[x.First + i].Equals(b.Tokens[y.First + i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
