using System.Runtime.ExceptionServices;

namespace Geopolitics.Nlp.Pipeline;

/// <summary>
/// A few consecutive articles of a batch, analyzed one after another by one worker (see <see cref="OrderedBatch"/>).
/// A chunk closes at <see cref="MaxArticles"/> articles or <see cref="MaxChars"/> characters, so short articles share a
/// thread hand-off and a long one travels alone (memory stays bounded by the window, not by the article count).
/// </summary>
internal sealed class ArticleChunk
{
    /// <summary>The most articles a chunk holds.</summary>
    public const int MaxArticles = 8;

    /// <summary>A chunk closes once its texts reach this many characters (a few news articles).</summary>
    public const int MaxChars = 32_768;

    private readonly List<ArticleInput> _articles = new(MaxArticles);
    private readonly List<ArticleAnalysis> _results = new(MaxArticles);
    private ExceptionDispatchInfo? _failure;
    private int _chars;

    /// <summary>How many articles the chunk holds.</summary>
    public int Count => _articles.Count;

    /// <summary>Adds an article; true when the chunk is full and should be started.</summary>
    public bool Add(ArticleInput article)
    {
        _articles.Add(article);
        _chars += article.Text.Length;
        return _articles.Count >= MaxArticles || _chars >= MaxChars;
    }

    /// <summary>
    /// Analyzes the articles in order. The first failure ends the chunk: the batch hands out the analyses before it,
    /// then throws it, as it would have for that article alone. Cancellation ends it at once.
    /// </summary>
    public void Analyze(Func<string, AnalysisOptions?, CancellationToken, ArticleAnalysis> analyze, CancellationToken cancellationToken)
    {
        foreach (var article in _articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                _results.Add(analyze(article.Text, article.Options, cancellationToken));
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
                return;
            }
        }
    }

    /// <summary>The analyses in input order, then the chunk's failure, if any, thrown.</summary>
    public IEnumerable<ArticleAnalysis> Results()
    {
        foreach (var analysis in _results)
        {
            yield return analysis;
        }

        _failure?.Throw();
    }
}
