namespace Geopolitics.Nlp.Corpus;

/// <summary>What the corpus knows about an article beyond its text: the metadata stored beside its analysis.</summary>
/// <param name="Id">
/// The article's identifier, unique in the corpus. A rebuild skips ids already stored, and the dashboard links the
/// article to <c>Id.html</c>, the page <c>geonlp analyze --format html</c> writes for it.
/// </param>
public sealed record CorpusArticle(string Id)
{
    /// <summary>Where the article was published, or <see langword="null"/>.</summary>
    public string? Url { get; init; }

    /// <summary>The publication date; when <see langword="null"/>, the analysis's (possibly inferred) document date is used.</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>The news outlet, or <see langword="null"/>.</summary>
    public string? Outlet { get; init; }

    /// <summary>The metadata an analysis carries by itself: its id and document date.</summary>
    /// <param name="analysis">An analysis with a non-empty <see cref="ArticleAnalysis.Id"/>.</param>
    /// <exception cref="ArgumentException">The analysis has no id.</exception>
    public static CorpusArticle From(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (string.IsNullOrEmpty(analysis.Id))
        {
            throw new ArgumentException("A corpus article needs an id: set AnalysisOptions.Id.", nameof(analysis));
        }

        return new CorpusArticle(analysis.Id) { PublishedOn = analysis.DocumentDate };
    }
}
