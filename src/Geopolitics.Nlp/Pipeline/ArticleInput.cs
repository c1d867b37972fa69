namespace Geopolitics.Nlp;

/// <summary>One article for the batch methods of <see cref="IArticleAnalyzer"/>.</summary>
/// <param name="Text">The article text.</param>
/// <param name="Options">Its options, or <see langword="null"/> for <see cref="AnalysisOptions.Default"/>.</param>
public sealed record ArticleInput(string Text, AnalysisOptions? Options = null);
