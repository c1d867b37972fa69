using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Geopolitics.Nlp;

namespace Geopolitics.Nlp.Pipeline;

/// <summary>
/// Runs analyses on the thread pool with a bounded window of articles in flight and yields the results in input order.
/// When the source of articles throws, the analyses of the articles it gave before are yielded first, then its exception.
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
        var gate = new SemaphoreSlim(degree);
        using var source = articles.GetEnumerator();
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                bool more;
                ExceptionDispatchInfo? failure = null;
                try
                {
                    more = source.MoveNext();
                }
                catch (Exception e) when (!IsOurCancellation(e, cancellationToken))
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                    more = false;
                }

                if (!more)
                {
                    // The source ended or failed: what it gave before is analyzed and handed out first, then its error.
                    while (inFlight.Count > 0)
                    {
                        yield return inFlight.Dequeue().GetAwaiter().GetResult();
                    }

                    failure?.Throw();
                    yield break;
                }

                inFlight.Enqueue(Start(source.Current, analyze, gate, cancellationToken));
                if (inFlight.Count >= Window(degree))
                {
                    yield return inFlight.Dequeue().GetAwaiter().GetResult();
                }
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
        var gate = new SemaphoreSlim(degree);
        var source = articles.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                bool more;
                ExceptionDispatchInfo? failure = null;
                try
                {
                    more = await source.MoveNextAsync().ConfigureAwait(false);
                }
                catch (Exception e) when (!IsOurCancellation(e, cancellationToken))
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                    more = false;
                }

                if (!more)
                {
                    while (inFlight.Count > 0)
                    {
                        yield return await inFlight.Dequeue().ConfigureAwait(false);
                    }

                    failure?.Throw();
                    yield break;
                }

                inFlight.Enqueue(Start(source.Current, analyze, gate, cancellationToken));
                if (inFlight.Count >= Window(degree))
                {
                    yield return await inFlight.Dequeue().ConfigureAwait(false);
                }
            }
        }
        finally
        {
            foreach (var task in inFlight)
            {
                _ = task.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
            }

            await source.DisposeAsync().ConfigureAwait(false);
        }
    }

    // Cancelling the batch stops it at once; any other error of the source waits for the analyses in flight.
    private static bool IsOurCancellation(Exception e, CancellationToken cancellationToken) =>
        e is OperationCanceledException && cancellationToken.IsCancellationRequested;

    // The window queues up to twice the degree of articles, but only `degree` of them are analyzed at once: the gate
    // (never disposed: it holds no wait handle, and analyses may outlive a consumer that stopped early) lets them in.
    private static Task<ArticleAnalysis> Start(
        ArticleInput article,
        Func<string, AnalysisOptions?, CancellationToken, ArticleAnalysis> analyze,
        SemaphoreSlim gate,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(article.Text, nameof(article));
        return Task.Run(
            async () =>
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return analyze(article.Text, article.Options, cancellationToken);
                }
                finally
                {
                    gate.Release();
                }
            },
            cancellationToken);
    }
}
