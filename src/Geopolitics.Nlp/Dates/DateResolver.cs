using System.Collections.Immutable;

namespace Geopolitics.Nlp.Dates;

/// <summary>
/// Resolves recognized expressions in text order against the document date and against each other: a clock time
/// joins the date written right before it (<c>Rabu (3/9) pukul 21.00</c>, <c>14/11/2022, 07:09 WIB</c>) or takes the
/// day of the last date in its sentence or the one before; <c>dua hari kemudian</c> and <c>hari itu</c> count from the
/// last day the narrative gave, and <c>dua tahun kemudian</c> after <c>pada 2020</c> (or <c>dua bulan kemudian</c> after
/// <c>Desember 2024</c>) from that year or month; <c>Oktober tahun itu</c> and <c>bulan yang sama</c> take the year or month
/// of the date the text named last, and <c>hari kedua</c> counts inside the range of days it named last; <c>kemarin</c> in
/// a quotation counts from the day its attribution gives.
/// </summary>
internal static class DateResolver
{
    /// <summary>How many sentences back a bare clock time looks for its day (ANNOTATION.md: the same or the previous one).</summary>
    private const int ClockReach = 1;

    /// <summary>
    /// How far back a clock time inside a quotation looks: a quote after a narrative's lines retells them in the speaker's
    /// words (<c>… dilakukan pada Senin 28 Februari … . Proses … . "Rombongan berangkat … pukul 11.30 …," kata Menlu</c>).
    /// </summary>
    private const int QuotedClockReach = 2;

    /// <summary>How many characters before a clock time are read for the quotation mark that opens its line.</summary>
    private const int QuoteLookBack = 400;

    /// <summary>Resolves <paramref name="candidates"/>; impossible dates (<c>31/2/2024</c>) and vague ones are dropped.</summary>
    public static ImmutableArray<TemporalExpression> Resolve(
        string text, List<DateCandidate> candidates, DateOnly? anchor, QuotationAnchors quotes, CancellationToken cancellationToken = default)
    {
        var result = ImmutableArray.CreateBuilder<TemporalExpression>(candidates.Count);
        DateOnly? narrative = null;
        string? narrativePeriod = null; // the part of the narrative's last day it named (`Selasa malam`: NI)
        NarrativePeriod period = default; // the narrative's last month or year, when it came after its last day
        LastNamed named = default; // what `tahun itu`, `bulan yang sama` and `hari kedua` point back at
        DateOnly? lastDay = null;
        var lastDaySentence = int.MinValue;
        var lastSentence = -1;
        var lastCompared = false;
        for (var index = 0; index < candidates.Count; index++)
        {
            var c = candidates[index];
            if (index % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (c.AfterListedMonth && result.Count > 0 && lastSentence == c.Sentence && result[^1] is { Type: TimexType.Date, FirstDay: { } listed })
            {
                c = c with { From = c.From with { Year = c.From.Month >= listed.Month ? listed.Year : listed.Year + 1 } };
            }

            // `Produksi pada Juni naik dibandingkan Maret`: the month compared with comes before the one reported.
            // A month compared with before it is no reported one (`lebih tinggi daripada Juli, namun lebih rendah dibanding April`).
            if (c.ComparedMonth && !lastCompared && result.Count > 0 && lastSentence == c.Sentence && result[^1] is { Type: TimexType.Date, LastDay: { } reported })
            {
                c = c with { From = c.From with { Year = c.From.Month <= reported.Month ? reported.Year : reported.Year - 1 } };
            }

            // `tiba Selasa malam … Pagi harinya`: the morning after a night is the next day's.
            if (c is { Kind: CandidateKind.Anaphoric, Amount: 0, DayPeriod: "MO" or "AF" } && narrativePeriod is "EV" or "NI")
            {
                c = c with { Amount = 1 };
            }

            var dayOfTime = c.Kind == CandidateKind.Time && c.From.IsEmpty && result.Count > 0 && lastSentence == c.Sentence && IsDayOfTime(text, result[^1], c.Start);
            var dayAfter = c.Kind == CandidateKind.Time && c.From.IsEmpty && !dayOfTime ? DayAfterTime(text, c, candidates, index, anchor) : null;
            var reference = c.Kind switch
            {
                CandidateKind.Time when dayOfTime => result[^1].FirstDay!.Value.AddDays(-c.DayOffset),
                CandidateKind.Time when dayAfter is { } day => day.AddDays(-c.DayOffset),
                CandidateKind.Time when c.DayWord => null,
                CandidateKind.Time => c.Sentence - lastDaySentence <= (IsQuoted(text, c.Start) ? QuotedClockReach : ClockReach) ? lastDay : null,
                CandidateKind.Anaphoric when c.NeedsReference => named.RangeStartReaching(c.Amount),
                CandidateKind.Anaphoric when c.Unit is "Q" or "H" => named.InsidePart(c.Unit),
                CandidateKind.Anaphoric when period.Covers(c.Unit) => period.Start,
                _ => narrative,
            };
            // `beberapa hari kemudian`: no count to move the date referred back to by, so that date itself, mod AFTER (or
            // BEFORE): the narrative's last day, or the month or year it gave after that day (`pada 2020 … beberapa tahun
            // kemudian`: 2020 AFTER). A few days after a month (`pada Juli lalu, beberapa hari kemudian`) may still be in
            // it: the month, APPROX. With no date before it, it is as vague as `beberapa hari lalu`: not reported.
            if (c is { Kind: CandidateKind.Anaphoric, Amount: 0, Mod: not null })
            {
                if (period.Start is { } whole)
                {
                    reference = whole;
                    c = c with { Unit = period.Unit, Mod = period.Covers(c.Unit) || c.Unit is "DE" or "CE" ? c.Mod : TimexMod.Approx };
                }
                else if (reference is null)
                {
                    continue;
                }
                else
                {
                    c = c with { Unit = "D" };
                }
            }

            var localAnchor = c.NamedAnchor != NamedAnchor.None ? named.Within(c.NamedAnchor)
                : (c.Kind == CandidateKind.Relative && c.Unit == "day") || c.DayWord ? quotes.DayFor(c.Start) ?? anchor : anchor;

            // `hari kedua` with no range of days, `tahun itu` with no year before it: nothing to count from. `April tahun itu`
            // still names a month, and keeps it with the year unknown (`XXXX-04`), as without a document date.
            if ((c.NeedsReference && reference is null) || (c.NamedAnchor != NamedAnchor.None && localAnchor is null && c.Kind == CandidateKind.Relative))
            {
                continue;
            }

            if (!TryResolve(c, localAnchor, reference, out var r) || (r.Value is null && localAnchor is not null) ||
                r.Value is "PAST_REF" or "PRESENT_REF" or "FUTURE_REF")
            {
                continue;
            }

            var type = c.Kind switch
            {
                CandidateKind.Duration => TimexType.Duration,
                CandidateKind.Time => TimexType.Time,
                CandidateKind.Set => TimexType.Set,
                _ => TimexType.Date,
            };
            var start = c.Start;
            var mismatch = r.WeekdayMismatch;

            // "Rabu (9/7) pukul 14.30 WIB" names one point in time: the day and its clock time are one TIME expression.
            if (dayOfTime)
            {
                start = result[^1].Start;
                mismatch |= result[^1].WeekdayMismatch;
                result.RemoveAt(result.Count - 1);
            }

            var expression = new TemporalExpression(start, c.End, text[start..c.End], type, r.Value, c.Mod)
            {
                FirstDay = type is TimexType.Duration or TimexType.Set ? null : r.Begin,
                LastDay = type is TimexType.Duration or TimexType.Set ? null : r.End,
                WeekdayMismatch = mismatch,
            };
            result.Add(expression);
            lastSentence = c.Sentence;
            lastCompared = c.ComparedMonth;

            // An ordinal day leaves its range as the reference: "hari pertama … hari ketiga" count inside the same days.
            if (!c.NeedsReference && type is TimexType.Date or TimexType.Time && r.Begin is not null && r.End is not null)
            {
                named = new LastNamed(r.Begin, r.End.Value, Days: !c.To.IsEmpty && c.To.Day != 0);
            }

            if (r.Begin is { } begin && r.Begin == r.End && type is TimexType.Date or TimexType.Time && c.Mod is null)
            {
                lastDay = begin;
                lastDaySentence = c.Sentence;
            }

            // The reference of "dua hari kemudian" is the last day-precise date of the narrative, not a scheduled one, and
            // not a look back from it ("tiba sehari sebelumnya … Keesokan harinya" counts from the day the look back left).
            // A range counts by its first day only when it is a range of days: `Januari-September 2025` has no day to
            // count `keesokan harinya` from, and the narrative's last day stays the reference.
            var lookBack = c.Kind == CandidateKind.Anaphoric && c.Amount < 0;
            var rangeOfDays = !c.To.IsEmpty && c.To.Day != 0;
            if (type == TimexType.Date && c.Tense != Tense.Future && !lookBack && r.Begin is not null && (r.Begin == r.End || rangeOfDays))
            {
                narrative = r.Begin;
                narrativePeriod = c.DayPeriod;
                period = default;
            }
            else if (type == TimexType.Date && c.Tense != Tense.Future && !lookBack && c.To.IsEmpty && NarrativePeriod.Of(r) is { } whole)
            {
                period = whole; // "pada 2020 … dua tahun kemudian": the year is the reference, not an older day
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// A whole month or year the narrative gave (<c>Desember 2024</c>, <c>pada 2020</c>): a reference for offsets in
    /// units at least as long (<c>dua bulan kemudian</c>, <c>dua tahun kemudian</c>); a day offset from it would invent
    /// a day, so <c>tiga hari kemudian</c> keeps the last day instead.
    /// </summary>
    private readonly record struct NarrativePeriod(DateOnly? Start, string? Unit)
    {
        public static NarrativePeriod? Of(in Resolved r) =>
            r.Begin is not { Day: 1 } begin || r.End is not { } end ? null
            : end == begin.AddMonths(1).AddDays(-1) ? new NarrativePeriod(begin, "M")
            : begin.Month == 1 && end == begin.AddYears(1).AddDays(-1) ? new NarrativePeriod(begin, "Y")
            : null;

        public bool Covers(string? unit) => Unit switch
        {
            "M" => unit is "M" or "month" or "Y" or "year",
            "Y" => unit is "Y" or "year",
            _ => false,
        };
    }

    /// <summary>
    /// The date the text named last, whatever its tense (<c>akan digelar 2029 … April tahun itu</c> is 2029-04): its year
    /// or month is the anchor of <c>tahun itu</c> or <c>bulan yang sama</c> when it lies within one, and when it is a range
    /// of days (<c>13-15 Juli</c>) an ordinal day (<c>hari kedua</c>) counts from its first day. A single day is no such
    /// reference: the first day of an event the text does not date (<c>hari pertama berlaku</c>) is not the last day it named.
    /// </summary>
    private readonly record struct LastNamed(DateOnly? Begin, DateOnly End, bool Days)
    {
        public DateOnly? Within(NamedAnchor period) => Begin is not { } begin ? null : period switch
        {
            NamedAnchor.Year when begin.Year == End.Year => begin,
            NamedAnchor.Month when begin.Year == End.Year && begin.Month == End.Month => begin,
            _ => null,
        };

        /// <summary>
        /// The first day of the date named last when it lies inside one quarter (<paramref name="unit"/> <c>Q</c>) or half
        /// (<c>H</c>) of a year: the reference of <c>kuartal sebelumnya</c> after <c>kuartal III-2025</c>.
        /// </summary>
        public DateOnly? InsidePart(string unit)
        {
            var months = unit == "Q" ? 3 : 6;
            return Begin is { } begin && begin.Year == End.Year && (begin.Month - 1) / months == (End.Month - 1) / months ? begin : null;
        }

        /// <summary>The first day of the range, when the day <paramref name="offset"/> days after it is still inside it.</summary>
        public DateOnly? RangeStartReaching(int offset) =>
            Days && Begin is { } begin && begin.DayNumber + offset <= End.DayNumber ? begin : null;
    }

    // `pukul 10.00 WIB, Senin (1/12/2025)`: a calendar day right after the time, behind a comma, is the time's day.
    private static DateOnly? DayAfterTime(string text, in DateCandidate time, List<DateCandidate> candidates, int index, DateOnly? anchor)
    {
        if (index + 1 >= candidates.Count || candidates[index + 1] is not { Kind: CandidateKind.Calendar } next || next.Sentence != time.Sentence ||
            next.Start < time.End || !text.AsSpan(time.End, next.Start - time.End).Trim().Equals(",", StringComparison.Ordinal) ||
            !TryResolve(next, anchor, null, out var day) || day.Begin is null || day.Begin != day.End)
        {
            return null;
        }

        return day.Begin;
    }

    // Inside a quotation that opens on the clock's line: an opening mark not closed before it, at most QuoteLookBack back.
    private static bool IsQuoted(string text, int offset)
    {
        var open = false;
        for (var k = offset - 1; k >= 0 && k >= offset - QuoteLookBack && text[k] != '\n'; k--)
        {
            if (text[k] is '"' or '\u201C' or '\u201D')
            {
                open = !open;
            }
        }

        return open;
    }

    // The previous expression is a single calendar day and only spaces, a comma or a dash stand between it and the time.
    private static bool IsDayOfTime(string text, TemporalExpression previous, int timeStart) =>
        previous.Type == TimexType.Date && previous.FirstDay is not null && previous.FirstDay == previous.LastDay &&
        previous.End <= timeStart && text.AsSpan(previous.End, timeStart - previous.End).Trim().TrimStart(",-\u2013\u2014").IsWhiteSpace();

    // Arithmetic on odd text or anchors ("tahun lalu" in year 1, a decade of year 9999) can leave the calendar's range;
    // such an expression is dropped like an impossible date rather than failing the analysis.
    private static bool TryResolve(in DateCandidate candidate, DateOnly? anchor, DateOnly? reference, out Resolved resolved)
    {
        try
        {
            return DateNormalizer.TryResolve(candidate, anchor, reference, out resolved);
        }
        catch (ArgumentOutOfRangeException)
        {
            resolved = default;
            return false;
        }
    }
}
