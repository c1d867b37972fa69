using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Dates;

/// <summary>
/// Expressions that start with a number: slash dates (<c>3/9/2025</c>), day-month dates and ranges (<c>3 September
/// 2025</c>, <c>13-15 Juli</c>, <c>30 Agustus hingga 1 September</c>), years and year ranges (<c>pada 2024</c>,
/// <c>2019-2020</c>, <c>2026 atau 2027</c>), decades (<c>1990-an</c>), bare byline clocks and counts of units.
/// </summary>
internal static class NumericDates
{
    /// <param name="t">The sentence.</param>
    /// <param name="i">The number's index.</param>
    /// <param name="preceding">What the recognizer found just before in the sentence.</param>
    /// <param name="c">The expression.</param>
    /// <param name="next">The index after it.</param>
    public static bool TryNumber(TokenView t, int i, Preceding preceding, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        var s = t[i].AsSpan();
        if (s.Contains('/'))
        {
            // A bare d/m may be a fraction or a score; only a d/m/yyyy reads as a date without a weekday in front.
            if (Numerals.TryParseSlash(s, out var f) && f.Year != 0)
            {
                c = DateRecognizer.Calendar(t[i].Start, t[i].End, f);
                next = i + 1;
                return true;
            }

            // "periode 2026/2027", "musim 2024/2025": a span of years, written like `1950/1953` (ANNOTATION.md's range value).
            if (TryYearSpan(s, out var firstYear, out var lastYear))
            {
                c = DateRecognizer.Calendar(t[i].Start, t[i].End, new DateFields(firstYear, 0, 0)) with { To = new DateFields(lastYear, 0, 0) };
                next = i + 1;
                return true;
            }

            return false;
        }

        if (s.Length == 7 && s.EndsWith("0-an", StringComparison.OrdinalIgnoreCase) && Numerals.TryInt(s[..4], out var decade))
        {
            c = new DateCandidate { Start = t[i].Start, End = t[i].End, Kind = CandidateKind.Decade, Amount = decade / 10, Zone = int.MinValue };
            next = i + 1;
            return true;
        }

        if (Numerals.TryParseDotted(s, out var dotted))
        {
            c = DateRecognizer.Calendar(t[i].Start, t[i].End, dotted);
            next = i + 1;
            return true;
        }

        if (s.ContainsAny('.', ':'))
        {
            // `lebih dari 1.800 hari`: a count with a thousands separator before a unit is a length, not a clock.
            return ClockTimes.TryBare(t, i, preceding, out c, out next) ||
                (Numerals.TryGroupedInt(s, out _) && Durations.TryCount(t, i, out c, out next));
        }

        if (!Numerals.TryInt(s, out var n))
        {
            return false;
        }

        if (n is >= 1 and <= 31 && TryDayMonth(t, i, out c, out next))
        {
            return true;
        }

        if (s.Length == 4 && n is >= Numerals.MinYear and <= Numerals.MaxYear)
        {
            var era = YearEras.At(t, i + 1);
            if (era == YearEra.Hijri)
            {
                return false; // `pada 1446 H`: a Hijri year, which no ISO value gives
            }

            if (t.IsRange(i + 1, i) && Numerals.TryYear(t, i + 2, out var last) && last > n)
            {
                c = DateRecognizer.Calendar(t[i].Start, t.EndOf(i + 2), new DateFields(n, 0, 0)) with { To = new DateFields(last, 0, 0) };
                next = i + 3;
                return true;
            }

            // "musim haji 2026 Masehi": the era word makes the number a year; `M` only where a Hijri year stands before it.
            var common = era == YearEra.Common && (YearEras.IsSpelledOut(t, i + 1) || YearEras.HijriBefore(t, i));
            if (common || IsYearContext(t, i, n, preceding))
            {
                var k = era == YearEra.Common ? i + 2 : i + 1;
                var tense = ReadDeictic(t, ref k, out _);
                c = DateRecognizer.Calendar(t[i].Start, t.EndOf(k - 1), new DateFields(n, 0, 0)) with { Tense = tense };
                next = k;
                return true;
            }
        }

        return Durations.TryCount(t, i, out c, out next);
    }

    /// <summary><c>2026/2027</c>: two years of the common range, the second later, joined by a slash in one token.</summary>
    private static bool TryYearSpan(ReadOnlySpan<char> s, out int first, out int last)
    {
        first = 0;
        last = 0;
        return s.Length == 9 && s[4] == '/' && Numerals.TryInt(s[..4], out first) && Numerals.TryInt(s[5..], out last) &&
            first is >= 1900 and <= 2100 && last > first && last <= 2100;
    }

    /// <summary>
    /// Whether a bare four-digit number reads as a year: after a preposition or part word (<c>pada 2024</c>,
    /// <c>pertengahan 2024</c>), in parentheses, before <c>lalu</c>, coordinated with a year just read
    /// (<c>2026 atau 2027</c>), after a word that names a period (<c>Pemilu 2014</c>, <c>APBN 2015</c>), after a
    /// capitalized phrase (<c>Putusan Arbitrase 2016</c>) or ending a noun phrase (<c>kesepakatan nuklir 2015.</c>).
    /// After an acronym it is part of a name (<c>UNCLOS 1982</c>), after identifier words a number (<c>Resolusi 1701</c>);
    /// names the caller knows (<c>Piala Dunia 2022</c>) are left out by <see cref="TemporalTagger"/>.
    /// </summary>
    private static bool IsYearContext(TokenView t, int i, int n, Preceding preceding)
    {
        if (IsCopyrightNotice(t, i))
        {
            return false; // `Copyright © ANTARA 2025`: the year of the page's rights, not of anything the article reports
        }

        var prev = t.Word(i - 1);
        if (prev.Is(WordClass.Prep | WordClass.Part) || t.Is(i - 1, "(") || t.Is(i + 1, "lalu") || t.Is(i + 1, "silam"))
        {
            return true;
        }

        // "2026 atau 2027", "2019 dan 2020"; "dari 2023 ke 2024", where time runs forward (`dari 2023 ke 1500 unit` is a count).
        if (preceding.Year != 0 && preceding.End == i - 1 &&
            (t.Is(i - 1, "atau") || t.Is(i - 1, "dan") || t.Is(i - 1, ",") || (t.Is(i - 1, "ke") && n > preceding.Year)))
        {
            return true;
        }

        // "dibandingkan dengan 2023", "ketimbang 2022": the year a figure is compared with. `dengan` alone stays a count's
        // word (`dengan 2024 suara`); after a comparison word it only joins the year to it.
        if (n is >= 1900 and <= 2100 && (prev.Is(WordClass.Compare) || (t.Is(i - 1, "dengan") && t.Word(i - 2).Is(WordClass.Compare))))
        {
            return true;
        }

        // "Kuota untuk 2026 ditetapkan": the year a plan is for; `untuk 2026 orang` counts people.
        if (n is >= 1900 and <= 2100 && t.Is(i - 1, "untuk") && !t.Word(i + 1).Is(WordClass.CountNoun | WordClass.Unit))
        {
            return true;
        }

        if (n is < 1900 or > 2100 || i == 0 || prev.Is(WordClass.NotYear | WordClass.Approx) || t[i - 1].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return false;
        }

        // "Pemilu 2014", "APBN 2015": the period a budget or an election covers.
        if (prev.Is(WordClass.YearOf))
        {
            return true;
        }

        // An acronym names a treaty or body whose year is part of the name (UNCLOS 1982, UUD 1945); so does a treaty's
        // capitalized name (Konvensi Wina 1961).
        var word = t[i - 1].AsSpan();
        if (IsAcronym(word) || DocumentNames.ClosesTreatyName(t, i))
        {
            return false;
        }

        // "Putusan Arbitrase 2016": a capitalized phrase dated by its year (not a sentence's first word: "Sebanyak 2024
        // orang"); "kesepakatan nuklir 2015.": after a lower-case noun only where the number ends the phrase.
        if (char.IsUpper(word[0]) && i > 1)
        {
            return true;
        }

        return !t.Word(i - 1).Is(WordClass.Number) && (char.IsUpper(word[0]) ? ClauseGoesOn(t, i) :
            i + 1 == t.Length || t[i + 1].Kind == TokenKind.Punctuation || t.Is(i + 1, "yang") || t.Is(i + 1, "ini") || (!LooksLikeVerb(word) && ClauseGoesOn(t, i)));
    }

    /// <summary>
    /// Whether the words after a number at <paramref name="i"/> go on with the clause the way they do after a noun phrase
    /// dated by a year (<c>putusan 1962 bahwa</c>, <c>Putusan 1962 itu</c>, <c>kesepakatan nuklir 2015 berlaku</c>,
    /// <c>krisis keuangan 1998 menghantam</c>): a determiner, <c>bahwa</c>, or a verb, where a count goes on to what it counts
    /// (<c>2015 orang</c>).
    /// </summary>
    private static bool ClauseGoesOn(TokenView t, int i)
    {
        if (i + 1 >= t.Length || t[i + 1].Kind != TokenKind.Word || t.Word(i + 1).Is(WordClass.CountNoun | WordClass.Unit))
        {
            return false;
        }

        var next = t[i + 1].AsSpan();
        return t.Word(i + 1).Is(WordClass.ClauseGoesOn | WordClass.Future | WordClass.Past) || (char.IsLower(next[0]) && LooksLikeVerb(next));
    }

    /// <summary>
    /// Whether a lower-case word carries a verb's prefix (<c>me-</c>, <c>ber-</c>, <c>di-</c>, <c>ter-</c>) and is long enough to
    /// be one: before a number such a word takes a count (<c>menewaskan 1998 orang</c>), after it it goes on with the clause.
    /// </summary>
    internal static bool LooksLikeVerb(ReadOnlySpan<char> word) =>
        word.Length >= 6 && (word.StartsWith("me", StringComparison.OrdinalIgnoreCase) || word.StartsWith("ber", StringComparison.OrdinalIgnoreCase) ||
        word.StartsWith("di", StringComparison.OrdinalIgnoreCase) || word.StartsWith("ter", StringComparison.OrdinalIgnoreCase));

    // `Copyright © ANTARA 2025`, `Hak Cipta ANTARA 2025`: a rights notice a few words before the number.
    private static bool IsCopyrightNotice(TokenView t, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 4; k--)
        {
            if (t.Is(k, "©") || t.Is(k, "Copyright") || (t.Is(k, "Cipta") && t.Is(k - 1, "Hak")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var ch in word)
        {
            if (char.IsLower(ch))
            {
                return false;
            }

            letters += char.IsUpper(ch) ? 1 : 0;
        }

        return letters >= 2;
    }

    /// <summary>
    /// <c>3 September 2025</c>, <c>13-15 Juli</c>, <c>30 Agustus hingga 1 September</c>, <c>22-24 Mei 2017</c>, <c>9 Juni nanti</c>,
    /// <c>7 Mei dini hari</c>, <c>19 September pekan lalu</c>, <c>5 Oktober tahun itu</c>.
    /// </summary>
    public static bool TryDayMonth(TokenView t, int i, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        if (!Numerals.TryInt(t[i].AsSpan(), out var day) || day is < 1 or > 31)
        {
            return false;
        }

        var k = i + 1;
        var endDay = 0;
        if (t.IsRange(k, i) && k + 2 < t.Length && Numerals.TryInt(t[k + 1].AsSpan(), out var d2) && d2 > day && d2 <= 31 && t.Word(k + 2).Month != 0)
        {
            endDay = d2;
            k += 2;
        }

        var month = t.Word(k).Month;
        if (month == 0 && endDay == 0 && TryMonthDashDay(t, k, out var firstMonth, out var lastDay) && t.Word(k + 1).Month is var lastMonth and not 0)
        {
            // "28 Februari-1 Maret 2024": the tokenizer keeps "Februari-1" whole, as UD does a word with a hyphen.
            var after = k + 2;
            var rangeYear = ReadYear(t, ref after);
            c = DateRecognizer.Calendar(t[i].Start, t.EndOf(after - 1), new DateFields(rangeYear, firstMonth, day)) with
            {
                To = new DateFields(rangeYear, lastMonth, lastDay),
            };
            next = after;
            return true;
        }

        if (month == 0)
        {
            return false;
        }

        k++;
        var year = ReadYear(t, ref k);
        var first = new DateFields(year, month, day);
        var to = endDay == 0 ? default : new DateFields(year, month, endDay);
        if (endDay == 0 && t.IsRange(k, i) && k + 2 < t.Length && Numerals.TryInt(t[k + 1].AsSpan(), out var d3) && d3 <= 31 && t.Word(k + 2).Month is var m2 and not 0)
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

        // "5 Oktober tahun itu" (the year the text named last), "24 Oktober tahun lalu" (the document's year moved).
        if (first.Year == 0 && RelativeDates.TryYearWord(t, k, out var yearOffset, out var named, out var afterYear))
        {
            c = DateRecognizer.Calendar(t[i].Start, t[afterYear - 1].End, first) with
            {
                To = to,
                Unit = "year",
                Amount = yearOffset,
                NamedAnchor = named,
            };
            next = afterYear;
            return true;
        }

        var tense = DayTail.Read(t, ref k, to.IsEmpty, out var period, out var current);
        c = DateRecognizer.Calendar(t[i].Start, t.EndOf(k - 1), first) with
        {
            To = to,
            Tense = tense,
            DayPeriod = period,
            Unit = current && year == 0 ? "year" : null,
            Amount = 0,
        };
        next = k;
        return true;
    }

    /// <summary>A month and a day joined by a hyphen in one token (<c>Februari-1</c>), the first half of a range across months.</summary>
    private static bool TryMonthDashDay(TokenView t, int k, out int month, out int day)
    {
        month = 0;
        day = 0;
        if ((uint)k >= (uint)t.Length)
        {
            return false;
        }

        var text = t[k].AsSpan();
        var dash = text.IndexOf('-');
        if (dash <= 0 || !Numerals.TryInt(text[(dash + 1)..], out day) || day is < 1 or > 31)
        {
            return false;
        }

        month = DateLexicon.Default.Find(text[..dash]).Month;
        return month != 0;
    }

    /// <summary>
    /// A year after a month: <c>2025</c>, <c>2025/RMOL</c>, <c>tahun 2025</c> or <c>2025 Masehi</c>; <paramref name="k"/> moves
    /// past it. A Hijri year (<c>1446 H</c>) is none.
    /// </summary>
    public static bool TryYearAfter(TokenView t, ref int k, out int year)
    {
        var at = t.Is(k, "tahun") ? k + 1 : k;
        if (!Numerals.TryYear(t, at, out year) || YearEras.At(t, at + 1) == YearEra.Hijri)
        {
            year = 0;
            return false;
        }

        k = YearEras.At(t, at + 1) == YearEra.Common ? at + 2 : at + 1;
        return true;
    }

    /// <summary>The year after a month, or 0 when there is none (and <paramref name="k"/> stays).</summary>
    public static int ReadYear(TokenView t, ref int k) => TryYearAfter(t, ref k, out var year) ? year : 0;

    /// <summary>
    /// A deictic word that belongs to the expression before it: <c>lalu</c>, <c>silam</c>, <c>kemarin</c> (past),
    /// <c>mendatang</c>, <c>nanti</c> (future), <c>ini</c> (<paramref name="current"/>: the anchor's period).
    /// </summary>
    public static Tense ReadDeictic(TokenView t, ref int k, out bool current)
    {
        current = false;
        if (t.Is(k, "lalu") || t.Is(k, "silam") || t.Is(k, "kemarin"))
        {
            k++;
            return Tense.Past;
        }

        if (t.Is(k, "mendatang") || t.Is(k, "nanti"))
        {
            k++;
            return Tense.Future;
        }

        if (t.Is(k, "ini"))
        {
            k++;
            current = true;
        }

        return Tense.None;
    }
}
