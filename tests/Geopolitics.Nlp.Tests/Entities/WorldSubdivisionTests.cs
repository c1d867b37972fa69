using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Resources;

namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>
/// States and provinces outside Indonesia (world-subdivisions.tsv) are GPE: an unambiguous name (Sarawak, Queensland,
/// Xinjiang) everywhere, as a gazetteer entry; one that is also a person's name, a word or a city (Florida, Sabah, Kano)
/// only where the text says it is a place, like a world city. Each row is every entity of the text, in order, as
/// "Type start-end text".
/// </summary>
public sealed class WorldSubdivisionTests
{
    [Theory]
    [InlineData("Ia juga menyinggung nasib pekerja migran Indonesia di Sabah dan Sarawak.", "Gpe 41-50 Indonesia|Gpe 54-59 Sabah|Gpe 64-71 Sarawak")]
    [InlineData("Banjir melanda Provinsi Heilongjiang pekan lalu.", "Gpe 15-36 Provinsi Heilongjiang")]
    [InlineData("Gubernur negara bagian Texas menolak kebijakan itu.", "Gpe 23-28 Texas")]
    [InlineData("Kebakaran hutan di Kalifornia meluas.", "Gpe 19-29 Kalifornia")]
    [InlineData("Polisi menangkap tersangka di Queensland.", "Gpe 30-40 Queensland")]
    [InlineData("Warga Johor antre di perbatasan.", "Gpe 6-11 Johor")]
    [InlineData("Ledakan terjadi di Xinjiang dan Tibet.", "Gpe 19-27 Xinjiang|Gpe 32-37 Tibet")]
    [InlineData("Pemerintah Catalonia menggelar referendum.", "Gpe 11-20 Catalonia")]
    [InlineData("Warga Carolina Utara memilih.", "Gpe 6-20 Carolina Utara")]
    [InlineData("Pemilu di Punjab berlangsung damai.", "Gpe 10-16 Punjab")]
    public void A_state_or_province_abroad_is_a_gpe(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    [Theory]
    [InlineData("Badai melanda negara bagian Florida.", "Gpe 28-35 Florida")]
    [InlineData("Serangan terjadi di provinsi Kano.", "Gpe 29-33 Kano")]
    [InlineData("Pasukan Rusia menyerang Zaporizhzhia dan Kherson.", "Gpe 8-13 Rusia|Gpe 24-36 Zaporizhzhia|Gpe 41-48 Kherson")]
    public void A_subdivision_named_like_a_person_or_city_is_a_gpe_after_a_place_cue(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    [Theory]
    // Named like a person, with no place cue: the tagger's type stands.
    [InlineData("Florida mengatakan ia akan datang.", "Person 0-7 Florida")]
    // Kagawa and Ishikawa are prefectures and Japanese surnames: a person keeps the whole name.
    [InlineData("Shinji Kagawa mencetak gol.", "Person 0-13 Shinji Kagawa")]
    public void A_person_named_like_a_subdivision_stays_a_person(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    [Fact]
    public void World_subdivisions_file_parses_and_has_no_duplicate_rows()
    {
        var rows = ResourceText.ReadDataLines("Gazetteer/world-subdivisions.tsv").ToList();
        Assert.InRange(rows.Count, 1500, 3000);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in rows)
        {
            var f = line.Split('\t');
            Assert.True(f.Length == 5, line); // code name variants kind scope
            Assert.Matches("^[A-Z]{2}-[A-Z0-9]{1,3}$", f[0]);
            Assert.False(f[0].StartsWith("ID-", StringComparison.Ordinal), line); // Indonesian areas are in indonesia-areas.tsv
            Assert.True(f[4] is "entry" or "cue", line);
            Assert.True(seen.Add(f[0]), "duplicate row: " + line);
            Assert.DoesNotContain("||", f[2], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Gated_subdivisions_are_backoff_names_and_the_others_gazetteer_entries()
    {
        var gazetteer = Gazetteer.LoadEmbedded();
        Assert.True(gazetteer.TryGet("Sarawak", out var sarawak));
        Assert.Equal(EntityType.Gpe, sarawak.Type);
        Assert.True(gazetteer.TryGet("Kalifornia", out var california)); // curated press spelling
        Assert.Equal("California", california.Canonical);
        Assert.False(gazetteer.TryGet("Florida", out _)); // a person's name too: only WorldCityPass reads it
        Assert.False(gazetteer.TryGet("Kagawa", out _));
        Assert.Equal(1, WorldCities.Default.Match(["Florida"], 0, out var florida));
        Assert.Contains("US", florida, StringComparison.Ordinal);
        Assert.Equal(0, WorldCities.Default.Match(["Meta"], 0, out _)); // a company before it is a place: left out
    }
}
