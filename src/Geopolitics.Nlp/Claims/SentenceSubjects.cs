using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// The subject that opens a sentence, after its dateline and introductory phrases: whom a second predicate
/// (<c>…, dan menekankan</c>) or a subordinate clause with no subject of its own shares.
/// </summary>
internal static class SentenceSubjects
{
    // The most tokens of a name that a description in apposition follows (`Amerika Serikat,`).
    private const int MaxNameTokens = 6;

    /// <summary>
    /// The capitalized names (joined by <c>dan</c>, with titles) that open the sentence before token <paramref name="end"/>,
    /// or <see langword="null"/> when it opens otherwise.
    /// </summary>
    public static TextSpan? NamesBefore(ClaimContext ctx, int first, int end)
    {
        var start = SkipIntroduction(ctx, first, end);
        var last = start - 1;
        for (var k = start; k < end; k++)
        {
            if (ctx.IsCapitalized(k) || ctx.Is(k, SpeakerWordRole.Title) || (ctx.IsWordText(k, "dan") && k > start && ctx.IsCapitalized(k + 1)))
            {
                last = k;
                continue;
            }

            break;
        }

        return last >= start && ctx.IsCapitalized(last) && ctx.IsCapitalized(start) ? ctx.Span(start, last) : null;
    }

    /// <summary>The subject at the start of the sentence that begins at token <paramref name="first"/>.</summary>
    public static TextSpan? SentenceSubject(ClaimContext ctx, int first, int limit)
    {
        var start = SkipIntroduction(ctx, first, limit);
        var t = start;
        while (t < limit && (ctx.IsWord(t) || ctx.IsMark(t, '(') || ctx.IsMark(t, ')') || (ctx.IsMark(t, ',') && !OpensAdjunct(ctx, t + 1))) &&
               !ctx.LooksLikePredicate(t) && !SpeakerAdverbials.At(ctx, t))
        {
            t++;
        }

        while (t > start && ctx.IsMark(t - 1, ','))
        {
            t--;
        }

        return t > start ? ctx.Span(start, t - 1) : null;
    }

    /// <summary>
    /// A name that opens the sentence with a lower-case description of it in apposition, the description ending at token
    /// <paramref name="end"/> (<c>Jepang, mitra dagang terbesar Indonesia</c>, <c>Uni Eropa, blok beranggotakan 27
    /// negara</c>), or <see langword="null"/>: the description may hold words that look like predicates (<c>terbesar</c>,
    /// <c>beranggotakan</c>) but no reporting verb and no comma.
    /// </summary>
    public static TextSpan? NameWithDescription(ClaimContext ctx, int first, int end)
    {
        var start = SkipIntroduction(ctx, first, end);
        var k = start;
        while (k <= end && k - start <= MaxNameTokens && (ctx.IsCapitalized(k) || ctx.IsMark(k, '(') || ctx.IsMark(k, ')')))
        {
            k++;
        }

        var head = k + 1;
        if (k == start || k - start > MaxNameTokens || !ctx.IsMark(k, ',') || head > end || !ctx.IsWord(head) || ctx.IsCapitalized(head) ||
            ctx.LooksLikePredicate(head) || ctx.CueOf(head) != CueRole.None || end - head >= SubjectSegments.MaxSegmentTokens ||
            ctx.Is(head, SpeakerWordRole.Link | SpeakerWordRole.Adverb | SpeakerWordRole.Aspect | SpeakerWordRole.Pronoun | SpeakerWordRole.Intro |
                         SpeakerWordRole.Circumstance | SpeakerWordRole.Time | SpeakerWordRole.Opener | SpeakerWordRole.Subordinator | SpeakerWordRole.Negation))
        {
            return null;
        }

        for (var j = head + 1; j <= end; j++)
        {
            if (ctx.IsMark(j, ',') || ctx.IsQuoteMark(j) || ctx.CueOf(j) != CueRole.None || ctx.IsWordText(j, "yang") || ctx.IsWordText(j, "akan"))
            {
                return null;
            }
        }

        return ctx.Span(start, end);
    }

    // A comma segment that says when or where the subject spoke, or describes it, rather than naming it: a day
    // (`Trump, Rabu (9/4), …`), a circumstance (`Hamas, dalam pernyataan …, menolak …`) or a relative clause
    // (`Uni Emirat Arab, yang dituding …, membantah …`).
    private static bool OpensAdjunct(ClaimContext ctx, int t) =>
        ctx.IsWordText(t, "yang") || ctx.Is(t, SpeakerWordRole.Time) || (ctx.Is(t, SpeakerWordRole.Circumstance) && !ctx.IsCapitalized(t)) ||
        (!ctx.IsCapitalized(t) && IntervalPhrase.TimeAt(ctx, t, ctx.Tokens.Length - 1) > 0); // `Roy Soemirat, hari ini mengatakan`

    // The first token after the dateline, opening quote marks and introductory phrases (`Dalam pertemuan itu, …`).
    private static int SkipIntroduction(ClaimContext ctx, int first, int limit)
    {
        var start = Dateline.Skip(ctx, first, limit);
        while (start < limit && (ctx.IsQuoteMark(start) || !ctx.IsWord(start)))
        {
            start++;
        }

        // `Kendati demikian, …`, `Selama ini …`: a connective or time adverbial, with or without its comma.
        if (ctx.SentenceAdverbialAt(start, limit - 1, SentenceAdverbialRole.Connective | SentenceAdverbialRole.Time) is var adverbial and > 0)
        {
            start += ctx.IsMark(start + adverbial, ',') ? adverbial + 1 : adverbial;
        }

        for (var guard = 0; guard < 4 && start < limit && ctx.Is(start, SpeakerWordRole.Intro); guard++)
        {
            var comma = start;
            while (comma < limit && !ctx.IsMark(comma, ','))
            {
                comma++;
            }

            if (comma >= limit)
            {
                break;
            }

            start = comma + 1;
        }

        return start;
    }
}
