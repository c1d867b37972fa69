namespace Geopolitics.Nlp;

/// <summary>
/// The outputs of the pipeline, as flags for <see cref="AnalysisOptions.Stages"/>. A requested output brings in the
/// outputs it is computed from: <see cref="Sentences"/>, <see cref="Dates"/> need <see cref="Tokens"/>;
/// <see cref="Entities"/> needs <see cref="Sentences"/>; <see cref="Claims"/> needs <see cref="Entities"/> (speakers
/// and <c>about</c> are entity names) and <see cref="Dates"/> (a claim's date). Outputs not requested and not needed
/// are not computed and come back empty. <see cref="Language"/> needs only tokens.
/// </summary>
[Flags]
public enum AnalysisStages
{
    /// <summary>Nothing beyond tokens, which every stage is computed from.</summary>
    None = 0,

    /// <summary>Surface tokens (<see cref="ArticleAnalysis.Tokens"/>).</summary>
    Tokens = 1,

    /// <summary>Sentences (<see cref="ArticleAnalysis.Sentences"/>).</summary>
    Sentences = 2,

    /// <summary>Named-entity mentions with canonical names (<see cref="ArticleAnalysis.Entities"/>).</summary>
    Entities = 4,

    /// <summary>Temporal expressions and the document date (<see cref="ArticleAnalysis.Dates"/>).</summary>
    Dates = 8,

    /// <summary>Attributed claims (<see cref="ArticleAnalysis.Claims"/>).</summary>
    Claims = 16,

    /// <summary>The language check (<see cref="ArticleAnalysis.Language"/>, <see cref="ArticleAnalysis.LanguageConfidence"/>).</summary>
    Language = 32,

    /// <summary>Every stage: the default.</summary>
    All = Tokens | Sentences | Entities | Dates | Claims | Language,
}
