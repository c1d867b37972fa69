using System.Collections.Immutable;
using Geopolitics.Nlp.Pipeline;

namespace Geopolitics.Nlp.Dates;

/// <summary>
/// The date stage: recognizes temporal expressions over the tokens, infers a document date when none was given, and
/// resolves each expression against it, in text order.
/// </summary>
internal sealed class DateStage(DateRecognizer recognizer) : IAnalysisStage
{
    /// <summary>How close (in UTF-16 units) a date must stand before a clock time to give it its day.</summary>
    private const int NearbyDate = 40;

    /// <summary>The stage over the embedded word lists.</summary>
    public static DateStage Default { get; } = new(DateRecognizer.Default);

    public string Name => "dates";

    public AnalysisStages Output => AnalysisStages.Dates;

    public void Run(AnalysisState state, CancellationToken cancellationToken)
    {
        var candidates = new List<DateCandidate>();
        recognizer.Recognize(state.Tokens.AsSpan(), candidates);
        if (state.DocumentDate is null && DocumentDateInference.Infer(candidates) is { } inferred)
        {
            state.DocumentDate = inferred;
            state.DocumentDateInferred = true;
        }

        state.Dates = Normalize(state.Text, candidates, state.DocumentDate);
    }

    /// <summary>Resolves candidates in order; impossible dates (<c>31/2/2024</c>) are dropped.</summary>
    internal static ImmutableArray<TemporalExpression> Normalize(string text, List<DateCandidate> candidates, DateOnly? anchor)
    {
        var result = ImmutableArray.CreateBuilder<TemporalExpression>(candidates.Count);
        DateOnly? previous = null;
        var previousEnd = -1;
        foreach (var c in candidates)
        {
            // A clock time takes its day from a date right before it ("Rabu (3/9) pukul 21.00"), else from the document date.
            var sameClause = previousEnd >= 0 && c.Start - previousEnd <= NearbyDate && !text.AsSpan(previousEnd, c.Start - previousEnd).ContainsAny('.', '\n', '\r');
            var dayOfTime = c.Kind == CandidateKind.Time && result.Count > 0 && IsDayOfTime(text, result[^1], c.Start);
            var reference = dayOfTime ? result[^1].Begin : c.Kind == CandidateKind.Time && !sameClause ? null : previous;
            if (!TryResolve(c, anchor, reference, out var r))
            {
                continue;
            }

            var type = c.Kind switch
            {
                CandidateKind.Duration => TimexType.Duration,
                CandidateKind.Time => TimexType.Time,
                _ when c.DayPeriod is not null => TimexType.Time,
                _ => TimexType.Date,
            };
            // "Sabtu malam": the day with its part of day, as TIMEX writes it (2015-11-07TNI).
            var value = c.DayPeriod is not null && r.Begin is not null && r.Begin == r.End ? r.Value + "T" + c.DayPeriod : r.Value;
            var start = c.Start;
            var mismatch = r.WeekdayMismatch;

            // "Rabu (9/7) pukul 14.30 WIB" names one point in time: the day and its clock time are one TIME expression.
            if (type == TimexType.Time && dayOfTime)
            {
                start = result[^1].Start;
                mismatch |= result[^1].WeekdayMismatch;
                result.RemoveAt(result.Count - 1);
            }

            result.Add(new TemporalExpression(start, c.End, text[start..c.End], type, value, c.Mod)
            {
                Begin = type == TimexType.Duration ? null : r.Begin,
                EndDate = type == TimexType.Duration ? null : r.End,
                WeekdayMismatch = mismatch,
            });

            // The reference of "dua hari kemudian" is the last day-precise date of the narrative, not a scheduled one.
            if (type == TimexType.Date && c.Tense != Tense.Future && r.Begin is { } begin && (r.Begin == r.End || !c.To.IsEmpty))
            {
                previous = begin;
                previousEnd = c.End;
            }
        }

        return result.ToImmutable();
    }

    // The previous expression is a single calendar day and only spaces or a comma stand between it and the time.
    private static bool IsDayOfTime(string text, TemporalExpression previous, int timeStart) =>
        previous.Type == TimexType.Date && previous.Begin is not null && previous.Begin == previous.EndDate &&
        previous.End <= timeStart && text.AsSpan(previous.End, timeStart - previous.End).Trim().TrimStart(',').IsWhiteSpace();

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
