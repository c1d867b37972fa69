namespace Geopolitics.Nlp.Claims;

/// <summary>
/// A quotation that gives a title (<c>forum bertema “Laut yang Aman”</c>, <c>buku berjudul
/// “…”</c>): the word before its opening mark names it (boundary-words.tsv: title), and it quotes no speaker.
/// </summary>
internal static class QuoteTitles
{
    /// <summary>Whether the quotation opened at <paramref name="quote"/> is a title.</summary>
    public static bool IsTitle(ClaimContext ctx, Quotation quote)
    {
        var before = ctx.TokenAtOrAfter(quote.OuterStart) - 1;
        return before >= 0 && ctx.Tokens[before].End <= quote.OuterStart && ctx.Is(before, BoundaryWordRole.Title);
    }
}
