namespace Geopolitics.Nlp;

/// <summary>Per-article settings for <see cref="IArticleAnalyzer.Analyze"/>.</summary>
public sealed record AnalysisOptions
{
    /// <summary>Options with nothing set: no identifier, no publication date.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>An identifier copied to <see cref="ArticleAnalysis.Id"/>, so results can be matched to inputs.</summary>
    public string? Id { get; init; }

    /// <summary>
    /// The article's publication date, which relative and partial dates (<c>kemarin</c>, <c>Rabu (3/9)</c>) are resolved
    /// against. When absent, the analyzer infers one from the text where it can and says so in the result.
    /// </summary>
    public DateOnly? DocumentDate { get; init; }

    /// <summary>
    /// The outputs to compute; <see cref="AnalysisStages.All"/> by default. Stages that no requested output needs are
    /// skipped and cost nothing (e.g. <see cref="AnalysisStages.Entities"/> runs tokens, sentences and entities only);
    /// their lists in the result are empty and <see cref="ArticleAnalysis.Stages"/> says what ran.
    /// </summary>
    public AnalysisStages Stages { get; init; } = AnalysisStages.All;
}
