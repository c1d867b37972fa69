namespace Geopolitics.Nlp.Dates;

/// <summary>
/// Words written after a date that names days and still belonging to it: a part of the day (<c>7 Mei dini hari</c>, as
/// <c>Rabu (7/5) dini hari</c>) and a word that places the day from the document date (<c>Rabu (15/10) besok</c>,
/// <c>Jumat (19/9) pekan lalu</c>, <c>Senin (14/11/2022) ini</c>, <c>9 Juni nanti</c>). News writes the word beside the
/// date, not instead of it, so the written date keeps its value; the word only gives the tense that places a date
/// written without its year.
/// </summary>
internal static class DayTail
{
    /// <summary>Reads the words at <paramref name="k"/> and moves past them; the tense they give.</summary>
    /// <param name="t">The sentence.</param>
    /// <param name="k">The index after the date; moved past the words read.</param>
    /// <param name="oneDay">Whether the date is one day: only then is a part of the day read (a range of days has no single night).</param>
    /// <param name="period">The part of the day as a TIMEX code (<c>NI</c>), or <see langword="null"/>.</param>
    /// <param name="current">Whether the word names the document date's own day, week or month (<c>ini</c>, <c>hari ini</c>).</param>
    public static Tense Read(TokenView t, ref int k, bool oneDay, out string? period, out bool current)
    {
        period = oneDay ? NamedDates.ReadDayPeriod(t, ref k) : null;

        // "pagi tadi": earlier today.
        if (period is not null && t.Is(k, "tadi"))
        {
            k++;
            current = false;
            return Tense.Past;
        }

        // "besok", "lusa", "hari ini", "pekan lalu", "minggu depan", "bulan lalu": the table's day, week and month words,
        // whose sign is the tense. A year word is not one of them: after a day it names the year (`24 Oktober tahun lalu`).
        if (RelativeDates.TryTableEntry(t, k, out var entry, out var after) && entry.Unit is "day" or "week" or "month")
        {
            k = after;
            current = entry.Offset == 0;
            return entry.Offset < 0 ? Tense.Past : entry.Offset > 0 ? Tense.Future : Tense.None;
        }

        return NumericDates.ReadDeictic(t, ref k, out current);
    }
}
