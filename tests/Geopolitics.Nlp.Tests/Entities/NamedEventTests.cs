namespace Geopolitics.Nlp.Tests.Entities;

public sealed class NamedEventTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("Para menteri hadir dalam Pertemuan Menteri Luar Negeri ASEAN ke-58 di Kuala Lumpur.", "Pertemuan Menteri Luar Negeri ASEAN ke-58")]
    [InlineData("Presiden berpidato di Sidang Majelis Umum PBB ke-80 di New York.", "Sidang Majelis Umum PBB ke-80")]
    [InlineData("Ia akan menghadiri KTT ASEAN ke-47 bulan depan.", "KTT ASEAN ke-47")]
    public void A_named_meeting_with_its_acronym_and_edition_is_one_event(string text, string expected) =>
        Assert.Contains(Analyzer.Analyze(text).Entities, e => e.Type == Geopolitics.Nlp.Entities.EntityType.Event && e.Text == expected);

    [Fact]
    public void A_meeting_of_two_people_is_not_an_event_name() =>
        Assert.DoesNotContain(Analyzer.Analyze("Pertemuan Lavrov dan Kim berlangsung hangat.").Entities, e => e.Type == Geopolitics.Nlp.Entities.EntityType.Event);
}
