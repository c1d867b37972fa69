namespace Geopolitics.Nlp.Dates;

/// <summary>
/// Expressions that start with a weekday or month name: <c>Rabu (3/9)</c>, <c>Senin, 2 April 2012</c>,
/// <c>Jumat malam</c>, <c>Rabu kemarin</c>, <c>Jumat pekan lalu</c>, <c>Juni 2024</c>, <c>September-Desember 2013</c>, <c>Maret lalu</c>,
/// <c>Agustus ini</c>, <c>pada Juli</c>.
/// </summary>
internal static class NamedDates
{
    /// <summary><c>Rabu (3/9)</c>, <c>Sabtu sore (7/11/2015)</c>, <c>Senin, 2 April 2012</c>, <c>Senin, 1/12/2025</c>, <c>Senin (14/11/2022) ini</c>, <c>Rabu (15/10) besok</c>, <c>pada Rabu</c>.</summary>
    public static bool TryWeekday(TokenView t, int i, WordInfo w, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        var k = i + 1;
        if (TryWeekdayRange(t, i, w, out c, out next))
        {
            return true;
        }

        var period = ReadDayPeriod(t, ref k);
        if (TryParenDate(t, k, out var fields, out var after))
        {
            var tense = DayTail.Read(t, ref after, oneDay: true, out var periodAfter, out _);
            c = DateRecognizer.Calendar(t[i].Start, t[after - 1].End, fields) with { Weekday = w.Weekday, DayPeriod = period ?? periodAfter, Tense = tense };
            next = after;
            return true;
        }

        var d = t.Is(k, ",") ? k + 1 : k;
        if (t.IsNumber(d) && NumericDates.TryDayMonth(t, d, out c, out next))
        {
            c = c with { Start = t[i].Start, Weekday = w.Weekday, DayPeriod = period ?? c.DayPeriod };
            return true;
        }

        // `Senin, 1/12/2025` (a byline's date line, often with its clock time after): the weekday is part of the date.
        if ((uint)d < (uint)t.Length && Numerals.TryParseSlash(t[d].AsSpan(), out var slashed) && slashed.Year != 0)
        {
            c = DateRecognizer.Calendar(t[i].Start, t[d].End, slashed) with { Weekday = w.Weekday, DayPeriod = period };
            next = d + 1;
            return true;
        }

        // A weekday on its own must be a capitalized name; "Minggu" also must not be a week ("dua Minggu", a sentence
        // start), unless a part of the day follows ("Minggu malam" is Sunday night; "Minggu lalu" at a start is last week).
        var name = t[i].AsSpan();
        if (!char.IsUpper(name[0]) || (w.Weekday == 7 && ((i == 0 && period is null) || t.IsNumber(i - 1) || t.Word(i - 1).Number != 0)))
        {
            return false;
        }

        // "Jumat pekan lalu", "Rabu minggu depan", "Senin pekan ini": that weekday of the week named.
        if ((t.Is(k, "pekan") || t.Is(k, "minggu")) && WeekOffset(t, k + 1) is { } weeks)
        {
            c = new DateCandidate
            {
                Start = t[i].Start,
                End = t[k + 1].End,
                Kind = CandidateKind.Relative,
                Unit = "weekday-of-week",
                Amount = weeks,
                Weekday = w.Weekday,
                DayPeriod = period,
                Zone = int.MinValue,
            };
            next = k + 2;
            return true;
        }

        // "Senin depan", "Jumat mendatang": the coming one; "Rabu kemarin", "Jumat malam lalu": the last one.
        var direction = Tense.None;
        if (t.Is(k, "depan") || t.Is(k, "mendatang"))
        {
            direction = Tense.Future;
            k++;
        }
        else if (t.Is(k, "kemarin") || (period is not null && t.Is(k, "lalu")))
        {
            direction = Tense.Past;
            k++;
        }

        c = DateRecognizer.Calendar(t[i].Start, t[k - 1].End, default) with { Weekday = w.Weekday, DayPeriod = period, Tense = direction };
        next = k;
        return true;
    }

    /// <summary>
    /// <c>Selasa-Rabu (2-3/12)</c>, <c>Senin - Selasa (1-2/12/2025)</c>: two weekdays and the days they fall on, one range
    /// (ANNOTATION.md: a range is one expression).
    /// </summary>
    private static bool TryWeekdayRange(TokenView t, int i, WordInfo w, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        var k = i + 1;
        if (!t.IsRange(k) || !t.Word(k + 1).Is(WordClass.Weekday) || !t.Is(k + 2, "(") || !t.IsRange(k + 4) || !t.Is(k + 6, ")") ||
            !Numerals.TryInt(t[k + 3].AsSpan(), out var firstDay) || !Numerals.TryParseSlash(t[k + 5].AsSpan(), out var last) ||
            firstDay < 1 || firstDay >= last.Day)
        {
            return false;
        }

        c = DateRecognizer.Calendar(t[i].Start, t[k + 6].End, last with { Day = firstDay }) with { To = last, Weekday = w.Weekday };
        next = k + 7;
        return true;
    }

    // `lalu` the week before the anchor's, `ini` the anchor's own, `depan`, `mendatang`, `berikutnya` the week after.
    private static int? WeekOffset(TokenView t, int k) =>
        t.Is(k, "lalu") ? -1 : t.Is(k, "ini") ? 0 : t.Is(k, "depan") || t.Is(k, "mendatang") || t.Is(k, "berikutnya") ? 1 : null;

    /// <summary>A part of day (<c>malam</c>, <c>dini hari</c>) as its TIMEX code, advancing <paramref name="k"/>.</summary>
    public static string? ReadDayPeriod(TokenView t, ref int k)
    {
        var w = t.Word(k);
        if (!w.Is(WordClass.DayPeriod))
        {
            return null;
        }

        k += t.Is(k, "dini") && t.Is(k + 1, "hari") ? 2 : 1;
        return w.Unit;
    }

    /// <summary>
    /// <c>Juni 2024</c>, <c>September tahun 2023</c>, <c>Januari tahun lalu</c>, <c>Oktober tahun itu</c>, <c>Maret lalu</c>,
    /// <c>Agustus ini</c>, <c>pada Juli</c>, <c>Juli atau Agustus</c>, <c>produksi Agustus</c>.
    /// </summary>
    public static bool TryMonth(TokenView t, int i, WordInfo w, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        var k = i + 1;

        // "March 26, 2025": the English order of an embedded post's date line (— Name (@handle) March 26, 2025).
        if (t.IsNumber(k) && Numerals.TryInt(t[k].AsSpan(), out var usDay) && usDay is >= 1 and <= 31 && t.Is(k + 1, ",") &&
            t.IsNumber(k + 2) && t[k + 2].Length == 4 && Numerals.TryInt(t[k + 2].AsSpan(), out var usYear) && usYear >= 1000)
        {
            c = DateRecognizer.Calendar(t[i].Start, t[k + 2].End, new DateFields(usYear, w.Month, usDay));
            next = k + 3;
            return true;
        }

        // "September-Desember 2013", "Januari hingga Maret 2024": a range of months, the year written once at the end.
        var firstYear = NumericDates.ReadYear(t, ref k);
        if (t.IsRange(k, i) && t.Word(k + 1).Month is var lastMonth and not 0 && !t.Word(k + 1).MonthAbbreviated)
        {
            var k2 = k + 2;
            if (NumericDates.TryYearAfter(t, ref k2, out var lastYear))
            {
                var first = new DateFields(firstYear == 0 ? lastYear - (lastMonth < w.Month ? 1 : 0) : firstYear, w.Month, 0);
                c = DateRecognizer.Calendar(t[i].Start, t.EndOf(k2 - 1), first) with { To = new DateFields(lastYear, lastMonth, 0) };
                next = k2;
                return true;
            }

            // "Agustus-September tahun depan", "Mei-Juni tahun itu": the year named by a word, for both months.
            if (firstYear == 0 && lastMonth > w.Month && RelativeDates.TryYearWord(t, k2, out var offset, out var named, out var after))
            {
                c = DateRecognizer.Calendar(t[i].Start, t[after - 1].End, new DateFields(0, w.Month, 0)) with
                {
                    To = new DateFields(0, lastMonth, 0),
                    Unit = "year",
                    Amount = offset,
                    NamedAnchor = named,
                };
                next = after;
                return true;
            }
        }

        k = i + 1;
        if (NumericDates.TryYearAfter(t, ref k, out var year))
        {
            var yearEnd = k;
            var tense = NumericDates.ReadDeictic(t, ref k, out _);
            var end = k > yearEnd ? t[k - 1].End : t.EndOf(k - 1);
            c = DateRecognizer.Calendar(t[i].Start, end, new DateFields(year, w.Month, 0)) with { Tense = tense };
            next = k;
            return true;
        }

        // "Januari tahun lalu" (the document's year moved), "Oktober tahun itu" (the year the text named last).
        if (RelativeDates.TryYearWord(t, k, out var yearOffset, out var namedYear, out var afterYear))
        {
            c = DateRecognizer.Calendar(t[i].Start, t[afterYear - 1].End, new DateFields(0, w.Month, 0)) with
            {
                Unit = "year",
                Amount = yearOffset,
                NamedAnchor = namedYear,
            };
            next = afterYear;
            return true;
        }

        if (w.MonthAbbreviated || !char.IsUpper(t[i].AsSpan()[0]))
        {
            return false;
        }

        var before = t.Word(i - 1);
        var hasDeictic = t.Is(k, "lalu") || t.Is(k, "mendatang") || t.Is(k, "depan") || t.Is(k, "nanti") || t.Is(k, "ini") || t.Is(k, "kemarin");
        if (!hasDeictic && !before.Is(WordClass.Prep | WordClass.Part) && !t.Is(i - 1, "bulan") && !BareMonths.Accepts(t, i))
        {
            return false;
        }

        if (!hasDeictic && TryListYear(t, i, w, out c))
        {
            next = i + 1;
            return true;
        }

        var current = false;
        var tenseWord = Tense.Future;
        var compared = !hasDeictic && BareMonths.IsCompared(t, i);
        if (t.Is(k, "depan"))
        {
            k++;
        }
        else
        {
            tenseWord = NumericDates.ReadDeictic(t, ref k, out current);
        }

        tenseWord = compared ? Tense.Past : tenseWord;

        c = DateRecognizer.Calendar(t[i].Start, t[k - 1].End, new DateFields(0, w.Month, 0)) with
        {
            Tense = tenseWord,
            Unit = current ? "year" : null,
            Amount = 0,
            AfterListedMonth = !hasDeictic && BareMonths.FollowsListedMonth(t, i),
            ComparedMonth = compared,
        };
        next = k;
        return true;
    }

    /// <summary>
    /// <c>Juli atau Agustus 2025</c>, <c>Mei, Juni, dan Juli tahun lalu</c>: the year written once after a list of months
    /// is the year of each month in it, as after a range (<c>September-Desember 2013</c>).
    /// </summary>
    private static bool TryListYear(TokenView t, int i, WordInfo w, out DateCandidate c)
    {
        c = default;
        var last = BareMonths.LastOfList(t, i);
        if (last == i)
        {
            return false;
        }

        var k = last + 1;
        if (NumericDates.TryYearAfter(t, ref k, out var year))
        {
            c = DateRecognizer.Calendar(t[i].Start, t[i].End, new DateFields(year, w.Month, 0));
            return true;
        }

        if (RelativeDates.TryYearWord(t, k, out var offset, out var named, out _))
        {
            c = DateRecognizer.Calendar(t[i].Start, t[i].End, new DateFields(0, w.Month, 0)) with { Unit = "year", Amount = offset, NamedAnchor = named };
            return true;
        }

        return false;
    }

    /// <summary><c>(3/9)</c> or <c>(3/9/2025)</c> at <paramref name="k"/>; <paramref name="after"/> is the index after <c>)</c>.</summary>
    public static bool TryParenDate(TokenView t, int k, out DateFields fields, out int after)
    {
        fields = default;
        after = k;
        if (k + 2 >= t.Length || !t.Is(k, "(") || !t.Is(k + 2, ")") || !Numerals.TryParseSlash(t[k + 1].AsSpan(), out fields))
        {
            return false;
        }

        after = k + 3;
        return true;
    }
}
