using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>Marks a claim as hedged when its content holds a hedge word from <c>hedges.txt</c> (<c>mungkin</c>, <c>diduga</c>).</summary>
internal static class HedgeDetector
{
    /// <summary>Whether the content span holds a hedge word.</summary>
    public static bool IsHedged(ClaimContext ctx, TextSpan content)
    {
        for (var t = ctx.TokenAtOrAfter(content.Start); t < ctx.Tokens.Length && ctx.Tokens[t].End <= content.End; t++)
        {
            if (ctx.IsWord(t) && ctx.Lexicon.IsHedge(ctx.Tokens[t].AsSpan()))
            {
                return true;
            }
        }

        return false;
    }
}
