namespace Geopolitics.Nlp.Tests.Entities;

public sealed class EnglishOrganizationTests
{
    [Theory]
    [InlineData("Peneliti dari Centre for Strategic and International Studies menilai hal itu.", "Centre for Strategic and International Studies")]
    [InlineData("Ekonom Institute for Development of Economics and Finance juga hadir.", "Institute for Development of Economics and Finance")]
    public void An_English_organization_name_keeps_its_function_words(string text, string expected) =>
        Assert.Contains(new ArticleAnalyzer().Analyze(text).Entities, e => e.Text == expected && e.Type == Geopolitics.Nlp.Entities.EntityType.Organization);

    // An English institution's name that opens with its city or country is one organization, the longest name.
    [Theory]
    [InlineData("Ia mengajar di Shanghai Institute for International Studies sejak 2019.", "Organization 15-59 Shanghai Institute for International Studies")]
    [InlineData("Peneliti Manila Foreign Policy Council itu hadir.", "Organization 9-38 Manila Foreign Policy Council")]
    [InlineData("Ia lulus dari Boston High School of Music pada 2001.", "Organization 14-41 Boston High School of Music")]
    public void An_english_name_opening_with_its_place_is_one_organization(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));
}
