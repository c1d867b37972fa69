namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// <c>PT Bank Central Asia Tbk. (BBCA)</c>: the stock code in brackets after a listed company is the company's other name,
/// not the person an officer's title may put after it (<c>… Tbk. (BBCA) David Sumual</c>).
/// </summary>
internal static class StockTickers
{
    /// <summary>
    /// Types a bracketed code right after the company that ends at <paramref name="end"/> as an organization; returns the
    /// token after the closing bracket, or <paramref name="end"/> when no code follows.
    /// </summary>
    public static int TypeAfter(SentenceMentions sentence, int end)
    {
        var tokens = sentence.Tokens;
        if (end + 2 >= tokens.Count || tokens[end] != "(" || tokens[end + 2] != ")" || !IsTicker(tokens[end + 1]))
        {
            return end;
        }

        if (sentence.Exactly(end + 1, end + 2) is { } tagged)
        {
            tagged.Type = EntityType.Organization; // the acronym pass may have linked it to the name already
        }
        else
        {
            var ticker = new Mention(end + 1, end + 2, EntityType.Organization, null);
            sentence.RemoveOverlapping(ticker);
            sentence.Insert(ticker);
        }

        return end + 3;
    }

    /// <summary>A stock exchange's code: four capital letters on the Indonesia Stock Exchange, two to five elsewhere.</summary>
    private static bool IsTicker(string token) => token.Length is >= 2 and <= 5 && !token.AsSpan().ContainsAnyExceptInRange('A', 'Z');
}
