namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Comma-closed segments between a subject and its reporting verb that say when or where it spoke, not who: a day
/// (<c>Moody's Investors Service, Selasa, menyatakan</c>, <c>Rabu (3/9)</c>) or a circumstance (<c>…, Mao Ning, dalam
/// konferensi pers rutin di Beijing, Rabu (3/9), mengatakan</c>).
/// </summary>
internal static class SpeakerAdjuncts
{
    private const int MaxSegmentTokens = 18;
    private const int MaxParenthesisTokens = 6;

    /// <summary>
    /// Skips back from token <paramref name="t"/> (just before the comma before the verb) over the adjunct segments;
    /// returns the last token before them, or <paramref name="t"/> itself when there are none.
    /// </summary>
    public static int SkipBefore(ClaimContext ctx, int first, int t)
    {
        while (t > first)
        {
            var k = t;
            if (ctx.IsMark(k, ')'))
            {
                var open = k - 1;
                while (open > first && k - open <= MaxParenthesisTokens && !ctx.IsMark(open, '('))
                {
                    open--;
                }

                if (!ctx.IsMark(open, '(') || !ctx.Is(open - 1, SpeakerWordRole.Time))
                {
                    return t;
                }

                k = open - 1;
            }

            var day = k;
            while (k > first && ctx.Is(k, SpeakerWordRole.Time))
            {
                k--;
            }

            if (k < day && ctx.IsMark(k, ','))
            {
                t = k - 1;
                continue;
            }

            if (k < day)
            {
                return t;
            }

            var start = t;
            while (start > first && t - start < MaxSegmentTokens && !ctx.IsMark(start - 1, ','))
            {
                start--;
            }

            if (start > first && start < t && ctx.IsMark(start - 1, ',') && ctx.Is(start, SpeakerWordRole.Circumstance) && !ctx.IsCapitalized(start))
            {
                t = start - 2;
                continue;
            }

            return t;
        }

        return t;
    }
}
