namespace Geopolitics.Nlp.Dates;

/// <summary>
/// Recurrences, TIMEX3 SET: <c>setiap tahun</c> (P1Y), <c>tiap Senin</c> (XXXX-WXX-1), <c>sepekan sekali</c>, and
/// weekdays listed after <c>setiap</c> (<c>setiap Senin dan Kamis</c>).
/// </summary>
internal static class Recurrences
{
    /// <summary>
    /// <c>setiap hari</c> (P1D), <c>tiap tahun</c> (P1Y), <c>setiap dua tahun</c> (P2Y), <c>tiap Senin</c>
    /// (XXXX-WXX-1), <c>setiap hari Jumat</c>; <c>sepekan sekali</c> (P1W), <c>dua kali setahun</c> (P1Y).
    /// </summary>
    public static bool TrySet(TokenView t, int i, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        if (t.Word(i).Is(WordClass.SeUnit) && i > 0 && (t.Is(i - 1, "kali") || t.Is(i - 1, "sekali")))
        {
            // "dua kali setahun", "sekali sebulan": a frequency per unit recurs every unit.
            var first = i - 1;
            if (t.Is(i - 1, "kali") && i > 1 && (t.IsNumber(i - 2) || (Numerals.TryWords(t, i - 2, out _, out var afterCount) && afterCount == i - 1)))
            {
                first = i - 2;
            }

            c = Recurrence(t, first, i, t.Word(i).Unit!, 1, 0);
            next = i + 1;
            return true;
        }

        if (t.Word(i).Is(WordClass.SeUnit) && t.Is(i + 1, "sekali"))
        {
            c = Recurrence(t, i, i + 1, t.Word(i).Unit!, 1, 0);
            next = i + 2;
            return true;
        }

        if (!t.Word(i).Is(WordClass.Every))
        {
            return false;
        }

        var k = i + 1;
        var weekdayAt = t.Is(k, "hari") && t.Word(k + 1).Is(WordClass.Weekday) ? k + 1 : k;
        if (t.Word(weekdayAt).Is(WordClass.Weekday))
        {
            c = WeekdayRecurrence(t, i, weekdayAt, out next);
            return true;
        }

        var amount = 1;
        var unitIndex = k;
        if (t.IsNumber(k))
        {
            if (!Numerals.TryInt(t[k].AsSpan(), out amount))
            {
                return false;
            }

            unitIndex = k + 1;
        }
        else if (Numerals.TryWords(t, k, out var words, out var afterWords))
        {
            amount = words;
            unitIndex = afterWords;
        }

        var unit = t.Word(unitIndex);
        if (amount <= 0 || !unit.Is(WordClass.Unit) || unit.Is(WordClass.SeUnit) || unit.Unit is null)
        {
            return false;
        }

        c = Recurrence(t, i, unitIndex, unit.Unit, amount, 0);
        next = unitIndex + 1;
        return true;
    }

    /// <summary>
    /// The next weekday of a list after <c>setiap</c> (<c>setiap Rabu dan Sabtu</c>, <c>tiap Senin, Rabu, dan Jumat</c>):
    /// it recurs like the first, a SET of its own (ANNOTATION.md: coordinated dates are separate expressions).
    /// </summary>
    public static bool TryListedWeekday(TokenView t, int i, Preceding preceding, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        var join = t.Is(i - 1, "dan") || t.Is(i - 1, "atau") || t.Is(i - 1, "serta") || t.Is(i - 1, ",");
        if (!preceding.WeekdaySet || !join || !char.IsUpper(t[i].AsSpan()[0]) ||
            !(preceding.End == i - 1 || (preceding.End == i - 2 && t.Is(i - 2, ","))))
        {
            return false;
        }

        c = WeekdayRecurrence(t, i, i, out next);
        return true;
    }

    /// <summary>
    /// A weekday that recurs, from <paramref name="first"/> (<c>setiap</c>) to the weekday at <paramref name="weekdayAt"/> and
    /// a part of the day after it (<c>setiap Kamis pagi</c>); the value is the weekday's, as a part of day is left out of
    /// dates (README: the scorer-facing value has no part-of-day code).
    /// </summary>
    private static DateCandidate WeekdayRecurrence(TokenView t, int first, int weekdayAt, out int next)
    {
        next = weekdayAt + 1;
        var period = NamedDates.ReadDayPeriod(t, ref next);
        return Recurrence(t, first, next - 1, null, 0, t.Word(weekdayAt).Weekday) with { DayPeriod = period };
    }

    private static DateCandidate Recurrence(TokenView t, int first, int last, string? unit, int amount, int weekday) => new()
    {
        Start = t[first].Start,
        End = t.EndOf(last),
        Kind = CandidateKind.Set,
        Unit = unit,
        Amount = amount,
        Weekday = weekday,
        Zone = int.MinValue,
    };
}
