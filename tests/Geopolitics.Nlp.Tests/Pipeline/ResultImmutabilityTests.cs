using Geopolitics.Nlp.Claims;
using Geopolitics.Nlp.Entities;

namespace Geopolitics.Nlp.Tests.Pipeline;

public sealed class ResultImmutabilityTests
{
    private const string Text = "Menteri Luar Negeri Rusia Sergey Lavrov mengatakan bahwa Rusia siap berunding dengan Ukraina pada Rabu (3/9).";

    [Fact]
    public void Every_list_of_an_analysis_is_read_only_even_cast_to_a_collection()
    {
        var analysis = new ArticleAnalyzer().Analyze(Text, new AnalysisOptions { DocumentDate = new DateOnly(2025, 9, 4) });
        Assert.NotEmpty(analysis.Claims);
        Assert.NotEmpty(analysis.Claims[0].About);

        AssertReadOnly(analysis.Tokens);
        AssertReadOnly(analysis.Sentences);
        AssertReadOnly(analysis.Entities);
        AssertReadOnly(analysis.Dates);
        AssertReadOnly(analysis.Claims);
        AssertReadOnly(analysis.Claims[0].About);
    }

    [Fact]
    public void A_mutable_list_given_to_a_result_is_copied_so_later_changes_do_not_reach_it()
    {
        var about = new List<string> { "Rusia" };
        var mentions = new List<EntityMention> { new(0, 5, "Rusia", EntityType.Gpe, "Rusia", null) };
        var claim = new Claim(ClaimKind.Direct, new ClaimPart(0, 1, "x"), new ClaimSpeaker(0, 1, "x", null), new ClaimPart(0, 1, "x"), false) { About = about };
        var analysis = new ArticleAnalysis { Entities = mentions, Claims = [claim] };

        about.Add("Ukraina");
        mentions.Clear();

        Assert.Equal(["Rusia"], claim.About);
        Assert.Single(analysis.Entities);
        AssertReadOnly(claim.About);
        AssertReadOnly(analysis.Entities);
        AssertReadOnly(analysis.Claims);
    }

    [Fact]
    public void Null_lists_are_empty()
    {
        Assert.Empty(new ArticleAnalysis { Entities = null! }.Entities);
        Assert.Empty(new Claim(ClaimKind.Direct, new ClaimPart(0, 1, "x"), new ClaimSpeaker(0, 1, "x", null), new ClaimPart(0, 1, "x"), false) { About = null! }.About);
    }

    private static void AssertReadOnly<T>(IReadOnlyList<T> list)
    {
        var collection = Assert.IsAssignableFrom<ICollection<T>>(list);
        Assert.True(collection.IsReadOnly, list.GetType().Name + " is writable");
        Assert.Throws<NotSupportedException>(() => collection.Clear());
    }
}
