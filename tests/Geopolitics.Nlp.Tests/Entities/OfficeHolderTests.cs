namespace Geopolitics.Nlp.Tests.Entities;

public sealed class OfficeHolderTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void A_title_country_and_name_tagged_as_one_place_become_a_country_and_a_person()
    {
        var entities = Analyzer.Analyze("Presiden Afrika Selatan Cyril Ramaphosa, selaku tuan rumah, menyebut deklarasi itu sebagai kemenangan.").Entities;
        Assert.Contains(entities, e => e.Text == "Afrika Selatan" && e.Type == Geopolitics.Nlp.Entities.EntityType.Gpe);
        Assert.Contains(entities, e => e.Text == "Cyril Ramaphosa" && e.Type == Geopolitics.Nlp.Entities.EntityType.Person);
    }

    [Fact]
    public void A_short_name_before_the_full_one_takes_the_full_name()
    {
        var entities = Analyzer.Analyze("Ramaphosa tiba lebih awal. Presiden Afrika Selatan Cyril Ramaphosa lalu membuka sidang.").Entities;
        Assert.All(entities.Where(e => e.Text.Contains("Ramaphosa", StringComparison.Ordinal)), e => Assert.Equal("Cyril Ramaphosa", e.Canonical));
    }
}
