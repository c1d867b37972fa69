namespace Geopolitics.Nlp.Tests.Entities;

public sealed class EnglishOrganizationTests
{
    [Theory]
    [InlineData("Peneliti dari Centre for Strategic and International Studies menilai hal itu.", "Centre for Strategic and International Studies")]
    [InlineData("Ekonom Institute for Development of Economics and Finance juga hadir.", "Institute for Development of Economics and Finance")]
    public void An_English_organization_name_keeps_its_function_words(string text, string expected) =>
        Assert.Contains(new ArticleAnalyzer().Analyze(text).Entities, e => e.Text == expected && e.Type == Geopolitics.Nlp.Entities.EntityType.Organization);
}
