using Geopolitics.Nlp.Resources;

namespace Geopolitics.Nlp.Pipeline;

/// <summary>
/// A short article written for warming up (<c>Resources/Pipeline/warm-up.txt</c>): a headline, a dateline, titled
/// names, an acronym, dates and quotes, so that every stage and its main paths are compiled before the first real call.
/// </summary>
internal static class WarmUpText
{
    private static readonly Lazy<string> Embedded = new(() =>
    {
        using var reader = new StreamReader(ResourceText.Open("Pipeline/warm-up.txt"));
        return reader.ReadToEnd();
    });

    public static string Text => Embedded.Value;

    /// <summary>The publication date the text is written against.</summary>
    public static AnalysisOptions Options { get; } = new() { Id = "warm-up", DocumentDate = new DateOnly(2025, 3, 5) };
}
