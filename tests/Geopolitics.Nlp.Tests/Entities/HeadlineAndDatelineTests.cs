namespace Geopolitics.Nlp.Tests.Entities;

public sealed class HeadlineAndDatelineTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void A_headline_name_ends_before_its_verb_and_the_names_after_it_are_found()
    {
        var entities = Analyzer.Analyze("Dewan Gubernur IAEA Desak Iran Buka Akses\n\nIsi berita.").Entities;
        Assert.DoesNotContain(entities, e => e.Text.Contains("Desak", StringComparison.Ordinal));
        Assert.Contains(entities, e => e.Text == "Iran" && e.Type == Geopolitics.Nlp.Entities.EntityType.Gpe);
    }

    [Theory]
    [InlineData("Kuala Lumpur (ANTARA) - Para menteri bertemu di ibu kota Malaysia.", "ANTARA")]
    [InlineData("JAKARTA, KOMPAS.com - Pemerintah menyiapkan anggaran baru.", "KOMPAS.com")]
    public void The_source_in_a_dateline_is_an_organization(string text, string source) =>
        Assert.Contains(Analyzer.Analyze(text).Entities, e => e.Text == source && e.Type == Geopolitics.Nlp.Entities.EntityType.Organization);
}
