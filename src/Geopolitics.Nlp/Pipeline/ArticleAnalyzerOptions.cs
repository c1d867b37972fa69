using Geopolitics.Nlp.Entities;

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

    /// <summary>
    /// Entities of your own (name, type, variants, Wikidata id), merged with the embedded gazetteer ahead of it: they are
    /// tagged wherever one of their names appears and resolve to their name. Bindable from configuration.
    /// </summary>
    public IList<CustomEntity> CustomEntities { get; } = new List<CustomEntity>();

    /// <summary>
    /// A file of custom entities, read when the analyzer is created: JSON (<c>.json</c>: an array of
    /// <c>{"name", "type", "variants", "wikidataId"}</c>) or tab-separated text (<c>name, type, variants separated by |,
    /// wikidata</c>, <c>#</c> comments); see the README. Validated at host start.
    /// </summary>
    public string? CustomEntitiesFile { get; set; }
}
