using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Marks a claim as hedged when its content holds a hedge word from <c>hedges.txt</c> (<c>mungkin</c>, <c>diduga</c>).
/// <c>mungkin</c> hedges nothing where it is part of a fixed phrase: negated (<c>tidak mungkin</c>, "impossible") or
/// after an adjective with <c>se-</c> (<c>sesegera mungkin</c>, "as soon as possible").
/// </summary>
internal static class HedgeDetector
{
    /// <summary>Whether the content span holds a hedge word.</summary>
    public static bool IsHedged(ClaimContext ctx, TextSpan content)
    {
        for (var t = ctx.TokenAtOrAfter(content.Start); t < ctx.Tokens.Length && ctx.Tokens[t].End <= content.End; t++)
        {
            if (ctx.IsWord(t) && ctx.Lexicon.IsHedge(ctx.Tokens[t].AsSpan()) && !IsFixedPhrase(ctx, t))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFixedPhrase(ClaimContext ctx, int t)
    {
        if (t == 0 || !ctx.IsWordText(t, "mungkin") || !ctx.IsWord(t - 1))
        {
            return false;
        }

        var before = ctx.Tokens[t - 1].AsSpan();
        return ctx.IsWordText(t - 1, "tidak") || ctx.IsWordText(t - 1, "tak") || ctx.IsWordText(t - 1, "bukan") ||
               (before.Length >= 6 && before.StartsWith("se", StringComparison.OrdinalIgnoreCase) && !ctx.IsWordText(t - 1, "sepertinya") &&
                !ctx.IsWordText(t - 1, "sebenarnya") && !ctx.IsWordText(t - 1, "sesungguhnya"));
    }
}
