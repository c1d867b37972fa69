using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Resources;

namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>
/// Cities outside Indonesia that the gazetteer lacks (world-cities.tsv) are GPE where the text says they are places:
/// after a locative preposition or place noun, or before <c>, their country</c> / <c>di their country</c>. Elsewhere
/// the tagger's type stands, since many city names are also people's names. Each row is every entity of the text, in
/// order, as "Type start-end text".
/// </summary>
public sealed class WorldCityTests
{
    [Theory]
    [InlineData("Warga mengungsi di Goma.", "Gpe 19-23 Goma")]
    [InlineData("Pasukan Rusia bergerak ke Kharkiv.", "Gpe 8-13 Rusia|Gpe 26-33 Kharkiv")]
    [InlineData("Ia lahir di kota Mariupol.", "Gpe 17-25 Mariupol")]
    [InlineData("Kota Mariupol hancur.", "Gpe 0-13 Kota Mariupol")]
    [InlineData("Warga Goma, Kongo mengungsi.", "Gpe 6-10 Goma")]
    [InlineData("Pemberontak M23 menguasai Goma di Republik Demokratik Kongo.", "Organization 12-15 M23|Gpe 26-30 Goma|Gpe 34-59 Republik Demokratik Kongo")]
    [InlineData("Pengungsi tiba di Khan Younis.", "Gpe 18-29 Khan Younis")]
    [InlineData("Bom meledak di Kandahar.", "Gpe 15-23 Kandahar")]
    [InlineData("Rusia kembali menyerang Kharkiv.", "Gpe 0-5 Rusia|Gpe 24-31 Kharkiv")]
    [InlineData("Warga mengungsi dari Rafah dan Khan Younis.", "Gpe 21-26 Rafah|Gpe 31-42 Khan Younis")]
    [InlineData("Ia terbang ke Osaka dari Johannesburg.", "Gpe 14-19 Osaka|Gpe 25-37 Johannesburg")]
    [InlineData("Pasukan mundur dari Kherson, Ukraina.", "Gpe 20-27 Kherson|Gpe 29-36 Ukraina")]
    public void A_world_city_where_the_text_says_it_is_a_place_is_a_gpe(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    // An unknown name after a lower-case place noun takes the noun's type (a town GPE, a camp or port LOCATION), and so
    // does a name coordinated with it; a city split at its particle is one; a dateline's place before a known outlet
    // in brackets is a GPE.
    [Theory]
    [InlineData("Serangan menghantam kamp Zamzam dan kota Kutum.", "Location 25-31 Zamzam|Gpe 41-46 Kutum")]
    [InlineData("Warga mengungsi dari desa Dobrava ke kota Ribnik.", "Gpe 26-33 Dobrava|Gpe 42-48 Ribnik")]
    [InlineData("Kapal bersandar di pelabuhan Ras Lanuf dan Zueitina.", "Location 29-38 Ras Lanuf|Location 43-51 Zueitina")]
    [InlineData("Presiden tiba di Museum Nasional, Rio de Janeiro, Brasil.", "Location 17-32 Museum Nasional|Gpe 34-48 Rio de Janeiro|Gpe 50-56 Brasil")]
    [InlineData("Sao Paulo (ANTARA) - Bursa saham Brasil menguat.", "Gpe 0-9 Sao Paulo|Organization 11-17 ANTARA|Gpe 33-39 Brasil")]
    public void A_name_after_a_place_noun_is_that_kind_of_place(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    [Theory]
    [InlineData("Charlotte mengatakan ia tidak akan datang.", "Person 0-9 Charlotte")]
    [InlineData("Austin menyatakan dukungan kepada Ukraina.", "Person 0-6 Austin|Gpe 34-41 Ukraina")]
    // Not after a place cue: the tagger's type stands, even where it is wrong.
    [InlineData("Nama Kharkiv kembali disebut pada Selasa.", "Person 5-12 Kharkiv")]
    // A club named after its city stays an organization where the document names it one elsewhere.
    [InlineData("Ranieri mengirim CV ke Leicester, lalu Leicester berubah pikiran.", "Person 0-7 Ranieri|Organization 23-32 Leicester|Organization 39-48 Leicester")]
    // A longer name is never split.
    [InlineData("Ia menonton di Charlotte Hornets Arena.", "Location 15-38 Charlotte Hornets Arena")]
    public void A_world_city_name_without_a_place_cue_keeps_the_taggers_type(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    [Fact]
    public void World_cities_file_parses_and_has_no_duplicate_rows()
    {
        var rows = ResourceText.ReadDataLines("Gazetteer/world-cities.tsv").ToList();
        Assert.InRange(rows.Count, 3000, 6000);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in rows)
        {
            var f = line.Split('\t');
            Assert.True(f.Length == 4, line); // alpha2 name variants population
            Assert.Matches("^[A-Z]{2}$", f[0]);
            Assert.NotEqual("ID", f[0]); // Indonesian places are in indonesia-areas.tsv
            Assert.True(f[1].Count(char.IsLetter) >= 4, line);
            Assert.True(int.TryParse(f[3], out var population) && population >= 100_000, line);
            Assert.True(seen.Add(f[0] + "\t" + f[1]), "duplicate row: " + line);
            Assert.DoesNotContain("||", f[2], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void World_cities_match_their_names_variants_and_countries()
    {
        var cities = WorldCities.Default;
        Assert.Equal(1, cities.Match(["Goma", ","], 0, out var goma));
        Assert.Equal("CD", goma);
        Assert.Equal(1, cities.MatchCountry(["Kongo"], 0, goma)); // Kongo - Kinshasa, bare
        Assert.Equal(0, cities.MatchCountry(["Inggris"], 0, goma));
        Assert.Equal(2, cities.Match(["Khan", "Yunis"], 0, out _)); // Khān Yūnis folded to ASCII
        Assert.Equal(1, cities.Match(["Odesa"], 0, out _));      // curated press spelling
        Assert.Equal(0, cities.Match(["Bukan"], 0, out _));      // Indonesian word, left out
        Assert.Equal(0, cities.Match(["Jakarta"], 0, out _));    // already in the gazetteer
    }
}
