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
