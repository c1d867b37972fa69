namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>
/// Armed movements and militant groups that conflict news names as actors are organizations (ANNOTATION.md), by their
/// names and unambiguous acronyms. Each row is every entity of the text, in order, as "Type start-end text".
/// </summary>
public sealed class ArmedGroupTests
{
    [Theory]
    [InlineData("Taliban mengambil alih Kabul pada Agustus 2021.", "Organization 0-7 Taliban|Gpe 23-28 Kabul")]
    [InlineData("Kelompok Houthi menyerang kapal di Laut Merah.", "Organization 9-15 Houthi|Location 35-45 Laut Merah")]
    [InlineData("Pasukan Hamas dan Jihad Islam bertempur di Gaza.", "Organization 8-13 Hamas|Organization 18-29 Jihad Islam|Gpe 43-47 Gaza")]
    [InlineData("Pemberontak M23 menyerang pos tentara.", "Organization 12-15 M23")]
    [InlineData("OPM menembak seorang prajurit TNI.", "Organization 0-3 OPM|Organization 30-33 TNI")]
    [InlineData("Grup Wagner menarik pasukannya dari Mali.", "Organization 0-11 Grup Wagner|Gpe 36-40 Mali")]
    public void Armed_groups_are_organizations(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    [Theory]
    [InlineData("Ia bernama Abdul Fatah.", "Person 11-22 Abdul Fatah")]
    [InlineData("Negara Islam di kawasan itu bersatu.", "")]
    public void Given_names_and_common_phrases_that_share_a_word_with_a_group_are_not_the_group(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));
}
