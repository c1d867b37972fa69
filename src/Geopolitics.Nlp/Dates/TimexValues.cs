using System.Globalization;

namespace Geopolitics.Nlp.Dates;

/// <summary>A normalized value with the calendar days it covers.</summary>
internal readonly record struct Resolved(string? Value, DateOnly? Begin, DateOnly? End, bool WeekdayMismatch = false);

/// <summary>Formats TIMEX3 values and the first and last days of calendar periods, invariantly.</summary>
internal static class TimexValues
{
    public static Resolved Day(DateOnly d) => new(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d, d);

    public static Resolved Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), first, first.AddMonths(1).AddDays(-1));
    }

    public static Resolved Year(int year) =>
        new(year.ToString("D4", CultureInfo.InvariantCulture), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static Resolved Week(DateOnly anyDay)
    {
        var dt = anyDay.ToDateTime(TimeOnly.MinValue);
        var week = ISOWeek.GetWeekOfYear(dt);
        var year = ISOWeek.GetYear(dt);
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return new(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-W{week:D2}"), monday, monday.AddDays(6));
    }

    public static Resolved Quarter(DateOnly anyDay) => YearPart(anyDay.Year, "Q", ((anyDay.Month - 1) / 3) + 1);

    /// <summary>
    /// Quarter (<paramref name="unit"/> <c>Q</c>) or half (<c>H</c>) number <paramref name="part"/> of a year:
    /// <c>2025-Q2</c>, <c>2024-H1</c>; <c>XXXX-Q2</c> with no year to put it in.
    /// </summary>
    public static Resolved YearPart(int? year, string unit, int part)
    {
        if (year is not { } y)
        {
            return new(string.Create(CultureInfo.InvariantCulture, $"XXXX-{unit}{part}"), null, null);
        }

        var months = unit == "Q" ? 3 : 6;
        var first = new DateOnly(y, ((part - 1) * months) + 1, 1);
        return new(string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{unit}{part}"), first, first.AddMonths(months).AddDays(-1));
    }

    /// <summary>A range from the start of <paramref name="a"/> to the end of <paramref name="b"/>.</summary>
    public static Resolved Range(Resolved a, Resolved b) => new($"{a.Value}/{b.Value}", a.Begin, b.End, a.WeekdayMismatch || b.WeekdayMismatch);

    /// <summary>A value with unknown parts written as X (<c>XXXX-09-03</c>).</summary>
    public static Resolved Partial(DateFields f)
    {
        var year = f.Year == 0 ? "XXXX" : f.Year.ToString("D4", CultureInfo.InvariantCulture);
        if (f.Month == 0)
        {
            return new(year, null, null);
        }

        var month = f.Month.ToString("D2", CultureInfo.InvariantCulture);
        return new(f.Day == 0 ? $"{year}-{month}" : $"{year}-{month}-{f.Day.ToString("D2", CultureInfo.InvariantCulture)}", null, null);
    }

    /// <summary>
    /// A length in two units, the larger first (<c>P3Y6M</c>, <c>PT2H30M</c>, <c>P2DT12H</c>): the time units go after
    /// ISO 8601's <c>T</c>.
    /// </summary>
    public static string Duration(string unit, int amount, string restUnit, int restAmount)
    {
        var first = Duration(unit, amount);
        var rest = Duration(restUnit, restAmount);
        var bothTime = first.StartsWith("PT", StringComparison.Ordinal) && rest.StartsWith("PT", StringComparison.Ordinal);
        return first + rest[(bothTime ? 2 : 1)..];
    }

    /// <summary>
    /// <c>P14Y</c>, <c>PT12H</c>, <c>PXW</c>; counted decades and centuries are written in years (<c>hampir dua dekade</c>
    /// → <c>P20Y</c>), an unspecified number of them keeps the unit (<c>PXDE</c>).
    /// </summary>
    public static string Duration(string unit, int amount)
    {
        if (amount > 0 && unit is "DE" or "CE")
        {
            (unit, amount) = ("Y", amount * (unit == "DE" ? 10 : 100));
        }

        var n = amount < 0 ? "X" : amount.ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            "H" => $"PT{n}H",
            "MIN" => $"PT{n}M",
            "S" => $"PT{n}S",
            _ => $"P{n}{unit}",
        };
    }

    public static string Zone(int minutes)
    {
        var sign = minutes < 0 ? '-' : '+';
        minutes = Math.Abs(minutes);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{minutes / 60:D2}:{minutes % 60:D2}");
    }
}
