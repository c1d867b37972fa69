using System.Text.Json.Serialization;

namespace Geopolitics.Nlp.Claims;

/// <summary>How the text attributes a claim to its source.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClaimKind>))]
public enum ClaimKind
{
    /// <summary>A quotation with its attribution (<c>“…,” ujar Lavrov</c>).</summary>
    [JsonStringEnumMemberName("direct")]
    Direct,

    /// <summary>Reported speech: source, reporting verb, optional <c>bahwa</c>, content.</summary>
    [JsonStringEnumMemberName("indirect")]
    Indirect,

    /// <summary>An attribution with <c>menurut</c>, before or after the content.</summary>
    [JsonStringEnumMemberName("according-to")]
    AccordingTo,
}
