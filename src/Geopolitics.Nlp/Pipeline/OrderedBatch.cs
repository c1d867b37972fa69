using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Geopolitics.Nlp;

namespace Geopolitics.Nlp.Pipeline;

/// <summary>
/// Runs analyses on the thread pool with a bounded window of articles in flight and yields the results in input order.
/// When the source of articles throws, the analyses of the articles it gave before are yielded first, then its exception.
/// Articles travel in small chunks (<see cref="ArticleChunk"/>): a task per article cost a thread hand-off per article,
/// which on a virtual machine took as long as a short article's analysis.
/// </summary>
internal static class OrderedBatch
{
    // Enough chunks queued to keep every worker busy while the oldest finishes, and no more: memory stays bounded.
    private static int Window(int degree) => Math.Max(2, degree * 2);

    public static IEnumerable<ArticleAnalysis> Run(
        IEnumerable<ArticleInput> articles,
        Func<string, AnalysisOptions?, CancellationToken, ArticleAnalysis> analyze,
        int degree,
        CancellationToken cancellationToken)
    {
        var inFlight = new Queue<Task<ArticleChunk>>();
        var gate = new SemaphoreSlim(degree);
        var chunk = new ArticleChunk();
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
                    if (chunk.Count > 0)
                    {
                        inFlight.Enqueue(Start(chunk, analyze, gate, cancellationToken));
                    }

                    while (inFlight.Count > 0)
                    {
                        foreach (var analysis in inFlight.Dequeue().GetAwaiter().GetResult().Results())
                        {
                            cancellationToken.ThrowIfCancellationRequested(); // a cancelled batch hands out nothing more
                            yield return analysis;
                        }
                    }

                    failure?.Throw();
                    yield break;
                }

                if (chunk.Add(Checked(source.Current)))
                {
                    inFlight.Enqueue(Start(chunk, analyze, gate, cancellationToken));
                    chunk = new ArticleChunk();
                    if (inFlight.Count >= Window(degree))
                    {
                        foreach (var analysis in inFlight.Dequeue().GetAwaiter().GetResult().Results())
                        {
                            cancellationToken.ThrowIfCancellationRequested(); // a cancelled batch hands out nothing more
                            yield return analysis;
                        }
                    }
                }
            }
        }
        finally
        {
            ObserveAbandoned(inFlight);
        }
    }

    public static async IAsyncEnumerable<ArticleAnalysis> RunAsync(
        IAsyncEnumerable<ArticleInput> articles,
        Func<string, AnalysisOptions?, CancellationToken, ArticleAnalysis> analyze,
        int degree,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var inFlight = new Queue<Task<ArticleChunk>>();
        var gate = new SemaphoreSlim(degree);
        var chunk = new ArticleChunk();
        var source = articles.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                bool more;
                ExceptionDispatchInfo? failure = null;
                try
                {
                    var next = source.MoveNextAsync();
                    if (!next.IsCompleted && chunk.Count > 0)
                    {
                        // The source is waiting for its next article: what it gave so far starts now, not when a chunk fills.
                        inFlight.Enqueue(Start(chunk, analyze, gate, cancellationToken));
                        chunk = new ArticleChunk();
                    }

                    more = await next.ConfigureAwait(false);
                }
                catch (Exception e) when (!IsOurCancellation(e, cancellationToken))
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                    more = false;
                }

                if (!more)
                {
                    if (chunk.Count > 0)
                    {
                        inFlight.Enqueue(Start(chunk, analyze, gate, cancellationToken));
                    }

                    while (inFlight.Count > 0)
                    {
                        foreach (var analysis in (await inFlight.Dequeue().ConfigureAwait(false)).Results())
                        {
                            cancellationToken.ThrowIfCancellationRequested(); // a cancelled batch hands out nothing more
                            yield return analysis;
                        }
                    }

                    failure?.Throw();
                    yield break;
                }

                if (chunk.Add(Checked(source.Current)))
                {
                    inFlight.Enqueue(Start(chunk, analyze, gate, cancellationToken));
                    chunk = new ArticleChunk();
                }

                while (inFlight.Count >= Window(degree))
                {
                    foreach (var analysis in (await inFlight.Dequeue().ConfigureAwait(false)).Results())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        yield return analysis;
                    }
                }
            }
        }
        finally
        {
            ObserveAbandoned(inFlight);
            await source.DisposeAsync().ConfigureAwait(false);
        }
    }

    // Cancelling the batch stops it at once; any other error of the source waits for the analyses in flight.
    private static bool IsOurCancellation(Exception e, CancellationToken cancellationToken) =>
        e is OperationCanceledException && cancellationToken.IsCancellationRequested;

    private static ArticleInput Checked(ArticleInput article)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(article.Text, nameof(article));
        return article;
    }

    // A consumer that stops early must not leave analyses running unobserved.
    private static void ObserveAbandoned(Queue<Task<ArticleChunk>> inFlight)
    {
        foreach (var task in inFlight)
        {
            _ = task.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
        }
    }

    // Up to `degree` chunks are analyzed at once (the gate, never disposed: it holds no wait handle, and analyses may
    // outlive a consumer that stopped early, lets them in), each chunk's articles one after another.
    private static Task<ArticleChunk> Start(
        ArticleChunk chunk,
        Func<string, AnalysisOptions?, CancellationToken, ArticleAnalysis> analyze,
        SemaphoreSlim gate,
        CancellationToken cancellationToken) =>
        Task.Run(
            async () =>
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    chunk.Analyze(analyze, cancellationToken);
                    return chunk;
                }
                finally
                {
                    gate.Release();
                }
            },
            cancellationToken);
}
