namespace Geopolitics.Nlp.Claims;

/// <summary>
/// A source phrase after a cue that goes on as a list of names (<c>menurut perkiraan Bank Dunia, Uni Eropa, dan PBB</c>):
/// the sources speak together, and the content ends before the attribution. The list must close the attribution, with
/// <c>dan</c> or <c>serta</c> before its last name: one that runs into a predicate is the content's subject
/// (<c>Menurut Retno, Indonesia, Malaysia, dan Thailand sepakat …</c>).
/// </summary>
internal static class SourceList
{
    private const int MaxListItems = 6;
    private const int MaxNameTokens = 8;

    /// <summary>
    /// The last token of the names that go on a source ending in a name at token <paramref name="last"/> as a list
    /// (<c>…, Uni Eropa, dan PBB</c>, <c>…, Uni Eropa dan PBB</c>), closed by the end of the sentence (<paramref name="limit"/>),
    /// its full stop or a comma; -1 when none does.
    /// </summary>
    public static int End(ClaimContext ctx, int last, int limit)
    {
        if (!ctx.IsCapitalized(last) && !ctx.IsMark(last, ')'))
        {
            return -1;
        }

        var k = last;
        for (var items = 0; items < MaxListItems && k + 2 < limit && ctx.IsMark(k + 1, ','); items++)
        {
            var t = k + 2;
            var final = ctx.IsWordText(t, "dan") || ctx.IsWordText(t, "serta");
            t += final ? 1 : 0;
            if (!ctx.IsCapitalized(t))
            {
                return -1;
            }

            k = NameRunEnd(ctx, t, limit);
            if (!final && ctx.IsWord(k + 1) && (ctx.IsWordText(k + 1, "dan") || ctx.IsWordText(k + 1, "serta")) && ctx.IsCapitalized(k + 2))
            {
                final = true; // `…, Uni Eropa dan PBB`
                k = NameRunEnd(ctx, k + 2, limit);
            }

            if (final)
            {
                return k + 1 >= limit || ctx.IsMark(k + 1, '.') || ctx.IsMark(k + 1, ',') ? k : -1;
            }
        }

        return -1;
    }

    // The last token of the capitalized run (with a parenthesized abbreviation) that opens at token `t`.
    private static int NameRunEnd(ClaimContext ctx, int t, int limit)
    {
        var k = t;
        while (k + 1 < limit && k - t < MaxNameTokens && (ctx.IsCapitalized(k + 1) || ctx.IsMark(k + 1, '(') || ctx.IsMark(k + 1, ')')))
        {
            k++;
        }

        return k;
    }
}
