using System.Diagnostics.CodeAnalysis;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Dates;

/// <summary>
/// Dates named relative to the document date (<c>kemarin</c>, <c>pekan depan</c>, <c>tahun lalu</c>, <c>Rabu lalu</c>,
/// <c>siang ini</c>, <c>tadi malam</c>, <c>abad ini</c>) or to a date the text gave before (<c>hari itu</c>,
/// <c>keesokan harinya</c>, <c>hari kedua</c>, <c>tahun itu</c>, <c>bulan yang sama</c>).
/// </summary>
internal static class RelativeDates
{
    /// <summary>A relative expression at <paramref name="i"/>.</summary>
    public static bool TryRelative(TokenView t, int i, out DateCandidate c, out int next)
    {
        if (TryBackReference(t, i, out c, out next) || TryNamedPeriod(t, i, out c, out next) || TryFromTable(t, i, out c, out next))
        {
            return true;
        }

        // "siang ini", "malam ini": today; "tadi pagi" today, "tadi malam" the night before.
        var k = i;
        var offset = 0;
        if (t.Is(i, "tadi"))
        {
            k++;
            offset = t.Is(k, "malam") ? -1 : 0;
        }

        // "dini hari tadi", "tadi dini hari", "dini hari ini": the small hours of today.
        if (t.Is(k, "dini") && t.Is(k + 1, "hari") && (k > i || t.Is(k + 2, "tadi") || t.Is(k + 2, "ini")))
        {
            var end = k > i ? k + 1 : k + 2;
            c = Day(t, i, end, 0) with { DayPeriod = t.Word(k).Unit };
            next = end + 1;
            return true;
        }

        if (t.Word(k).Is(WordClass.DayPeriod) && !t.Is(k, "dini") && (k > i || t.Is(k + 1, "ini")))
        {
            var end = k > i ? k : k + 1;
            c = Day(t, i, end, offset) with { DayPeriod = t.Word(k).Unit };
            next = end + 1;
            return true;
        }

        // "malam tadi", "pagi tadi": "tadi" after the part of the day, as in "tadi malam".
        if (k == i && t.Word(i).Is(WordClass.DayPeriod) && !t.Is(i, "dini") && t.Is(i + 1, "tadi"))
        {
            c = Day(t, i, i + 1, t.Is(i, "malam") ? -1 : 0) with { DayPeriod = t.Word(i).Unit };
            next = i + 2;
            return true;
        }

        // "abad ini" is the 21st century (TIMEX 20), "abad lalu" the 20th.
        if (t.Is(i, "abad") && (t.Is(i + 1, "ini") || t.Is(i + 1, "lalu") || t.Is(i + 1, "depan")))
        {
            c = new DateCandidate
            {
                Start = t[i].Start,
                End = t[i + 1].End,
                Kind = CandidateKind.Relative,
                Unit = "century",
                Amount = t.Is(i + 1, "ini") ? 0 : t.Is(i + 1, "lalu") ? -1 : 1,
                Zone = int.MinValue,
            };
            next = i + 2;
            return true;
        }

        return false;
    }

    /// <summary>
    /// <c>hari itu</c>, <c>hari tersebut</c>, <c>hari yang sama</c>, <c>pagi harinya</c>, <c>keesokan harinya</c>,
    /// <c>hari sebelumnya</c>, <c>hari berikutnya</c>: days counted from the date the text last gave; <c>tahun sebelumnya</c>, <c>bulan
    /// berikutnya</c>, <c>kuartal sebelumnya</c>: the period before or after it.
    /// </summary>
    private static bool TryBackReference(TokenView t, int i, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        int end, amount;
        if (t.Is(i, "hari") && PointsBack(t, i + 1) is var same and >= 0)
        {
            (end, amount) = (same, 0);
        }
        else if (t.Is(i, "hari") && t.Is(i + 1, "sebelumnya") && !t.Is(i - 1, "jauh-jauh") && !t.Is(i - 1, "jauh") && !t.Is(i - 1, "beberapa"))
        {
            (end, amount) = (i + 1, -1); // `naik Rp15.000 dari hari sebelumnya`: the day before the one last dated
        }
        else if (t.Is(i, "hari") && (t.Is(i + 1, "berikutnya") || t.Is(i + 1, "selanjutnya")))
        {
            (end, amount) = (i + 1, 1);
        }
        else if (PeriodUnit(t, i) is { } unit && (t.Is(i + 1, "sebelumnya") || t.Is(i + 1, "berikutnya") || t.Is(i + 1, "selanjutnya")) &&
            !t.IsNumber(i - 1) && t.Word(i - 1).Number == 0)
        {
            // `sepanjang 2024 dibandingkan tahun sebelumnya`, `pada 2019 … pada tahun berikutnya`: the period before or after
            // the one the text named last (ANNOTATION.md: relative dates count from the date they refer back to).
            var offset = t.Is(i + 1, "sebelumnya") ? -1 : 1;
            c = new DateCandidate { Start = t[i].Start, End = t[i + 1].End, Kind = CandidateKind.Anaphoric, Unit = unit, Amount = offset, Zone = int.MinValue };
            next = i + 2;
            return true;
        }
        else if (t.Word(i).Is(WordClass.YearPart) && !t.Is(i, "paruh") && t.Word(i).Unit is { } part &&
            (t.Is(i + 1, "sebelumnya") || t.Is(i + 1, "berikutnya") || t.Is(i + 1, "selanjutnya")) &&
            !t.IsNumber(i - 1) && t.Word(i - 1).Number == 0) // `dua kuartal sebelumnya` counts back two
        {
            // `pada kuartal III-2025 … dibandingkan kuartal sebelumnya`: the quarter (or half) before or after the one the
            // text named last; DateResolver counts from the document date's when none was named.
            var offset = t.Is(i + 1, "sebelumnya") ? -1 : 1;
            c = new DateCandidate { Start = t[i].Start, End = t[i + 1].End, Kind = CandidateKind.Anaphoric, Unit = part, Amount = offset, Zone = int.MinValue };
            next = i + 2;
            return true;
        }
        else if (t.Word(i).Is(WordClass.DayPeriod) && !t.Is(i, "dini") && t.Is(i + 1, "harinya"))
        {
            // `Pagi harinya`, `malam harinya`: a part of the day the text just dated (after a night, the next morning:
            // DateResolver moves it).
            c = new DateCandidate { Start = t[i].Start, End = t[i + 1].End, Kind = CandidateKind.Anaphoric, Unit = "D", Amount = 0, Zone = int.MinValue, DayPeriod = t.Word(i).Unit };
            next = i + 2;
            return true;
        }
        else if (t.Is(i, "keesokan") || t.Is(i, "keesokannya"))
        {
            (end, amount) = (t.Is(i + 1, "harinya") || t.Is(i + 1, "hari") ? i + 1 : i, 1);
        }
        else if (t.Is(i, "hari") && (t.Word(i + 1).Is(WordClass.Ordinal) || ((uint)(i + 1) < (uint)t.Length && Numerals.TryOrdinal(t[i + 1].AsSpan(), out _))))
        {
            // "pada hari kedua": the second day of what the text last dated, counted from its first day.
            var n = t.Word(i + 1).Is(WordClass.Ordinal) ? t.Word(i + 1).Number : Numerals.TryOrdinal(t[i + 1].AsSpan(), out var o) ? o : 1;
            c = new DateCandidate { Start = t[i].Start, End = t[i + 1].End, Kind = CandidateKind.Anaphoric, Unit = "D", Amount = n - 1, Zone = int.MinValue, NeedsReference = true };
            next = i + 2;
            return true;
        }
        else
        {
            return false;
        }

        c = new DateCandidate { Start = t[i].Start, End = t[end].End, Kind = CandidateKind.Anaphoric, Unit = "D", Amount = amount, Zone = int.MinValue };
        next = end + 1;
        return true;
    }

    /// <summary>
    /// The unit of <c>pekan</c>, <c>minggu</c> (in lower case: <c>Minggu</c> is Sunday), <c>bulan</c> or <c>tahun</c> at
    /// <paramref name="i"/>, or null.
    /// </summary>
    private static string? PeriodUnit(TokenView t, int i) =>
        t.Is(i, "tahun") ? "Y" : t.Is(i, "bulan") ? "M" : t.Is(i, "pekan") || ((uint)i < (uint)t.Length && t[i].AsSpan().SequenceEqual("minggu")) ? "W" : null;

    /// <summary>
    /// <c>itu</c>, <c>tersebut</c> or <c>yang sama</c> at <paramref name="k"/>: after <c>hari</c>, <c>bulan</c> or
    /// <c>tahun</c> they point back at a date the text named before. The index of their last word, or -1.
    /// </summary>
    public static int PointsBack(TokenView t, int k) =>
        t.Is(k, "itu") || t.Is(k, "tersebut") ? k : t.Is(k, "yang") && t.Is(k + 1, "sama") ? k + 1 : -1;

    /// <summary>
    /// <c>tahun lalu</c> (or <c>tahun kemarin</c>), <c>tahun ini</c>, <c>tahun depan</c> at <paramref name="k"/>: the year
    /// before, of, or after the anchor's (<paramref name="offset"/>); <c>tahun itu</c>, <c>tahun tersebut</c>, <c>tahun yang sama</c>: the year of
    /// the date the text named last (<paramref name="named"/>). <paramref name="after"/> is the index after the words.
    /// </summary>
    public static bool TryYearWord(TokenView t, int k, out int offset, out NamedAnchor named, out int after)
    {
        offset = 0;
        named = NamedAnchor.None;
        after = k;
        if (!t.Is(k, "tahun"))
        {
            return false;
        }

        if (PointsBack(t, k + 1) is var last and >= 0)
        {
            named = NamedAnchor.Year;
            after = last + 1;
            return true;
        }

        offset = t.Is(k + 1, "lalu") || t.Is(k + 1, "kemarin") ? -1 : t.Is(k + 1, "depan") ? 1 : 0;
        after = k + 2;
        return offset != 0 || t.Is(k + 1, "ini");
    }

    /// <summary>
    /// <c>tahun itu</c>, <c>tahun tersebut</c>, <c>bulan yang sama</c>: the year or month of the date the text named last
    /// (<c>sejak 2018 … tahun itu</c> is 2018), not the document date's.
    /// </summary>
    private static bool TryNamedPeriod(TokenView t, int i, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        var year = t.Is(i, "tahun");
        if (!(year || t.Is(i, "bulan")) || PointsBack(t, i + 1) is not (var last and >= 0))
        {
            return false;
        }

        // After a count it is a stretch or an age, not a date ("dua tahun itu", "berusia 77 tahun itu"); before a year it
        // is a month of another year ("bulan yang sama tahun lalu"), which this single anchor cannot value.
        if (t.IsNumber(i - 1) || t.Word(i - 1).Number != 0 || t.Is(last + 1, "tahun"))
        {
            return false;
        }

        c = new DateCandidate
        {
            Start = t[i].Start,
            End = t[last].End,
            Kind = CandidateKind.Relative,
            Unit = year ? "year" : "month",
            Amount = 0,
            NamedAnchor = year ? NamedAnchor.Year : NamedAnchor.Month,
            Zone = int.MinValue,
        };
        next = last + 1;
        return true;
    }

    /// <summary><c>kemarin</c>, <c>pekan depan</c>, <c>tahun lalu</c>, <c>Rabu lalu</c> from the CLDR table; <c>kemarin (18/5)</c> reads the date.</summary>
    private static bool TryFromTable(TokenView t, int i, out DateCandidate c, out int next)
    {
        c = default;
        if (!TryTableEntry(t, i, out var entry, out next))
        {
            return false;
        }

        if (entry.Unit == "day")
        {
            // "kemarin (18/5)" names its date; "kemarin malam", "besok pagi" keep the day.
            var k = next;
            var period = NamedDates.ReadDayPeriod(t, ref k);
            if (NamedDates.TryParenDate(t, k, out var fields, out var after))
            {
                c = DateRecognizer.Calendar(t[i].Start, t[after - 1].End, fields);
                next = after;
                return true;
            }

            c = Day(t, i, k - 1, entry.Offset) with { DayPeriod = period };
            next = k;
            return true;
        }

        c = new DateCandidate
        {
            Start = t[i].Start,
            End = t[next - 1].End,
            Kind = CandidateKind.Relative,
            Unit = entry.Unit,
            Amount = entry.Offset,
            Weekday = entry.Weekday,
            Zone = int.MinValue,
        };
        return true;
    }

    /// <summary>
    /// The longest fixed phrase of the CLDR table (<c>relative.tsv</c>) that starts at <paramref name="i"/>; <paramref name="next"/>
    /// is the index after it. A period word alone (<c>minggu</c>, <c>bulan</c>) is no such phrase: only a day word is.
    /// </summary>
    public static bool TryTableEntry(TokenView t, int i, [NotNullWhen(true)] out RelativeEntry? entry, out int next)
    {
        entry = null;
        next = i;
        if (!t.Word(i).Is(WordClass.RelativeStart))
        {
            return false;
        }

        foreach (var candidate in t.Lexicon.Relatives(t[i].AsSpan()))
        {
            var k = i + 1;
            var matched = true;
            foreach (var word in candidate.Rest)
            {
                if (!t.Is(k, word))
                {
                    matched = false;
                    break;
                }

                k++;
            }

            // "Minggu" alone, and "minggu" as a noun, are handled by the weekday rule; the table has "minggu ini" etc.
            if (matched && (candidate.Rest.Length > 0 || candidate.Unit == "day"))
            {
                entry = IsSundayName(t, i) && candidate.Unit == "week" ? candidate with { Unit = "weekday", Weekday = 7 } : candidate;
                next = k;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <c>Minggu</c> at <paramref name="i"/> names Sunday, not a week: written with a capital inside the sentence
    /// (after a word or a comma: <c>pada Minggu lalu</c>, <c>terjadi Minggu lalu</c>) before a lower-case word, where a
    /// week is written <c>minggu</c>. At a sentence's start, after a quotation mark, or in a Title-Case headline
    /// (<c>Naik Minggu Lalu</c>) the capital tells nothing, and the table's week stays.
    /// </summary>
    private static bool IsSundayName(TokenView t, int i) =>
        i > 0 && t[i].AsSpan() is "Minggu" && (t[i - 1].Kind == TokenKind.Word || t.Is(i - 1, ",")) &&
        i + 1 < t.Length && char.IsLower(t[i + 1].AsSpan()[0]);

    private static DateCandidate Day(TokenView t, int first, int last, int offset) =>
        new() { Start = t[first].Start, End = t[last].End, Kind = CandidateKind.Relative, Unit = "day", Amount = offset, Zone = int.MinValue };
}
