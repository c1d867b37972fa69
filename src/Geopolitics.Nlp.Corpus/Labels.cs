namespace Geopolitics.Nlp.Corpus;

/// <summary>
/// Corpus labels. Types, kinds and modifiers are stored under the library's <see cref="AnnotationNames"/> (the JSON's
/// names), so SQL and JSON read alike.
/// </summary>
internal static class Labels
{
    /// <summary>The partition key of an article's rows: <c>YYYY-MM</c> of its publication date, or <c>undated</c>.</summary>
    public static string Month(DateOnly? date) =>
        date is { } d ? d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) : "undated";
}
