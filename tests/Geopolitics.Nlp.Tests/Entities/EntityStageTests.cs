using Geopolitics.Nlp.Entities;

namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>The entity stage through the public analyzer: spans, types and canonical names per ANNOTATION.md.</summary>
public sealed class EntityStageTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static List<(string Text, EntityType Type, string Canonical)> Entities(string text) =>
        Analyzer.Analyze(text).Entities.Select(e => (e.Text, e.Type, e.Canonical)).ToList();

    public static TheoryData<string, string, string> TitlesStayOutside => new()
    {
        { "Menteri Luar Negeri Rusia Sergey Lavrov tiba di Pyongyang pada Jumat.", "Sergey Lavrov", "Rusia" },
        { "Presiden Rusia Vladimir Putin menerima kunjungan itu di Moskow.", "Vladimir Putin", "Rusia" },
    };

    [Theory]
    [MemberData(nameof(TitlesStayOutside))]
    public void Titles_stay_outside_the_person_and_the_country_in_the_title_is_a_GPE(string text, string person, string country)
    {
        var entities = Entities(text);
        Assert.Contains(entities, e => e.Text == person && e.Type == EntityType.Person);
        Assert.Contains(entities, e => e.Text == country && e.Type == EntityType.Gpe);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person && e.Text.StartsWith("Menteri", StringComparison.Ordinal));
    }

    [Fact]
    public void Honorific_before_a_short_name_is_not_in_the_span_and_the_name_resolves_to_the_full_name()
    {
        var entities = Entities("Sergey Lavrov berbicara kepada wartawan. Bapak Lavrov kemudian meninggalkan ruangan.");
        Assert.Contains(entities, e => e.Text == "Lavrov" && e.Type == EntityType.Person && e.Canonical == "Sergey Lavrov");
        Assert.DoesNotContain(entities, e => e.Text.Contains("Bapak", StringComparison.Ordinal));
    }

    [Fact]
    public void Hyphenated_pair_of_countries_is_two_GPEs()
    {
        var entities = Entities("Hubungan Rusia-RDRK semakin erat tahun ini.");
        Assert.Contains(entities, e => e.Text == "Rusia" && e.Type == EntityType.Gpe);
        Assert.Contains(entities, e => e.Text == "RDRK" && e.Type == EntityType.Gpe && e.Canonical == "Korea Utara");
    }

    public static TheoryData<string, string, string> CountryCanonicals => new()
    {
        { "Pejabat RDRK menolak tuduhan itu.", "RDRK", "Korea Utara" },
        { "Kapal dari China berlabuh di sana.", "China", "Tiongkok" },
        { "Pemerintah AS mengumumkan sanksi baru.", "AS", "Amerika Serikat" },
    };

    [Theory]
    [MemberData(nameof(CountryCanonicals))]
    public void Country_variants_resolve_to_the_gazetteer_name(string text, string mention, string canonical)
    {
        var entities = Entities(text);
        Assert.Contains(entities, e => e.Text == mention && e.Type == EntityType.Gpe && e.Canonical == canonical);
    }

    [Fact]
    public void Acronym_defined_in_parentheses_is_a_second_mention_linked_to_its_expansion()
    {
        var entities = Entities("Menurut laporan Kantor Berita Sentral Korea (KCNA), pertemuan berlangsung hangat.");
        var expansion = Assert.Single(entities, e => e.Text == "Kantor Berita Sentral Korea");
        var acronym = Assert.Single(entities, e => e.Text == "KCNA");
        Assert.Equal(EntityType.Organization, expansion.Type);
        Assert.Equal(EntityType.Organization, acronym.Type);
        Assert.Equal(expansion.Canonical, acronym.Canonical);
    }

    public static TheoryData<string, string> NamedEvents => new()
    {
        { "Kedua negara mengenang Perang Dunia II dengan parade.", "Perang Dunia II" },
        { "Sejak Perang Dingin, hubungan itu berubah.", "Perang Dingin" },
        { "Para pemimpin bertemu di KTT SCO pekan lalu.", "KTT SCO" },
    };

    [Theory]
    [MemberData(nameof(NamedEvents))]
    public void Event_head_with_a_capitalized_name_is_an_event(string text, string mention)
    {
        Assert.Contains(Entities(text), e => e.Text == mention && e.Type == EntityType.Event);
    }

    [Fact]
    public void Mentions_are_in_text_order_without_overlaps()
    {
        var entities = Analyzer.Analyze(TestData.SeedText(TestData.SeedIds.First())).Entities;
        for (var i = 1; i < entities.Count; i++)
        {
            Assert.True(entities[i - 1].End <= entities[i].Start, $"{entities[i - 1]} overlaps {entities[i]}");
        }
    }
}
