using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Geopolitics.Nlp.Serialization;

/// <summary>
/// JSON for <see cref="ArticleAnalysis"/>: camelCase, enums as the guideline's strings (<c>PERSON</c>, <c>DATE</c>,
/// <c>according-to</c>), dates as <c>yyyy-MM-dd</c>, nulls written. Uses source-generated metadata only.
/// </summary>
public static class GeoNlpJson
{
    /// <summary>Read-only options for compact output; pass to <see cref="JsonSerializer"/> together with the type info below.</summary>
    public static JsonSerializerOptions DefaultOptions { get; } = CreateOptions(indented: false);

    /// <summary>Read-only options for indented output.</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = CreateOptions(indented: true);

    /// <summary>Type information for <see cref="ArticleAnalysis"/> under <see cref="DefaultOptions"/>.</summary>
    public static JsonTypeInfo<ArticleAnalysis> ArticleAnalysisTypeInfo { get; } =
        (JsonTypeInfo<ArticleAnalysis>)DefaultOptions.GetTypeInfo(typeof(ArticleAnalysis));

    /// <summary>Serializes an analysis to compact JSON.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ArticleAnalysis analysis) => Serialize(analysis, indented: false);

    /// <summary>Serializes an analysis to a JSON string.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ArticleAnalysis analysis, bool indented)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return JsonSerializer.Serialize(analysis, TypeInfo(indented));
    }

    /// <summary>Writes an analysis as compact JSON to a stream.</summary>
    /// <param name="utf8Json">The stream to write UTF-8 JSON to.</param>
    /// <param name="analysis">The analysis.</param>
    public static void Serialize(Stream utf8Json, ArticleAnalysis analysis) => Serialize(utf8Json, analysis, indented: false);

    /// <summary>Writes an analysis as JSON to a stream.</summary>
    /// <param name="utf8Json">The stream to write UTF-8 JSON to.</param>
    /// <param name="analysis">The analysis.</param>
    /// <param name="indented">Whether to indent the output.</param>
    public static void Serialize(Stream utf8Json, ArticleAnalysis analysis, bool indented)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(analysis);
        JsonSerializer.Serialize(utf8Json, analysis, TypeInfo(indented));
    }

    /// <summary>Writes an analysis with a caller's <see cref="Utf8JsonWriter"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="analysis">The analysis.</param>
    public static void Serialize(Utf8JsonWriter writer, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);
        JsonSerializer.Serialize(writer, analysis, ArticleAnalysisTypeInfo);
    }

    private static JsonTypeInfo<ArticleAnalysis> TypeInfo(bool indented) =>
        (JsonTypeInfo<ArticleAnalysis>)(indented ? IndentedOptions : DefaultOptions).GetTypeInfo(typeof(ArticleAnalysis));

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(GeoNlpJsonContext.Default.Options)
        {
            WriteIndented = indented,
            // Indonesian text and quotation marks stay readable; the output is data, not HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = GeoNlpJsonContext.Default,
        };
        options.MakeReadOnly();
        return options;
    }
}
