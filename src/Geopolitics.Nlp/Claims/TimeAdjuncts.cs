using System.Collections.Immutable;
using Geopolitics.Nlp.Dates;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Takes the time of the attribution out of a reported clause: a day that opens the content and is closed by a comma
/// (<c>mengumumkan pada Jumat (25/2), Amerika Serikat …</c>) or closes it after a comma (<c>… terhadap produk China,
/// Jumat (2/8)</c>) dates the saying, not what is said. Only a day word (a weekday, <c>kemarin</c>) marks the time of
/// a saying: a year or a month sets the scene of the content (<c>mengatakan pada 2014 nanti, partai …</c>), and a date
/// inside the clause without that comma (<c>… mulai 1 September</c>) or after a day word (<c>…, 3 Juni</c>) is content.
/// </summary>
internal static class TimeAdjuncts
{
    private const int MinContentWords = 3;

    /// <summary>
    /// The claim with its content shorn of an opening or closing time adjunct, which joins the attribution (where the
    /// claim's date is looked for); unchanged when there is none.
    /// </summary>
    public static ClaimCandidate Trim(ClaimContext ctx, ImmutableArray<TemporalExpression> dates, ClaimCandidate claim)
    {
        var content = claim.Content;
        var t = ctx.TokenAtOrAfter(content.Start);
        if (t < ctx.Tokens.Length && ctx.IsWordText(t, "pada"))
        {
            t++;
        }

        // A day opening the content is the occasion of saying (`pada Senin, …`); a year, month or week is mostly the time
        // of what is claimed (`pada tahun 2014 nanti, …`) and stays.
        if (t < ctx.Tokens.Length && ctx.Is(t, SpeakerWordRole.Time) && !IsPeriodWord(ctx, t) && DateStartingAt(dates, ctx.Tokens[t].Start) is { } opening)
        {
            var comma = content.End - ctx.Text.AsSpan(opening.End, content.End - opening.End).TrimStart().Length;
            if (comma < content.End && ctx.Text[comma] == ',')
            {
                var rest = ctx.TrimContent(comma + 1, content.End);
                if (ctx.CountWords(rest, MinContentWords) >= MinContentWords)
                {
                    content = rest;
                }
            }
        }

        if (DateEndingAt(dates, content.End) is { } closing && closing.Start > content.Start)
        {
            var first = ctx.TokenAtOrAfter(closing.Start);
            var comma = content.Start + ctx.Text.AsSpan(content.Start, closing.Start - content.Start).TrimEnd().Length; // just after the last non-space
            if (ctx.Is(first, SpeakerWordRole.Time) && comma > content.Start && ctx.Text[comma - 1] == ',')
            {
                var rest = ctx.TrimContent(content.Start, comma - 1);
                if (ctx.CountWords(rest, MinContentWords) >= MinContentWords)
                {
                    content = rest;
                }
            }
        }

        if (content == claim.Content && DateEndingAt(dates, content.End) is { } bare && bare.Start > content.Start && ObjectBefore(ctx, content, bare) is { } obj)
        {
            content = obj; // `mengkritik pemerintah Malaysia pekan ini`: when the speech act was made
        }

        if (content == claim.Content)
        {
            return claim;
        }

        var attribution = new TextSpan(Math.Min(claim.Attribution.Start, claim.Content.Start), Math.Max(claim.Attribution.End, claim.Content.End));
        return claim with { Content = content, Attribution = attribution };
    }

    // The object before a closing day or week with no comma (`pemerintah Malaysia` of `… pemerintah Malaysia pekan ini`),
    // or null: only a noun phrase with no predicate of its own, which a time cannot be part of; a reported clause
    // (`harga akan naik pekan ini`) keeps its time. After `pada`, any date down to the month dates the act
    // (`mengumumkan pengunduran dirinya pada 7 September lalu`, `mengakui Negara Palestina pada Mei 2024`), and one word
    // is object enough (`mengakui kekalahannya pada Rabu`).
    private static TextSpan? ObjectBefore(ClaimContext ctx, TextSpan content, TemporalExpression date)
    {
        var first = ctx.TokenAtOrAfter(date.Start);
        var contentFirst = ctx.TokenAtOrAfter(content.Start);
        var pada = first - 1 > contentFirst && ctx.IsWordText(first - 1, "pada") && NamesMonthOrDay(date.Value);
        if (!pada && !SaysWhenActed(ctx, first))
        {
            return null;
        }

        var objectEnd = pada ? first - 1 : first;
        for (var k = contentFirst; k < objectEnd; k++)
        {
            if (!ctx.IsWord(k) || IsVerb(ctx, k) || ctx.CueOf(k) != CueRole.None || ctx.IsWordText(k, "akan") || ctx.IsWordText(k, "yang") ||
                ctx.Is(k, SpeakerWordRole.Modal | SpeakerWordRole.Negation | SpeakerWordRole.Circumstance | SpeakerWordRole.Intro) ||
                (!pada && ctx.Is(k, SpeakerWordRole.Adverb))) // `protes keras pada Senin`: an adverb-like modifier of the noun
            {
                return null;
            }
        }

        var rest = ctx.TrimContent(content.Start, ctx.Tokens[objectEnd].Start);
        var minWords = pada ? 1 : 2;
        return ctx.CountWords(rest, minWords) >= minWords ? rest : null;
    }

    // `2024-05`, `2025-09-07`, `2025-W23`, `2025-06-04TMO` (`XXXX-06-02` with no document date): a value with a month,
    // week or day; a year alone (`pada 2029`) is as often the time of what is claimed.
    private static bool NamesMonthOrDay(string? value) => value is { Length: >= 7 } && value[4] == '-' && value[0] != 'P';

    // A me-, ber- or di- word: a predicate. A ter- word in a noun phrase is mostly an adjective or a preposition
    // (`serangan terhadap kamp`, `mitra terbesar`), and `dirinya` ("oneself") only looks like a di- verb. A listed event
    // verb is a predicate whatever its form (`serangan terjadi kemarin`): the time is the event's.
    private static bool IsVerb(ClaimContext ctx, int t) =>
        (ctx.LooksLikePredicate(t) && !ctx.Tokens[t].AsSpan().StartsWith("ter", StringComparison.OrdinalIgnoreCase) &&
         !ctx.Tokens[t].HostAsSpan().Equals("diri", StringComparison.OrdinalIgnoreCase)) ||
        (ctx.Is(t, BoundaryWordRole.Event) && !ctx.IsCapitalized(t));

    // A day, `kemarin`, or this or last week: when an act was made. A month or year (`inflasi 3 persen tahun ini`) and a
    // time to come (`pekan depan`) are more often the time of what is claimed.
    private static bool SaysWhenActed(ClaimContext ctx, int t) =>
        ctx.Is(t, SpeakerWordRole.Time) && !IsPeriodWord(ctx, t) && !IsDayPart(ctx, t) && !ctx.IsWordText(t + 1, "depan") ||
        ctx.IsWordText(t, "pekan") && (ctx.IsWordText(t + 1, "ini") || ctx.IsWordText(t + 1, "lalu"));

    private static bool IsDayPart(ClaimContext ctx, int t) =>
        ctx.IsWordText(t, "pagi") || ctx.IsWordText(t, "siang") || ctx.IsWordText(t, "sore") || ctx.IsWordText(t, "malam");

    private static bool IsPeriodWord(ClaimContext ctx, int t) =>
        ctx.IsWordText(t, "tahun") || ctx.IsWordText(t, "bulan") || ctx.IsWordText(t, "pekan");

    private static TemporalExpression? DateStartingAt(ImmutableArray<TemporalExpression> dates, int offset)
    {
        var i = SortedByStart.FirstAtOrAfter(dates, static d => d.Start, offset);
        return i < dates.Length && dates[i].Start == offset ? dates[i] : null;
    }

    private static TemporalExpression? DateEndingAt(ImmutableArray<TemporalExpression> dates, int offset)
    {
        // Dates are sorted by start and do not overlap, so the one ending here is the last starting before it.
        var i = SortedByStart.FirstAtOrAfter(dates, static d => d.Start, offset) - 1;
        return i >= 0 && dates[i].End == offset ? dates[i] : null;
    }
}
