namespace Geopolitics.Nlp.Corpus.Reporting;

/// <summary>What the corpus dashboard shows and where its links point.</summary>
public sealed record DashboardOptions
{
    /// <summary>
    /// Prepended to <c>ARTICLE_ID.html</c> in links to article pages (the pages <c>geonlp analyze --format html</c>
    /// writes); empty (the default) links to pages beside the dashboard.
    /// </summary>
    public string ArticleLinkPrefix { get; init; } = string.Empty;

    /// <summary>The most points drawn on the timeline (the latest are kept); the rest are counted, not drawn.</summary>
    public int MaxTimelinePoints { get; init; } = 2000;

    /// <summary>The most speakers listed with their claims.</summary>
    public int MaxSpeakers { get; init; } = 40;

    /// <summary>The most claims listed per speaker.</summary>
    public int MaxClaimsPerSpeaker { get; init; } = 25;

    /// <summary>The most entities listed per type.</summary>
    public int MaxEntitiesPerType { get; init; } = 40;

    /// <summary>The most nodes in the speaker → about network.</summary>
    public int MaxNetworkNodes { get; init; } = 24;
}
