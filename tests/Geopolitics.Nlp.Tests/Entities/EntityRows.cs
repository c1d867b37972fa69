namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>A text's entities, one row each as "Type start-end text", joined by "|": every exact span in one string.</summary>
internal static class EntityRows
{
    private static readonly ArticleAnalyzer Analyzer = new();

    public static string Of(string text) =>
        string.Join("|", Analyzer.Analyze(text).Entities.Select(e => $"{e.Type} {e.Start}-{e.End} {e.Text}"));
}
