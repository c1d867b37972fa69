using System.Text.Json.Serialization;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Dates;

/// <summary>A temporal expression (TIMEX3) found in the text, with its normalized value.</summary>
/// <param name="Start">UTF-16 index of the expression's first character.</param>
/// <param name="End">UTF-16 index one past its last character.</param>
/// <param name="Text">The expression as written.</param>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
/// <param name="Value">The TIMEX3 value (<c>2025-09-03</c>, <c>2025-07-13/2025-07-15</c>, <c>P14Y</c>, <c>XXXX-09-03</c>), or <see langword="null"/> when it cannot be normalized.</param>
/// <param name="Mod">A modifier of the value (<c>END</c> for <c>akhir tahun lalu</c>), or <see langword="null"/>.</param>
public sealed record TemporalExpression(int Start, int End, string Text, TimexType Type, string? Value, TimexMod? Mod)
{
    /// <summary>
    /// The first calendar day the value covers (<c>2024-06-01</c> for <c>Juni 2024</c>), for dates, times and ranges, when
    /// it is known; <see langword="null"/> for durations and sets. A day, not a text offset: see <see cref="Start"/>.
    /// </summary>
    public DateOnly? FirstDay { get; init; }

    /// <summary>
    /// The last calendar day the value covers, inclusive (<c>2024-06-30</c> for <c>Juni 2024</c>), for dates, times and
    /// ranges, when it is known; <see langword="null"/> for durations and sets. A day, not a text offset: see <see cref="End"/>.
    /// </summary>
    public DateOnly? LastDay { get; init; }

    /// <summary>
    /// Whether the text gives a weekday that the date does not fall on (<c>Rabu (4/9/2025)</c>, a Thursday). The written date
    /// is kept as the value; callers that care can distrust it. Written to JSON only when true.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool WeekdayMismatch { get; init; }

    /// <summary>The expression's offsets.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, End);
}
