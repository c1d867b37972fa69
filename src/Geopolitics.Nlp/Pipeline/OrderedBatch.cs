using System.Runtime.CompilerServices;
using Geopolitics.Nlp;

namespace Geopolitics.Nlp.Pipeline;

/// <summary>
/// Runs analyses on the thread pool with a bounded window of articles in flight and yields the results in input order.
/// </summary>
internal static class OrderedBatch
{
    // Enough work queued to keep every worker busy while the oldest article finishes, and no more: memory stays bounded.
    private static int Window(int degree) => Math.Max(2, degree * 2);

    public static IEnumerable<ArticleAnalysis> Run(
        IEnumerable<ArticleInput> articles,
        Func<string, AnalysisOptions?, CancellationToken, ArticleAnalysis> analyze,
        int degree,
        CancellationToken cancellationToken)
    {
        var inFlight = new Queue<Task<ArticleAnalysis>>();
        try
        {
            foreach (var article in articles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                inFlight.Enqueue(Start(article, analyze, cancellationToken));
                if (inFlight.Count >= Window(degree))
                {
                    yield return inFlight.Dequeue().GetAwaiter().GetResult();
                }
            }

            while (inFlight.Count > 0)
            {
                yield return inFlight.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // A consumer that stops early must not leave analyses running unobserved.
            foreach (var task in inFlight)
            {
                task.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
            }
        }
    }

    public static async IAsyncEnumerable<ArticleAnalysis> RunAsync(
        IAsyncEnumerable<ArticleInput> articles,
        Func<string, AnalysisOptions?, CancellationToken, ArticleAnalysis> analyze,
        int degree,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var inFlight = new Queue<Task<ArticleAnalysis>>();
        try
        {
            await foreach (var article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                inFlight.Enqueue(Start(article, analyze, cancellationToken));
                if (inFlight.Count >= Window(degree))
                {
                    yield return await inFlight.Dequeue().ConfigureAwait(false);
                }
            }

            while (inFlight.Count > 0)
            {
                yield return await inFlight.Dequeue().ConfigureAwait(false);
            }
        }
        finally
        {
            foreach (var task in inFlight)
            {
                _ = task.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
            }
        }
    }

    private static Task<ArticleAnalysis> Start(
        ArticleInput article,
        Func<string, AnalysisOptions?, CancellationToken, ArticleAnalysis> analyze,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(article.Text, nameof(article));
        return Task.Run(() => analyze(article.Text, article.Options, cancellationToken), cancellationToken);
    }
}
