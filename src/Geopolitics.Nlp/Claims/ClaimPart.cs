using System.Text.Json.Serialization;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>A span of the text that plays a part in a claim: its cue or its content.</summary>
/// <param name="Start">UTF-16 index of the first character.</param>
/// <param name="End">UTF-16 index one past the last character.</param>
/// <param name="Text">The span as written.</param>
public sealed record ClaimPart(int Start, int End, string Text)
{
    /// <summary>The part's offsets.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, End);
}
