using Geopolitics.Nlp.Pipeline;

namespace Geopolitics.Nlp.Tests.Pipeline;

public sealed class OrderedBatchTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Never_analyzes_more_articles_at_once_than_the_degree(int degree)
    {
        var running = 0;
        var most = 0;
        ArticleAnalysis Analyze(string text, AnalysisOptions? options, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            Thread.Sleep(5);
            Interlocked.Decrement(ref running);
            return new ArticleAnalyzer().Analyze(text, options, cancellationToken);
        }

        var articles = Enumerable.Range(0, 24).Select(i => new ArticleInput($"Artikel {i}.")).ToList();
        var texts = OrderedBatch.Run(articles, Analyze, degree, CancellationToken.None).Select(a => a.Text).ToList();

        Assert.Equal(articles.Select(a => a.Text), texts);
        Assert.InRange(most, 1, degree);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 10)]
    [InlineData(2, 9)]
    [InlineData(3, 23)]
    public void A_failing_article_ends_the_batch_after_the_articles_before_it(int degree, int failing)
    {
        var analyzer = new ArticleAnalyzer();
        ArticleAnalysis Analyze(string text, AnalysisOptions? options, CancellationToken cancellationToken) =>
            text == $"Artikel {failing}." ? throw new InvalidOperationException("broken article") : analyzer.Analyze(text, options, cancellationToken);

        var articles = Enumerable.Range(0, 24).Select(i => new ArticleInput($"Artikel {i}.")).ToList();
        var texts = new List<string>();
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var analysis in OrderedBatch.Run(articles, Analyze, degree, CancellationToken.None))
            {
                texts.Add(analysis.Text);
            }
        });

        Assert.Equal("broken article", error.Message);
        Assert.Equal(articles.Take(failing).Select(a => a.Text), texts);
    }

    [Fact]
    public async Task An_async_source_that_waits_gets_its_articles_analyzed_before_the_chunk_fills()
    {
        var analyzer = new ArticleAnalyzer();
        var release = new TaskCompletionSource();
        var analyzed = new TaskCompletionSource();
        ArticleAnalysis Analyze(string text, AnalysisOptions? options, CancellationToken cancellationToken)
        {
            analyzed.TrySetResult();
            return analyzer.Analyze(text, options, cancellationToken);
        }

        async IAsyncEnumerable<ArticleInput> Source()
        {
            yield return new ArticleInput("Artikel pertama.");
            await release.Task; // the source waits, with one article given
            yield return new ArticleInput("Artikel kedua.");
        }

        var batch = OrderedBatch.RunAsync(Source(), Analyze, 2, CancellationToken.None).GetAsyncEnumerator();
        var first = batch.MoveNextAsync().AsTask();
        await analyzed.Task.WaitAsync(TimeSpan.FromSeconds(30)); // analyzed while the source still waits
        release.SetResult();
        Assert.True(await first);
        Assert.Equal("Artikel pertama.", batch.Current.Text);
        Assert.True(await batch.MoveNextAsync());
        Assert.False(await batch.MoveNextAsync());
        await batch.DisposeAsync();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
