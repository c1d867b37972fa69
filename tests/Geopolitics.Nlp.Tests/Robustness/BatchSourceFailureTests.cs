using Geopolitics.Nlp.Robustness;

namespace Geopolitics.Nlp.Tests.Robustness;

/// <summary>When the source of a batch throws, the analyses of the articles it gave first still come out.</summary>
public sealed class BatchSourceFailureTests
{
    private static readonly ArticleAnalyzer Analyzer = new(new ArticleAnalyzerOptions { MaxDegreeOfParallelism = 2 });

    private static IEnumerable<ArticleInput> FailingAfter(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return new ArticleInput($"Menurut Presiden Joko Widodo, artikel {i} aman.", new AnalysisOptions { Id = "a" + i });
        }

        throw new InvalidOperationException("source broke");
    }

    private static async IAsyncEnumerable<ArticleInput> FailingAfterAsync(int count)
    {
        foreach (var article in FailingAfter(count))
        {
            await Task.Yield();
            yield return article;
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    public void AnalyzeMany_yields_every_article_read_before_the_source_throws(int count)
    {
        var ids = new List<string?>();
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var analysis in Analyzer.AnalyzeMany(FailingAfter(count)))
            {
                ids.Add(analysis.Id);
            }
        });

        Assert.Equal("source broke", error.Message);
        Assert.Equal(Enumerable.Range(0, count).Select(i => "a" + i), ids);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    public async Task AnalyzeManyAsync_yields_every_article_read_before_the_source_throws(int count)
    {
        var ids = new List<string?>();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var analysis in Analyzer.AnalyzeManyAsync(FailingAfterAsync(count)))
            {
                ids.Add(analysis.Id);
            }
        });

        Assert.Equal("source broke", error.Message);
        Assert.Equal(Enumerable.Range(0, count).Select(i => "a" + i), ids);
    }

    [Fact]
    public void Cancelling_the_batch_stops_it_without_waiting_for_the_source()
    {
        using var cancellation = new CancellationTokenSource();
        var seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in Analyzer.AnalyzeMany(FailingAfter(100), cancellation.Token))
            {
                if (++seen == 2)
                {
                    cancellation.Cancel();
                }
            }
        });
        Assert.Equal(2, seen);
    }
}
