using System.Text.Json.Serialization;
using Geopolitics.Nlp.Serialization;

namespace Geopolitics.Nlp.Claims;

/// <summary>How the text attributes a claim to its source.</summary>
/// <remarks>
/// JSON, the <c>geonlp</c> table and the HTML view write the annotation name (<c>according-to</c>), which
/// <see cref="AnnotationNames.ToName(ClaimKind)"/> gives; <see cref="Enum.ToString()"/> gives the C# member name.
/// </remarks>
[JsonConverter(typeof(ClaimKindJsonConverter))]
public enum ClaimKind
{
    /// <summary>A quotation with its attribution (<c>“…,” ujar Lavrov</c>).</summary>
    Direct,

    /// <summary>Reported speech: source, reporting verb, optional <c>bahwa</c>, content.</summary>
    Indirect,

    /// <summary>An attribution with <c>menurut</c>, before or after the content.</summary>
    AccordingTo,
}
