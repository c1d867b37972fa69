using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Dates;

/// <summary>Patterns that start with a word: relative expressions, weekdays and months.</summary>
internal sealed partial class DateRecognizer
{
    /// <summary><c>kemarin</c>, <c>pekan depan</c>, <c>tahun lalu</c>, <c>Rabu lalu</c>; <c>kemarin (18/5)</c> reads the date.</summary>
    private bool TryRelative(TokenView t, int i, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        if (!t.Word(i).Is(WordClass.RelativeStart))
        {
            return false;
        }

        foreach (var entry in lexicon.Relatives(t[i].AsSpan()))
        {
            var k = i + 1;
            var matched = true;
            foreach (var word in entry.Rest)
            {
                if (!IsText(t, k, word))
                {
                    matched = false;
                    break;
                }

                k++;
            }

            // "Minggu" alone, and "minggu" as a noun, are handled by the weekday rule; the table has "minggu ini" etc.
            if (!matched || entry.Rest.Length == 0 && entry.Unit != "day")
            {
                continue;
            }

            if (entry.Unit == "day" && TryParenDate(t, k, out var fields, out var after))
            {
                c = Calendar(t[i].Start, t[after - 1].End, fields);
                next = after;
                return true;
            }

            c = new DateCandidate
            {
                Start = t[i].Start,
                End = t[k - 1].End,
                Kind = CandidateKind.Relative,
                Unit = entry.Unit,
                Amount = entry.Offset,
                Weekday = entry.Weekday,
                Zone = int.MinValue,
            };
            next = k;
            return true;
        }

        return false;
    }

    /// <summary><c>Rabu (3/9)</c>, <c>Sabtu sore (7/11/2015)</c>, <c>Senin, 2 April 2012</c>, <c>pada Rabu</c>.</summary>
    private bool TryWeekday(TokenView t, int i, WordInfo w, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        var k = i + 1;
        var period = ReadDayPeriod(t, ref k);
        if (TryParenDate(t, k, out var fields, out var after))
        {
            period ??= ReadDayPeriod(t, ref after);
            c = Calendar(t[i].Start, t[after - 1].End, fields) with { Weekday = w.Weekday, DayPeriod = period };
            next = after;
            return true;
        }

        var d = IsText(t, k, ",") ? k + 1 : k;
        if ((uint)d < (uint)t.Length && t[d].Kind == TokenKind.Number && TryInt(t[d].AsSpan(), out var day) && day is >= 1 and <= 31 &&
            TryDayMonth(t, d, out c, out next))
        {
            c = c with { Start = t[i].Start, Weekday = w.Weekday, DayPeriod = period };
            return true;
        }

        // A weekday on its own must be a capitalized name; "Minggu" also needs "pada"/"hari"/"sejak" in front (else: a week).
        var name = t[i].AsSpan();
        if (!char.IsUpper(name[0]))
        {
            return false;
        }

        // "Minggu" as Sunday: not at a sentence start and not after a number ("dua Minggu", weeks); "minggu ini" was read above.
        if (w.Weekday == 7 && (i == 0 || IsSentenceEnd(t[i - 1]) || t[i - 1].Kind == TokenKind.Number || Word(t, i - 1).Number != 0))
        {
            return false;
        }

        // "Senin depan", "Jumat mendatang": the coming one.
        var tense = Tense.None;
        if (period is null && (IsText(t, k, "depan") || IsText(t, k, "mendatang")))
        {
            tense = Tense.Future;
            k++;
        }

        c = Calendar(t[i].Start, t[k - 1].End, default) with { Weekday = w.Weekday, DayPeriod = period, Tense = tense };
        next = k;
        return true;
    }

    /// <summary>A part of day after a weekday (<c>malam</c>, <c>dini hari</c>) as its TIMEX code, advancing <paramref name="k"/>.</summary>
    private string? ReadDayPeriod(TokenView t, ref int k)
    {
        var w = Word(t, k);
        if (!w.Is(WordClass.DayPeriod))
        {
            return null;
        }

        k += IsText(t, k, "dini") && IsText(t, k + 1, "hari") ? 2 : 1;
        return w.Unit;
    }

    /// <summary><c>Juni 2024</c>, <c>September tahun 2023</c>, <c>Januari tahun lalu</c>, <c>Maret lalu</c>, <c>pada Juli</c>.</summary>
    private bool TryMonth(TokenView t, int i, WordInfo w, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        var k = i + 1;

        // "September-Desember 2013", "Januari hingga Maret 2024": a range of months, the year written once at the end.
        var firstYear = ReadYear(t, ref k);
        if (IsRange(t, k) && t.Word(k + 1).Month is var lastMonth and not 0 && !t.Word(k + 1).MonthAbbreviated)
        {
            var k2 = k + 2;
            if (TryYearAfter(t, ref k2, out var lastYear))
            {
                var first = new DateFields(firstYear == 0 ? lastYear - (lastMonth < w.Month ? 1 : 0) : firstYear, w.Month, 0);
                c = Calendar(t[i].Start, t[k2 - 1].End, first) with { To = new DateFields(lastYear, lastMonth, 0) };
                next = k2;
                return true;
            }
        }

        k = i + 1;
        if (TryYearAfter(t, ref k, out var year))
        {
            var tense = ReadTenseWord(t, ref k);
            c = Calendar(t[i].Start, t[k - 1].End, new DateFields(year, w.Month, 0)) with { Tense = tense };
            next = k;
            return true;
        }

        if (IsText(t, k, "tahun") && (IsText(t, k + 1, "lalu") || IsText(t, k + 1, "ini") || IsText(t, k + 1, "depan")))
        {
            var offset = IsText(t, k + 1, "lalu") ? -1 : IsText(t, k + 1, "ini") ? 0 : 1;
            c = Calendar(t[i].Start, t[k + 1].End, new DateFields(0, w.Month, 0)) with { Unit = "year", Amount = offset };
            next = k + 2;
            return true;
        }

        if (w.MonthAbbreviated || !char.IsUpper(t[i].AsSpan()[0]))
        {
            return false;
        }

        var before = Word(t, i - 1);
        var hasTense = IsText(t, k, "lalu") || IsText(t, k, "mendatang") || IsText(t, k, "depan");
        if (!hasTense && !before.Is(WordClass.Prep | WordClass.Part) && !IsText(t, i - 1, "bulan"))
        {
            return false;
        }

        var tenseWord = IsText(t, k, "depan") ? Tense.Future : ReadTenseWord(t, ref k);
        if (IsText(t, k, "depan"))
        {
            k++;
        }

        c = Calendar(t[i].Start, t[k - 1].End, new DateFields(0, w.Month, 0)) with { Tense = tenseWord };
        next = k;
        return true;
    }

    /// <summary><c>(3/9)</c> or <c>(3/9/2025)</c> at <paramref name="k"/>; <paramref name="after"/> is the index after <c>)</c>.</summary>
    private static bool TryParenDate(TokenView t, int k, out DateFields fields, out int after)
    {
        fields = default;
        after = k;
        if (k + 2 >= t.Length || !IsText(t, k, "(") || !IsText(t, k + 2, ")") || !TryParseSlash(t[k + 1].AsSpan(), out fields))
        {
            return false;
        }

        after = k + 3;
        return true;
    }
}
