using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// A quotation with no cue of its own right after an attributed claim, in the same paragraph, goes on in the same
/// voice: a direct claim with that claim's speaker and cue (<c>Selain itu, kata X, bahwa … . “…”</c>).
/// </summary>
internal static class ContinuationQuotes
{
    private const int MinQuoteWords = 3;
    private const int MaxGap = 12;

    /// <summary>Adds the continuation quotes to <paramref name="claims"/> (sorted by content start on return).</summary>
    public static void Add(ClaimContext ctx, List<ClaimCandidate> claims)
    {
        if (claims.Count == 0 || ctx.Quotes.IsEmpty)
        {
            return;
        }

        claims.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        var added = new List<ClaimCandidate>();
        var c = 0;
        ClaimCandidate? last = null;
        var step = 0;
        foreach (var quote in ctx.Quotes)
        {
            ctx.CheckCancellation(step++);
            // The claims before this quote, in one forward sweep: linear in claims + quotes.
            while (c < claims.Count && claims[c].Content.Start < quote.OuterStart)
            {
                last = claims[c++];
            }

            var content = ctx.TrimContent(quote.ContentStart, quote.ContentEnd);
            // A short one goes on only from an interrupted quotation (`“Kami siap,” katanya, “untuk membantu.”`).
            if (last is not { } before || !quote.Closed || QuoteTitles.IsTitle(ctx, quote) || ctx.Text[quote.OuterStart] is not ('"' or '\u201C' or '\u201D') ||
                (ctx.CountWords(content, MinQuoteWords) < MinQuoteWords && !ctx.HasCommaBetween(End(before), quote.OuterStart)) || before.Content.Overlaps(content) ||
                (c < claims.Count && claims[c].Content.Overlaps(content)) || !FollowsClaim(ctx, End(before), quote.OuterStart))
            {
                continue;
            }

            var continued = before with { Kind = ClaimKind.Direct, Content = content, Attribution = new TextSpan(quote.OuterEnd, quote.OuterEnd) };
            added.Add(continued);
            last = continued;
        }

        claims.AddRange(added);
        claims.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
    }

    private static int End(ClaimCandidate c) => Math.Max(c.Content.End, Math.Max(c.Speaker.End, c.Cue.End));

    // The end of the sentence that holds the claim's end: a clause ended before the sentence does (`… keprihatinan,
    // dan meminta …`, `…, saat ditemui di Jakarta`) is still followed by the quotation after that sentence.
    private static int SentenceEnd(ClaimContext ctx, int end)
    {
        var t = ctx.TokenAtOrAfter(Math.Max(0, end - 1));
        return t < ctx.Tokens.Length && !ctx.Sentences.IsEmpty ? Math.Max(end, Math.Min(ctx.SentenceOf(t).End, ctx.Text.Length)) : end;
    }

    // From the end of the claim's sentence, or from the claim's own end when the quotation stands inside that sentence
    // (`“Kami siap,” katanya, “untuk membantu.”`).
    private static bool FollowsClaim(ClaimContext ctx, int end, int next)
    {
        var sentenceEnd = SentenceEnd(ctx, end);
        return Follows(ctx, sentenceEnd <= next ? sentenceEnd : end, next);
    }

    // Only white space, closing marks and the sentence's end between the claim and the quotation; no paragraph break.
    private static bool Follows(ClaimContext ctx, int end, int next)
    {
        if (next < end || next - end > MaxGap)
        {
            return false;
        }

        for (var i = end; i < next; i++)
        {
            if (ctx.Text[i] == '\n' || (!char.IsWhiteSpace(ctx.Text[i]) && ctx.Text[i] is not ('.' or '"' or '\u201D' or ',')))
            {
                return false;
            }
        }

        return true;
    }
}
