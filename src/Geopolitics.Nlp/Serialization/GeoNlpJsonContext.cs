using System.Text.Json;
using System.Text.Json.Serialization;

namespace Geopolitics.Nlp.Serialization;

/// <summary>Source-generated metadata for the analysis types: no reflection, so it trims and compiles ahead of time.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(ArticleAnalysis))]
[JsonSerializable(typeof(IReadOnlyList<ArticleAnalysis>))]
[JsonSerializable(typeof(SerializedAnalysis))]
internal sealed partial class GeoNlpJsonContext : JsonSerializerContext;
