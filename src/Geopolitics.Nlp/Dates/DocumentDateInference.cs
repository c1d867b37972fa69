namespace Geopolitics.Nlp.Dates;

/// <summary>
/// Guesses a publication date from the article when none is given: a dateline near the top (a weekday with a full
/// date, <c>Rabu (13/9/2023)</c>), else the latest fully specified date anywhere in the text.
/// </summary>
internal static class DocumentDateInference
{
    /// <summary>How far into the text a dateline may stand, in UTF-16 units.</summary>
    private const int DatelineReach = 1000;

    /// <summary>The inferred date, or <see langword="null"/> when the text has no full date.</summary>
    public static DateOnly? Infer(IReadOnlyList<DateCandidate> candidates)
    {
        DateOnly? latest = null;
        foreach (var c in candidates)
        {
            if (c.Kind != CandidateKind.Calendar || c.Unit is not null || !TryFull(c.To.IsEmpty ? c.From : c.To, out var date))
            {
                continue;
            }

            if (c.Weekday != 0 && c.Start < DatelineReach && c.To.IsEmpty)
            {
                return date;
            }

            if (latest is null || date > latest)
            {
                latest = date;
            }
        }

        return latest;
    }

    private static bool TryFull(DateFields f, out DateOnly date)
    {
        date = default;
        if (f.Year is < 1 or > 9999 || f.Month is < 1 or > 12 || f.Day < 1 || f.Day > DateTime.DaysInMonth(f.Year, f.Month))
        {
            return false;
        }

        date = new DateOnly(f.Year, f.Month, f.Day);
        return true;
    }
}
