using Geopolitics.Nlp.Dates;

namespace Geopolitics.Nlp.Tests.Dates;

/// <summary>The date tables' analyzer: one shared instance, document date 2025-09-04 (a Thursday), rows as text.</summary>
internal static class NewsDates
{
    public static readonly DateOnly DocumentDate = new(2025, 9, 4);

    public static readonly ArticleAnalyzer Analyzer = new();

    /// <summary>The dates of <paramref name="text"/> against <see cref="DocumentDate"/>.</summary>
    public static IReadOnlyList<TemporalExpression> Of(string text) =>
        Analyzer.Analyze(text, new AnalysisOptions { DocumentDate = DocumentDate }).Dates;

    /// <summary>Each date as <c>[text] TYPE value mod</c>, joined by <c> | </c>.</summary>
    public static string Rows(string text) => string.Join(" | ", Of(text).Select(Row));

    private static string Row(TemporalExpression d) =>
        $"[{d.Text}] {d.Type.ToName()} {d.Value} {d.Mod?.ToName()}".TrimEnd();
}
