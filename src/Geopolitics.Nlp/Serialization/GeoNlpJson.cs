using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Geopolitics.Nlp.Serialization;

/// <summary>
/// JSON for <see cref="ArticleAnalysis"/>: camelCase, enums as the guideline's strings (<c>PERSON</c>, <c>DATE</c>,
/// <c>according-to</c>; <see cref="AnnotationNames"/>), dates as <c>yyyy-MM-dd</c>, nulls written; read back over the
/// article text with <see cref="Deserialize(string, string)"/>. Uses source-generated metadata only.
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

    /// <summary>
    /// Reads an analysis back from the JSON <see cref="Serialize(ArticleAnalysis)"/> wrote, over the article text it was
    /// made from (the JSON holds offsets, not the text): tokens are rebuilt over <paramref name="text"/> (clitics
    /// included), and serializing the result gives the same JSON again, byte for byte.
    /// </summary>
    /// <remarks>
    /// <see cref="ArticleAnalysis.Stages"/> is not in the JSON and reads back as <see cref="AnalysisStages.All"/>. JSON
    /// trimmed by <c>geonlp --fields</c> or <c>--no-tokens</c> reads back with the missing lists empty.
    /// </remarks>
    /// <param name="json">One analysis as JSON (compact or indented).</param>
    /// <param name="text">The article text the analysis was made from.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="JsonException">The JSON is malformed or not an analysis.</exception>
    /// <exception cref="ArgumentException">A span in the JSON lies outside <paramref name="text"/> or reads something else in it: the JSON was not made from this text.</exception>
    public static ArticleAnalysis Deserialize(string json, string text)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(text);
        return Restore(JsonSerializer.Deserialize(json, SerializedTypeInfo), text);
    }

    /// <summary>Reads an analysis back from UTF-8 JSON, over the article text it was made from; see <see cref="Deserialize(string, string)"/>.</summary>
    /// <param name="utf8Json">One analysis as UTF-8 JSON.</param>
    /// <param name="text">The article text the analysis was made from.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="JsonException">The JSON is malformed or not an analysis.</exception>
    /// <exception cref="ArgumentException">A span in the JSON lies outside <paramref name="text"/> or reads something else in it.</exception>
    public static ArticleAnalysis Deserialize(ReadOnlySpan<byte> utf8Json, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Restore(JsonSerializer.Deserialize(utf8Json, SerializedTypeInfo), text);
    }

    private static JsonTypeInfo<SerializedAnalysis> SerializedTypeInfo =>
        (JsonTypeInfo<SerializedAnalysis>)DefaultOptions.GetTypeInfo(typeof(SerializedAnalysis));

    private static ArticleAnalysis Restore(SerializedAnalysis? serialized, string text) =>
        (serialized ?? throw new JsonException("The JSON is null, not an analysis.")).ToAnalysis(text);

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
