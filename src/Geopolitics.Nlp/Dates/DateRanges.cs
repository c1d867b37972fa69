namespace Geopolitics.Nlp.Dates;

/// <summary>
/// Two calendar expressions with only a range connective between them are one range (ANNOTATION.md: <c>hingga</c> is
/// kept inside a range): ends written as weekday forms (<c>Sabtu (18/10/2025) hingga Minggu (19/10/2025)</c>,
/// <c>Selasa (7/10) sampai Jumat (10/10)</c>) or with different precision (<c>2020 hingga Maret 2025</c>,
/// <c>Januari 2023 hingga 2024</c>), which the patterns that read a range in one go (<c>13 hingga 15 Juli</c>) leave as
/// two expressions.
/// </summary>
internal static class DateRanges
{
    /// <summary>
    /// Joins <paramref name="first"/>, which ended at token <paramref name="firstEnd"/>, and <paramref name="second"/>, which
    /// starts at token <paramref name="secondStart"/>, when a single connective stands between them and the second end
    /// comes after the first.
    /// </summary>
    public static bool TryJoin(TokenView t, in DateCandidate first, int firstEnd, in DateCandidate second, int secondStart, out DateCandidate joined)
    {
        joined = default;
        if (secondStart - firstEnd != 1 || !t.IsRange(firstEnd) || !IsPoint(first) || !IsPoint(second))
        {
            return false;
        }

        var begin = first.From;
        var end = second.From;
        if (end.Year == 0)
        {
            // Without a written year only two days join (`Selasa (7/10) sampai Jumat (10/10)`): the normalizer dates the
            // first by its weekday and gives the second its year. `2023 hingga Juni` is no range of known ends.
            if (begin.Year != 0 || begin.Day == 0 || end.Day == 0 || end.Month == 0)
            {
                return false;
            }
        }
        else if (begin.Year == 0)
        {
            // `Maret hingga Juni 2025`-like ends with a day or month but no year take the second end's, a year back when
            // the first month comes after the second's.
            if (end.Month == 0)
            {
                return false;
            }

            begin = begin with { Year = begin.Month > end.Month ? end.Year - 1 : end.Year };
        }

        if (!Before(begin, end))
        {
            return false;
        }

        joined = first with { End = second.End, From = begin, To = end, DayPeriod = null };
        return true;
    }

    // A single calendar point: a day, month or year with nothing relative about it (`Januari tahun lalu` is left alone).
    private static bool IsPoint(in DateCandidate c) =>
        c.Kind == CandidateKind.Calendar && c.To.IsEmpty && c.Mod is null && c.Unit is null && c.NamedAnchor == NamedAnchor.None &&
        !c.From.IsEmpty && !c.AfterListedMonth && !c.ComparedMonth;

    // Whether `begin` starts before `end` ends, comparing only the fields both give when a year is missing on both.
    private static bool Before(DateFields begin, DateFields end)
    {
        if (begin.Year != end.Year)
        {
            return begin.Year < end.Year;
        }

        if (begin.Month == 0 || end.Month == 0 || begin.Month != end.Month)
        {
            return (begin.Month == 0) != (end.Month == 0) || begin.Month < end.Month;
        }

        return begin.Day != 0 && end.Day != 0 && begin.Day < end.Day;
    }
}
