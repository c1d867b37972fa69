using System.Text.Json.Serialization;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>The source of a claim as written, and the entity it refers to.</summary>
/// <param name="Start">UTF-16 index of the first character.</param>
/// <param name="End">UTF-16 index one past the last character.</param>
/// <param name="Text">The source as written (<c>Lavrov</c>, <c>ia</c>, <c>nya</c> in <c>ujarnya</c>).</param>
/// <param name="Entity">The canonical name of the entity that speaks, or <see langword="null"/> when the text does not say.</param>
public sealed record ClaimSpeaker(int Start, int End, string Text, string? Entity)
{
    /// <summary>The speaker's offsets.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, End);
}
