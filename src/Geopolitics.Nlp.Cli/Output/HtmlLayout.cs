using Geopolitics.Nlp.Claims;

namespace Geopolitics.Nlp.Cli.Output;

/// <summary>
/// Decides which spans the HTML view marks inline so that the marks nest: every entity is marked; a date is marked
/// unless it crosses an entity; a claim's content is widened to whole marks and skipped when it crosses an earlier one.
/// </summary>
internal sealed record HtmlLayout(
    IReadOnlyList<(int Start, int End, int Index)> Entities,
    IReadOnlyList<(int Start, int End, int Index)> Dates,
    IReadOnlyList<(int Start, int End, int Index)> Claims)
{
    public static HtmlLayout Create(ArticleAnalysis analysis)
    {
        var entities = analysis.Entities.Select((e, i) => (e.Start, e.End, i)).ToList();
        var dates = analysis.Dates.Select((d, i) => (d.Start, d.End, i))
            .Where(d => !entities.Any(e => Crosses(e.Start, e.End, d.Start, d.End)))
            .ToList();
        var marks = entities.Concat(dates).ToList();

        var claims = new List<(int, int, int)>();
        var lastEnd = -1;
        foreach (var (claim, index) in analysis.Claims.Select((c, i) => (c, i)).OrderBy(p => p.c.Content.Start))
        {
            var (start, end) = Widen(claim.Content, marks);
            if (start < lastEnd || end <= start)
            {
                continue;
            }

            claims.Add((start, end, index));
            lastEnd = end;
        }

        return new HtmlLayout(entities, dates, claims);
    }

    private static (int Start, int End) Widen(ClaimPart content, List<(int Start, int End, int Index)> marks)
    {
        var (start, end) = (content.Start, content.End);
        foreach (var mark in marks)
        {
            if (mark.Start < start && mark.End > start)
            {
                start = mark.Start;
            }

            if (mark.Start < end && mark.End > end)
            {
                end = mark.End;
            }
        }

        return (start, end);
    }

    // Two spans cross when they overlap and neither contains the other.
    private static bool Crosses(int aStart, int aEnd, int bStart, int bEnd) =>
        aStart < bEnd && bStart < aEnd && !(aStart <= bStart && bEnd <= aEnd) && !(bStart <= aStart && aEnd <= bEnd);
}
