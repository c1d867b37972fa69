namespace Geopolitics.Nlp;

/// <summary>
/// Settings of an <see cref="ArticleAnalyzer"/> instance, as opposed to the per-article <see cref="AnalysisOptions"/>.
/// In a host, bind them from configuration (<c>services.Configure&lt;ArticleAnalyzerOptions&gt;(config.GetSection("GeoNlp"))</c>);
/// they are validated when the host starts.
/// </summary>
public sealed class ArticleAnalyzerOptions
{
    /// <summary>
    /// How many articles <see cref="IArticleAnalyzer.AnalyzeMany"/> and <see cref="IArticleAnalyzer.AnalyzeManyAsync"/>
    /// analyze at once; at most twice as many are held in memory. At least 1; defaults to the number of processors.
    /// </summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Whether a host calls <see cref="IArticleAnalyzer.WarmUp"/> while it starts (before other hosted services start),
    /// so that the first request does not pay for model loading and compilation. Off by default.
    /// </summary>
    public bool WarmUpOnStart { get; set; }
}
