namespace Geopolitics.Nlp.Dates;

/// <summary>What the recognizer read, before resolution against the document date.</summary>
internal enum CandidateKind
{
    /// <summary>A calendar date, month or year, possibly partial, possibly a range (<see cref="DateCandidate.To"/>).</summary>
    Calendar,

    /// <summary>A fixed relative expression (<c>tahun lalu</c>).</summary>
    Relative,

    /// <summary>An offset from the previous date in the text (<c>dua hari kemudian</c>).</summary>
    Anaphoric,

    /// <summary>A length of time (<c>14 tahun</c>).</summary>
    Duration,

    /// <summary>A clock time (<c>pukul 09.23 WIB</c>).</summary>
    Time,

    /// <summary>A century (<c>abad ke-20</c>).</summary>
    Century,

    /// <summary>A decade (<c>1990-an</c>).</summary>
    Decade,

    /// <summary>A recurrence (<c>setiap tahun</c>, <c>tiap Senin</c>): a unit and amount, or a weekday.</summary>
    Set,

    /// <summary>
    /// A numbered quarter or half of a year (<c>kuartal II-2025</c>, <c>semester I 2024</c>): the unit (<c>Q</c>,
    /// <c>H</c>) and the number, in a year written (<see cref="DateCandidate.From"/>) or the anchor's moved by
    /// <see cref="DateCandidate.YearShift"/> (<c>kuartal pertama tahun lalu</c>).
    /// </summary>
    YearPart,
}

/// <summary>Year, month and day fields as written; 0 where the text leaves one out.</summary>
internal readonly record struct DateFields(int Year, int Month, int Day)
{
    public bool IsEmpty => Year == 0 && Month == 0 && Day == 0;
}

/// <summary>
/// Which period of the date the text named last an expression takes in place of the document date's
/// (<c>Oktober tahun itu</c>: the year; <c>bulan yang sama</c>: the month).
/// </summary>
internal enum NamedAnchor
{
    /// <summary>The expression is anchored on the document date, as most are.</summary>
    None,

    /// <summary>On the year of the date the text named last (<c>tahun itu</c>, <c>Maret tahun tersebut</c>).</summary>
    Year,

    /// <summary>On the month of the date the text named last (<c>bulan yang sama</c>, <c>akhir bulan itu</c>).</summary>
    Month,
}

/// <summary>Tense the context gives an expression.</summary>
internal enum Tense
{
    None,
    Past,
    Future,
}

/// <summary>A recognized expression with its raw fields.</summary>
internal readonly record struct DateCandidate
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public required CandidateKind Kind { get; init; }

    public DateFields From { get; init; }

    /// <summary>The end of a range; empty for a single date.</summary>
    public DateFields To { get; init; }

    public int Weekday { get; init; }

    /// <summary>
    /// Unit: relative (day, week, month, quarter, year, century, weekday, weekday-of-week, weekend) or duration and set (D, W, M, Y, DE,
    /// CE, H, MIN, S).
    /// </summary>
    public string? Unit { get; init; }

    /// <summary>Relative or anaphoric offset in units; duration amount (-1 when unspecified).</summary>
    public int Amount { get; init; }

    /// <summary>
    /// The smaller unit of a length written in two units (<c>2 jam 30 menit</c>: <c>MIN</c>, with <see cref="RestAmount"/>
    /// 30), or <see langword="null"/>.
    /// </summary>
    public string? RestUnit { get; init; }

    /// <summary>The count of <see cref="RestUnit"/>.</summary>
    public int RestAmount { get; init; }

    /// <summary>
    /// The other end of a range of counted relative dates (<c>tiga hingga empat hari lagi</c>: 3, with <see cref="Amount"/> 4),
    /// in the same unit and direction; 0 for a single date.
    /// </summary>
    public int RangeAmount { get; init; }

    public TimexMod? Mod { get; init; }

    public Tense Tense { get; init; }

    public int Hour { get; init; }

    public int Minute { get; init; }

    /// <summary>The seconds of a clock time that writes them (<c>08:15:00 WIB</c>), else <see langword="null"/>.</summary>
    public int? Second { get; init; }

    /// <summary>TIMEX part of day (<c>MO</c>, <c>AF</c>, <c>EV</c>, <c>NI</c>) of <c>Sabtu malam</c>, or <see langword="null"/>.</summary>
    public string? DayPeriod { get; init; }

    /// <summary>UTC offset in minutes, or <see cref="int.MinValue"/> when none is written.</summary>
    public int Zone { get; init; }

    /// <summary>Index of the sentence the expression stands in, among the sentences given to the recognizer.</summary>
    public int Sentence { get; init; }

    /// <summary>A clock time's day offset from the day it belongs to (<c>pukul 06.18 WIB kemarin</c>: -1).</summary>
    public int DayOffset { get; init; }

    /// <summary>
    /// Whether a clock time names its day with a day word (<c>pukul 06.18 WIB kemarin</c>, <c>pukul 06.00 pagi ini</c>): the
    /// day then counts from the document date (or a quotation's day), as the word alone does, not from the narrative's last day.
    /// </summary>
    public bool DayWord { get; init; }

    /// <summary>
    /// Whether a counted relative date is a day, not a period (<c>lebih sepekan lalu</c>: seven days before the anchor, with
    /// a mod), rather than the calendar week or month it falls in.
    /// </summary>
    public bool Exact { get; init; }

    /// <summary>The year of a <see cref="CandidateKind.YearPart"/> without a written year, from the anchor's (<c>tahun lalu</c>: -1).</summary>
    public int YearShift { get; init; }

    /// <summary>
    /// Whether an ordinal day (<c>hari kedua</c>) counts inside the range of days the text named last; it means nothing
    /// without one, so it is dropped then.
    /// </summary>
    public bool NeedsReference { get; init; }

    /// <summary>
    /// Whether a month written without its year comes after another month in a list (<c>Mei, Juni, dan Juli</c>,
    /// <c>Juli 2024 dan Agustus</c>): it takes the year that puts it at or after the month before it, since a list runs
    /// forward, rather than a year of its own from the tense (<c>telah menaikkan … untuk Mei, Juni, dan Juli</c> in June).
    /// </summary>
    public bool AfterListedMonth { get; init; }

    /// <summary>
    /// Whether a month written without its year is the period a figure is compared with (<c>naik dibandingkan Maret</c>):
    /// it takes the year that puts it at or before the date named before it in the sentence (<c>pada Juni … dibandingkan
    /// Maret</c>), and with none the past, as a comparison looks back at a period already reported.
    /// </summary>
    public bool ComparedMonth { get; init; }

    /// <summary>
    /// The period of the date the text named last that stands in for the document date (<c>Oktober tahun itu</c> after
    /// <c>sejak 2018</c> is <c>2018-10</c>); with no such date before it the expression is dropped.
    /// </summary>
    public NamedAnchor NamedAnchor { get; init; }
}
