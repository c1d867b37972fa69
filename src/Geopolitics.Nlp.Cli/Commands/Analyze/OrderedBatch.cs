using System.Collections.Concurrent;

namespace Geopolitics.Nlp.Cli.Commands.Analyze;

/// <summary>
/// Runs <see cref="ArticleAnalyzer.AnalyzeMany"/> over items that may have failed before analysis (an unreadable
/// file, a bad JSONL line), keeping every item in its place: a failed item flows through as an empty article and
/// comes back paired with no analysis. Items are read lazily and results come back in order as they finish, so memory
/// stays bounded by the analyzer's window, however long the input.
/// </summary>
internal static class OrderedBatch
{
    public static IEnumerable<(T Item, ArticleAnalysis? Analysis)> Run<T>(
        ArticleAnalyzer analyzer, IEnumerable<T> items, Func<T, ArticleInput?> inputOf, CancellationToken cancellationToken)
    {
        var pending = new ConcurrentQueue<(T Item, bool Failed)>();
        var empty = new ArticleInput(string.Empty);

        IEnumerable<ArticleInput> Inputs()
        {
            foreach (var item in items)
            {
                var input = inputOf(item);
                pending.Enqueue((item, input is null));
                yield return input ?? empty;
            }
        }

        foreach (var analysis in analyzer.AnalyzeMany(Inputs(), cancellationToken))
        {
            if (!pending.TryDequeue(out var entry))
            {
                throw new InvalidOperationException("the analyzer returned more results than inputs");
            }

            yield return (entry.Item, entry.Failed ? null : analysis);
        }
    }
}
