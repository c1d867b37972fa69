namespace Geopolitics.Nlp.Dates;

/// <summary>A fixed relative expression from <c>relative.tsv</c> (<c>tahun lalu</c>: year, -1), keyed by its first word.</summary>
/// <param name="Rest">The words after the first, lower-case (<c>["lalu"]</c>).</param>
/// <param name="Unit">day, week, month, quarter, year or weekday.</param>
/// <param name="Offset">-1 previous, 0 current, +1 next (or days for the day unit).</param>
/// <param name="Weekday">ISO weekday for the weekday unit, else 0.</param>
internal sealed record RelativeEntry(string[] Rest, string Unit, int Offset, int Weekday);
