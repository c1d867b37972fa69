using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Dates;

/// <summary>Patterns that start with a number: day-month dates, years, year ranges, decades, durations, clock times.</summary>
internal sealed partial class DateRecognizer
{
    private const int MinYear = 1000;
    private const int MaxYear = 2199;

    private bool TryNumber(TokenView t, int i, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        var s = t[i].AsSpan();
        if (s.Contains('/'))
        {
            // A bare d/m may be a fraction or a score; only a d/m/yyyy reads as a date without a weekday in front.
            if (TryParseSlash(s, out var f) && f.Year != 0)
            {
                c = Calendar(t[i].Start, t[i].End, f);
                next = i + 1;
                return true;
            }

            return false;
        }

        if (s.Length == 7 && s.EndsWith("0-an", StringComparison.OrdinalIgnoreCase) && TryInt(s[..4], out var decade))
        {
            c = new DateCandidate { Start = t[i].Start, End = t[i].End, Kind = CandidateKind.Decade, Amount = decade / 10, Zone = int.MinValue };
            next = i + 1;
            return true;
        }

        if (!TryInt(s, out var n))
        {
            return false;
        }

        if (n is >= 1 and <= 31 && TryDayMonth(t, i, out c, out next))
        {
            return true;
        }

        if (s.Length == 4 && n is >= MinYear and <= MaxYear)
        {
            if (IsRange(t, i + 1) && TryYear(t, i + 2, out var last) && last > n)
            {
                c = Calendar(t[i].Start, t[i + 2].End, new DateFields(n, 0, 0)) with { To = new DateFields(last, 0, 0) };
                next = i + 3;
                return true;
            }

            if (IsYearContext(t, i, n))
            {
                var k = i + 1;
                var tense = ReadTenseWord(t, ref k);
                c = Calendar(t[i].Start, t[k - 1].End, new DateFields(n, 0, 0)) with { Tense = tense };
                next = k;
                return true;
            }
        }

        return TryDuration(t, i, n, out c, out next);
    }

    /// <summary>
    /// Whether a bare four-digit number reads as a year: after a preposition or part word (<c>pada 2024</c>,
    /// <c>pertengahan 2024</c>), in parentheses, before <c>lalu</c>, or after a capitalized name (<c>Pemilu 2014</c>,
    /// <c>APBN 2015</c>) that is not an identifier word (<c>Resolusi 1701</c>).
    /// </summary>
    private bool IsYearContext(TokenView t, int i, int n)
    {
        var prev = Word(t, i - 1);
        if (prev.Is(WordClass.Prep | WordClass.Part) || IsText(t, i - 1, "(") || IsText(t, i + 1, "lalu") || IsText(t, i + 1, "silam"))
        {
            return true;
        }

        if (n is < 1900 or > 2100 || i == 0 || prev.Is(WordClass.NotYear) || t[i - 1].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return false;
        }

        // The capital must mark a name, not the start of a sentence ("Sebanyak 2024 orang").
        var sentenceStart = i == 1 || IsSentenceEnd(t[i - 2]);
        return char.IsUpper(t[i - 1].AsSpan()[0]) && !sentenceStart;
    }

    /// <summary><c>3 September 2025</c>, <c>13-15 Juli</c>, <c>30 Agustus hingga 1 September</c>, <c>22-24 Mei 2017</c>.</summary>
    private bool TryDayMonth(TokenView t, int i, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        TryInt(t[i].AsSpan(), out var day);
        var k = i + 1;
        var endDay = 0;
        if (IsRange(t, k) && k + 2 < t.Length && TryInt(t[k + 1].AsSpan(), out var d2) && d2 > day && d2 <= 31 && Word(t, k + 2).Month != 0)
        {
            endDay = d2;
            k += 2;
        }

        var month = Word(t, k).Month;
        if (month == 0)
        {
            return false;
        }

        k++;
        var year = ReadYear(t, ref k);
        var first = new DateFields(year, month, day);
        var to = endDay == 0 ? default : new DateFields(year, month, endDay);
        if (endDay == 0 && IsRange(t, k) && k + 2 < t.Length && TryInt(t[k + 1].AsSpan(), out var d3) && d3 <= 31 && Word(t, k + 2).Month is var m2 and not 0)
        {
            var k2 = k + 3;
            var y2 = ReadYear(t, ref k2);
            to = new DateFields(y2, m2, d3);
            if (year == 0)
            {
                first = first with { Year = y2 };
            }

            k = k2;
        }

        var tense = ReadTenseWord(t, ref k);
        c = Calendar(t[i].Start, t[k - 1].End, first) with { To = to, Tense = tense };
        next = k;
        return true;
    }

    /// <summary>A year after a month: <c>2025</c> or <c>tahun 2025</c>; 0 when there is none (and <paramref name="k"/> stays).</summary>
    private bool TryYearAfter(TokenView t, ref int k, out int year)
    {
        if (TryYear(t, k, out year))
        {
            k++;
            return true;
        }

        if (IsText(t, k, "tahun") && TryYear(t, k + 1, out year))
        {
            k += 2;
            return true;
        }

        return false;
    }

    private int ReadYear(TokenView t, ref int k) => TryYearAfter(t, ref k, out var year) ? year : 0;

    /// <summary>A trailing <c>lalu</c> / <c>mendatang</c> that belongs to the expression (<c>November 2017 lalu</c>).</summary>
    private static Tense ReadTenseWord(TokenView t, ref int k)
    {
        if (IsText(t, k, "lalu") || IsText(t, k, "silam"))
        {
            k++;
            return Tense.Past;
        }

        if (IsText(t, k, "mendatang"))
        {
            k++;
            return Tense.Future;
        }

        return Tense.None;
    }

    private static bool TryYear(TokenView t, int i, out int year)
    {
        year = 0;
        return (uint)i < (uint)t.Length && t[i].Kind == TokenKind.Number && t[i].Length == 4 &&
            TryInt(t[i].AsSpan(), out year) && year is >= MinYear and <= MaxYear;
    }

    private static bool IsRange(TokenView t, int i) => t.Word(i).Is(WordClass.Range);

    /// <summary><c>14 tahun</c>, <c>dua hari kemudian</c>, <c>tiga tahun lalu</c>, <c>beberapa hari</c>; not <c>80 tahun berakhirnya</c>.</summary>
    private bool TryDuration(TokenView t, int i, int amount, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        var unit = Word(t, i + 1);
        if (!unit.Is(WordClass.Unit) || unit.Unit is null || amount == 0)
        {
            return false;
        }

        // An anniversary or an age counts years, it does not name a span of time.
        var before = i > 0 ? t[i - 1].AsSpan() : default;
        if (before.Equals("HUT", StringComparison.OrdinalIgnoreCase) || before.Equals("peringatan", StringComparison.OrdinalIgnoreCase) ||
            before.Equals("usia", StringComparison.OrdinalIgnoreCase) || before.Equals("berusia", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var k = i + 2;
        var after = Word(t, k);
        var start = t[i].Start;
        if (after.Is(WordClass.Anaphor))
        {
            c = new DateCandidate { Start = start, End = t[k].End, Kind = CandidateKind.Anaphoric, Unit = unit.Unit, Amount = amount, Zone = int.MinValue };
            next = k + 1;
            return true;
        }

        var lastPast = IsText(t, k, "yang") && IsText(t, k + 1, "lalu") ? k + 1 : IsText(t, k, "lalu") || IsText(t, k, "silam") ? k : -1;
        if (lastPast > 0 || IsText(t, k, "lagi"))
        {
            var end = lastPast > 0 ? lastPast : k;
            var offset = amount < 0 ? int.MinValue : lastPast > 0 ? -amount : amount;
            c = new DateCandidate { Start = start, End = t[end].End, Kind = CandidateKind.Relative, Unit = unit.Unit, Amount = offset, Tense = lastPast > 0 ? Tense.Past : Tense.Future, Zone = int.MinValue };
            next = end + 1;
            return true;
        }

        if ((uint)k < (uint)t.Length && t[k].Kind == TokenKind.Word && after.Classes == WordClass.None)
        {
            var w = t[k].AsSpan();
            if (w.Length > 5 && w.EndsWith("nya", StringComparison.OrdinalIgnoreCase) && (w.StartsWith("ber", StringComparison.OrdinalIgnoreCase) || w.StartsWith("ke", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        c = new DateCandidate { Start = start, End = t[i + 1].End, Kind = CandidateKind.Duration, Unit = unit.Unit, Amount = amount, Zone = int.MinValue };
        next = i + 2;
        return true;
    }

    /// <summary><c>pukul 09.23 WIB</c>, <c>pukul 21.22 waktu setempat</c>, <c>pukul 8 pagi</c>.</summary>
    private bool TryTime(TokenView t, int i, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        if (i + 1 >= t.Length || t[i + 1].Kind != TokenKind.Number)
        {
            return false;
        }

        var s = t[i + 1].AsSpan();
        var sep = s.IndexOfAny('.', ':');
        int hour, minute = 0;
        if (sep < 0 ? !TryInt(s, out hour) : !TryInt(s[..sep], out hour) || !TryInt(s[(sep + 1)..], out minute) || s.Length - sep != 3)
        {
            return false;
        }

        if (hour > 24 || minute > 59 || (sep < 0 && IsText(t, i, "jam")))
        {
            return false;
        }

        var k = i + 2;
        var period = Word(t, k);
        if (period.Is(WordClass.DayPeriod))
        {
            if (period.Unit is "AF" or "EV" or "NI" && hour is >= 1 and < 12 && !(period.Unit == "NI" && hour < 4))
            {
                hour += 12;
            }

            k++;
        }

        var zone = int.MinValue;
        if (Word(t, k).Is(WordClass.Zone))
        {
            zone = Word(t, k).Zone;
            k++;
        }
        else if (IsText(t, k, "waktu") && IsText(t, k + 1, "setempat"))
        {
            k += 2;
        }

        c = new DateCandidate { Start = t[i].Start, End = t[k - 1].End, Kind = CandidateKind.Time, Hour = hour, Minute = minute, Zone = zone };
        next = k;
        return true;
    }

    private static bool TryParseSlash(ReadOnlySpan<char> s, out DateFields fields)
    {
        fields = default;
        var a = s.IndexOf('/');
        if (a <= 0)
        {
            return false;
        }

        var rest = s[(a + 1)..];
        var b = rest.IndexOf('/');
        var monthPart = b < 0 ? rest : rest[..b];
        if (!TryInt(s[..a], out var day) || !TryInt(monthPart, out var month) || day is < 1 or > 31 || month is < 1 or > 12 || a > 2 || monthPart.Length > 2)
        {
            return false;
        }

        var year = 0;
        if (b >= 0)
        {
            var y = rest[(b + 1)..];
            if (!TryInt(y, out year) || y.Length is not (2 or 4))
            {
                return false;
            }

            year = y.Length == 2 ? 2000 + year : year;
        }

        fields = new DateFields(year, month, day);
        return true;
    }

    /// <summary><c>ke-20</c> → 20.</summary>
    private static bool TryOrdinal(ReadOnlySpan<char> s, out int n)
    {
        n = 0;
        return s.StartsWith("ke-", StringComparison.OrdinalIgnoreCase) && TryInt(s[3..], out n) && n is > 0 and < 30;
    }

    private static bool TryInt(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > 4)
        {
            return false;
        }

        foreach (var ch in s)
        {
            if (ch is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (ch - '0');
        }

        return true;
    }
}
