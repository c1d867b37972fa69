namespace Geopolitics.Nlp.Dates;

/// <summary>
/// What the expression the recognizer found last in the sentence tells the next one: where it ended, the year when it was
/// a year alone (<c>2026</c> in <c>2026 atau 2027</c>), and whether it was a single calendar day (a byline's date before
/// its clock time).
/// </summary>
/// <param name="End">Index of the token after it, or -1 when there is none.</param>
/// <param name="Year">The year when it was a year alone, else 0.</param>
/// <param name="Day">Whether it was one calendar day (<c>Rabu, 24 September 2025</c>, <c>Rabu (24/9)</c>).</param>
/// <param name="WeekdaySet">Whether it was a recurring weekday (<c>setiap Rabu</c>), which a listed weekday after it continues.</param>
/// <param name="FullDate">Whether it was one calendar day with its year written (<c>12 November 2025</c>), as a byline dates an article.</param>
internal readonly record struct Preceding(int End, int Year, bool Day, bool WeekdaySet = false, bool FullDate = false)
{
    public static Preceding None => new(-1, 0, false);

    /// <summary>What <paramref name="candidate"/>, followed by token <paramref name="next"/>, leaves for the expression after it.</summary>
    public static Preceding After(in DateCandidate candidate, int next)
    {
        var calendar = candidate.Kind == CandidateKind.Calendar && candidate.To.IsEmpty;
        var loneYear = calendar && candidate.From.Month == 0 && candidate.Unit is null;
        var day = calendar && candidate.From.Day != 0;
        return new Preceding(next, loneYear ? candidate.From.Year : 0, day, candidate is { Kind: CandidateKind.Set, Weekday: not 0 }, day && candidate.From.Year != 0);
    }

    /// <summary>Whether it ends right before <paramref name="i"/>, or one comma or dash before (<c>14/11/2022, 07:09</c>).</summary>
    public bool EndsRightBefore(TokenView t, int i) =>
        End >= 0 && (End == i || (End == i - 1 && (t.Is(i - 1, ",") || t.Is(i - 1, "-") || t.Is(i - 1, "\u2013") || t.Is(i - 1, "\u2014"))));

    /// <summary>
    /// Whether it was a day and only a <c>|</c> stands between it and <paramref name="i"/>: a byline's date and its clock
    /// time (<c>Rabu, 24 September 2025 | 11:42</c>), which ANNOTATION.md makes two expressions.
    /// </summary>
    public bool IsBylineDateBefore(TokenView t, int i) => Day && End == i - 1 && t.Is(i - 1, "|");

    /// <summary>
    /// Whether it was a full date, a comma or a dash stands between it and <paramref name="i"/>, and the number at
    /// <paramref name="i"/> ends the sentence: a byline's date and its dotted clock (<c>12 November 2025, 17.05</c>, RRI's
    /// <c>26 Okt 2025 - 13.45</c>), where a decimal would go on to what it measures.
    /// </summary>
    public bool IsBylineDateThenClock(TokenView t, int i) =>
        FullDate && End == i - 1 && EndsRightBefore(t, i) && i + 1 == t.Length;
}
