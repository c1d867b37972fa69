namespace Geopolitics.Nlp;

/// <summary>Settings of an <see cref="ArticleAnalyzer"/> instance, as opposed to the per-article <see cref="AnalysisOptions"/>.</summary>
public sealed class ArticleAnalyzerOptions
{
    /// <summary>
    /// How many articles <see cref="IArticleAnalyzer.AnalyzeMany"/> and <see cref="IArticleAnalyzer.AnalyzeManyAsync"/>
    /// analyze at once; at most twice as many are held in memory. Defaults to the number of processors.
    /// </summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;
}
