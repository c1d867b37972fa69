using Microsoft.Extensions.DependencyInjection;

namespace Geopolitics.Nlp.Tests.Pipeline;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddArticleAnalyzer_registers_one_shared_analyzer()
    {
        using var provider = new ServiceCollection().AddArticleAnalyzer(o => o.MaxDegreeOfParallelism = 3).BuildServiceProvider();
        var first = provider.GetRequiredService<IArticleAnalyzer>();
        Assert.Same(first, provider.GetRequiredService<IArticleAnalyzer>());
        Assert.Same(first, provider.GetRequiredService<ArticleAnalyzer>());
        Assert.NotEmpty(first.Analyze("Lavrov tiba di Pyongyang.").Tokens);
    }

    [Fact]
    public void A_parallelism_below_one_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddArticleAnalyzer(o => o.MaxDegreeOfParallelism = 0));
}
