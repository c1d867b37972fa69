using System.Globalization;

namespace Geopolitics.Nlp.Dates;

/// <summary>
/// Turns recognized fields into TIMEX3 values against an anchor (the document date). A missing year takes the nearest
/// reading that fits the weekday and the tense; without an anchor, partial values stay partial (<c>XXXX-09-03</c>).
/// </summary>
internal static class DateNormalizer
{
    /// <summary>How far from the anchor a weekday may move a year-less date (<c>Rabu (3/9)</c>).</summary>
    private const int WeekdaySearchYears = 6;

    /// <summary>
    /// Resolves <paramref name="candidate"/>; <paramref name="previous"/> is the date it refers back to (the reference
    /// of <c>dua hari kemudian</c>, the day of a bare clock time). Returns false for impossible dates such as <c>31/2/2024</c>.
    /// </summary>
    public static bool TryResolve(in DateCandidate candidate, DateOnly? anchor, DateOnly? previous, out Resolved resolved)
    {
        resolved = default;
        switch (candidate.Kind)
        {
            case CandidateKind.Duration:
                resolved = new Resolved(
                    candidate.RestUnit is { } rest ? TimexValues.Duration(candidate.Unit!, candidate.Amount, rest, candidate.RestAmount) : TimexValues.Duration(candidate.Unit!, candidate.Amount),
                    null,
                    null);
                return true;
            case CandidateKind.Century:
                resolved = new Resolved((candidate.Amount - 1).ToString("D2", CultureInfo.InvariantCulture), null, null);
                return true;
            case CandidateKind.Decade:
                resolved = new Resolved(candidate.Amount.ToString("D3", CultureInfo.InvariantCulture), new DateOnly(candidate.Amount * 10, 1, 1), new DateOnly((candidate.Amount * 10) + 9, 12, 31));
                return true;
            case CandidateKind.Set:
                resolved = new Resolved(candidate.Weekday != 0 ? string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{candidate.Weekday}") : TimexValues.Duration(candidate.Unit!, candidate.Amount), null, null);
                return true;
            case CandidateKind.Time:
                return TryTime(candidate, anchor, previous, out resolved);
            case CandidateKind.Relative:
                resolved = anchor is { } a ? Relative(candidate, a) : new Resolved(null, null, null);
                return true;
            case CandidateKind.YearPart:
                resolved = TimexValues.YearPart(candidate.From.Year != 0 ? candidate.From.Year : anchor?.Year + candidate.YearShift, candidate.Unit!, candidate.Amount);
                return true;
            case CandidateKind.Anaphoric:
                var reference = previous ?? anchor;
                resolved = reference is { } r ? Shift(r, candidate.Unit!, candidate.Amount) : new Resolved(null, null, null);
                return true;
            default:
                return TryCalendar(candidate, anchor, out resolved);
        }
    }

    private static bool TryCalendar(in DateCandidate c, DateOnly? anchor, out Resolved resolved)
    {
        var first = c.From;
        if (c.Unit == "year")
        {
            // "Januari tahun lalu": the year is relative to the anchor.
            first = anchor is { } a ? first with { Year = a.Year + c.Amount } : first;
        }

        if (first.IsEmpty)
        {
            // A weekday alone ("pada Rabu"): the nearest such day, forward when the context looks ahead.
            resolved = anchor is { } a ? TimexValues.Day(NearestWeekday(a, c.Weekday, c.Tense)) :
                new Resolved(string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{c.Weekday}"), null, null);
            return true;
        }

        if (!TryPoint(first, c.Weekday, c.Tense, anchor, out resolved))
        {
            return false;
        }

        if (c.To.IsEmpty)
        {
            return true;
        }

        var to = c.To;
        if (to.Year == 0 && resolved.Begin is { } begin)
        {
            to = to with { Year = begin.Year };
            if (to.Month < begin.Month)
            {
                to = to with { Year = begin.Year + 1 };
            }
        }

        if (!TryPoint(to, 0, Tense.None, null, out var end))
        {
            return false;
        }

        resolved = TimexValues.Range(resolved, end);
        return true;
    }

    private static bool TryPoint(DateFields f, int weekday, Tense tense, DateOnly? anchor, out Resolved resolved)
    {
        resolved = default;
        if (f.Month == 0)
        {
            resolved = TimexValues.Year(f.Year);
            return true;
        }

        if (f.Year != 0)
        {
            if (f.Day == 0)
            {
                resolved = TimexValues.Month(f.Year, f.Month);
                return true;
            }

            if (f.Day > DateTime.DaysInMonth(f.Year, f.Month))
            {
                return false;
            }

            var date = new DateOnly(f.Year, f.Month, f.Day);
            resolved = TimexValues.Day(date) with { WeekdayMismatch = weekday != 0 && IsoWeekday(date) != weekday };
            return true;
        }

        if (f.Day > 0 && f.Day > DateTime.DaysInMonth(2024, f.Month))
        {
            return false;
        }

        if (anchor is not { } a)
        {
            resolved = TimexValues.Partial(f);
            return true;
        }

        if (f.Day == 0)
        {
            resolved = TimexValues.Month(NearestYear(a, f.Month, 1, tense, 0, monthOnly: true), f.Month);
            return true;
        }

        var year = NearestYear(a, f.Month, f.Day, tense, weekday, monthOnly: false);
        var mismatch = weekday != 0 && year < 0;
        year = Math.Abs(year);
        var day = new DateOnly(year, f.Month, Math.Min(f.Day, DateTime.DaysInMonth(year, f.Month)));
        if (day.Day != f.Day)
        {
            return false;
        }

        resolved = TimexValues.Day(day) with { WeekdayMismatch = mismatch };
        return true;
    }

    /// <summary>
    /// The year that puts month/day nearest the anchor, among those the tense allows and (when given) the weekday fits.
    /// Negative when a weekday was given and no nearby year fits it (a mismatch): the plain nearest year, negated.
    /// </summary>
    private const int DaysInYear = 366;

    private static int NearestYear(DateOnly a, int month, int day, Tense tense, int weekday, bool monthOnly)
    {
        var best = 0;
        var bestDistance = int.MaxValue;
        var range = weekday != 0 ? WeekdaySearchYears : 1;
        for (var pass = 0; pass < 2 && best == 0; pass++)
        {
            for (var y = a.Year - range; y <= a.Year + range; y++)
            {
                if (day > DateTime.DaysInMonth(y, month))
                {
                    continue;
                }

                var date = new DateOnly(y, month, day);
                var last = monthOnly ? date.AddMonths(1).AddDays(-1) : date;
                var distance = Math.Abs(date.DayNumber - a.DayNumber);
                // The tense is a weaker hint than a weekday: it only chooses among the years within one of the anchor
                // (`akan membalas, Jumat (2/8)` in August 2019 is that Friday, not the next 2 August that is a Friday).
                if ((pass == 0 && tense == Tense.Past && date > a) || (pass == 0 && tense == Tense.Future && last < a) ||
                    (pass == 0 && weekday != 0 && distance > DaysInYear) ||
                    (weekday != 0 && IsoWeekday(date) != weekday) || distance >= bestDistance)
                {
                    continue;
                }

                best = y;
                bestDistance = distance;
            }
        }

        return best != 0 ? best : -NearestYear(a, month, day, tense, 0, monthOnly);
    }

    private static DateOnly NearestWeekday(DateOnly a, int weekday, Tense tense)
    {
        var delta = weekday - IsoWeekday(a);
        return tense == Tense.Future ? a.AddDays(delta >= 0 ? delta : delta + 7) : a.AddDays(delta <= 0 ? delta : delta - 7);
    }

    private static Resolved Relative(in DateCandidate c, DateOnly a)
    {
        if (c.RangeAmount != 0)
        {
            // "tiga hingga empat hari lagi": from the nearer count's day to the farther's, in time order.
            var one = Relative(c with { Amount = c.RangeAmount, RangeAmount = 0 }, a);
            var other = Relative(c with { RangeAmount = 0 }, a);
            return one.Begin <= other.Begin ? TimexValues.Range(one, other) : TimexValues.Range(other, one);
        }

        if (c.Exact)
        {
            // "lebih sepekan lalu": the day itself, seven days back.
            return TimexValues.Day(c.Unit switch
            {
                "W" => a.AddDays(7 * c.Amount),
                "M" => a.AddMonths(c.Amount),
                "Y" => a.AddYears(c.Amount),
                _ => a.AddDays(c.Amount),
            });
        }

        return c.Unit switch
        {
            "century" => new Resolved(((a.Year / 100) + c.Amount).ToString("D2", CultureInfo.InvariantCulture), null, null),
            "weekday" => TimexValues.Day(c.Amount switch
            {
                < 0 => NearestWeekday(a.AddDays(-1), c.Weekday, Tense.Past),
                > 0 => NearestWeekday(a.AddDays(1), c.Weekday, Tense.Future),
                _ => a.AddDays(c.Weekday - IsoWeekday(a)),
            }),
            "weekday-of-week" => TimexValues.Day(a.AddDays((7 * c.Amount) + c.Weekday - IsoWeekday(a))),
            "quarter" => TimexValues.Quarter(a.AddMonths(3 * c.Amount)),
            "weekend" => TimexValues.Week(a.AddDays(7 * c.Amount)) is var w ? w with { Value = w.Value + "-WE", Begin = w.End!.Value.AddDays(-1) } : default,
            _ => Shift(a, c.Unit!, c.Amount),
        };
    }

    /// <summary>The period <paramref name="amount"/> units from <paramref name="a"/>, at the unit's granularity.</summary>
    private static Resolved Shift(DateOnly a, string unit, int amount) => unit switch
    {
        "day" or "D" => TimexValues.Day(a.AddDays(amount)),
        "week" or "W" => TimexValues.Week(a.AddDays(7 * amount)),
        "month" or "M" => TimexValues.Month(a.AddMonths(amount).Year, a.AddMonths(amount).Month),
        "year" or "Y" => TimexValues.Year(a.Year + amount),
        "DE" => TimexValues.Year(a.Year + (10 * amount)),
        "Q" => TimexValues.Quarter(a.AddMonths(3 * amount)),
        "H" => TimexValues.YearPart(a.AddMonths(6 * amount).Year, "H", a.AddMonths(6 * amount).Month <= 6 ? 1 : 2),
        _ => new Resolved(amount < 0 ? "PAST_REF" : "FUTURE_REF", null, null),
    };

    /// <summary>
    /// A clock time on the day written with it (<c>pukul 02.00 dini hari 5 Mei</c>), else on <paramref name="day"/> (the
    /// date it belongs to) or the anchor, moved by its day word (<c>kemarin</c>).
    /// </summary>
    private static bool TryTime(in DateCandidate c, DateOnly? anchor, DateOnly? day, out Resolved resolved)
    {
        resolved = default;
        if (!c.From.IsEmpty)
        {
            if (!TryPoint(c.From, 0, c.Tense, anchor, out var written))
            {
                return false;
            }

            day = written.Begin;
        }
        else if ((day ?? anchor) is { } d)
        {
            day = d.AddDays(c.DayOffset);
        }

        resolved = Time(c, day);
        return true;
    }

    private static Resolved Time(in DateCandidate c, DateOnly? day)
    {
        var date = day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "XXXX-XX-XX";
        var zone = c.Zone == int.MinValue ? string.Empty : TimexValues.Zone(c.Zone);
        var seconds = c.Second is { } second ? string.Create(CultureInfo.InvariantCulture, $":{second:D2}") : string.Empty;
        return new Resolved(string.Create(CultureInfo.InvariantCulture, $"{date}T{c.Hour:D2}:{c.Minute:D2}{seconds}{zone}"), day, day);
    }

    private static int IsoWeekday(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;
}
