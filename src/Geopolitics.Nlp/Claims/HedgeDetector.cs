using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Marks a claim as hedged when its content holds a hedge word from <c>hedges.txt</c> (<c>mungkin</c>, <c>diduga</c>).
/// A hedge word hedges nothing where it is negated (<c>tidak mungkin</c>, "impossible"; <c>tidak berpotensi tsunami</c>,
/// a firm no), where <c>mungkin</c> follows an adjective with <c>se-</c> (<c>sesegera mungkin</c>, "as soon as
/// possible"), or where <c>kemungkinan</c> is the noun "possibility" (<c>membahas kemungkinan kunjungan</c>,
/// <c>segala kemungkinan</c>) rather than the adverb "probably" before a predicate (<c>kemungkinan digelar Juli</c>).
/// </summary>
internal static class HedgeDetector
{
    /// <summary>Whether the content span holds a hedge word.</summary>
    public static bool IsHedged(ClaimContext ctx, TextSpan content)
    {
        for (var t = ctx.TokenAtOrAfter(content.Start); t < ctx.Tokens.Length && ctx.Tokens[t].End <= content.End; t++)
        {
            if (ctx.IsWord(t) && ctx.Lexicon.IsHedge(ctx.Tokens[t].AsSpan()) && !IsFixedPhrase(ctx, t) && !IsNegated(ctx, t) && !IsPossibilityNoun(ctx, t))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNegated(ClaimContext ctx, int t) =>
        ctx.IsWordText(t - 1, "tidak") || ctx.IsWordText(t - 1, "tak") || ctx.IsWordText(t - 1, "bukan");

    private static bool IsFixedPhrase(ClaimContext ctx, int t)
    {
        if (t == 0 || !ctx.IsWordText(t, "mungkin") || !ctx.IsWord(t - 1))
        {
            return false;
        }

        var before = ctx.Tokens[t - 1].AsSpan();
        return before.Length >= 6 && before.StartsWith("se", StringComparison.OrdinalIgnoreCase) && !ctx.IsWordText(t - 1, "sepertinya") &&
               !ctx.IsWordText(t - 1, "sebenarnya") && !ctx.IsWordText(t - 1, "sesungguhnya");
    }

    // `kemungkinan` hedges as an adverb: before a predicate, a modal or aspect word (`kemungkinan digelar`, `kemungkinan
    // akan`, `kemungkinan besar`), or after an unnegated `ada` (`ada kemungkinan Rusia …`). Elsewhere it is the noun, the
    // object of a verb or a quantifier (`membahas kemungkinan kunjungan`, `siap menghadapi segala kemungkinan`).
    private static bool IsPossibilityNoun(ClaimContext ctx, int t)
    {
        if (!ctx.IsWordText(t, "kemungkinan"))
        {
            return false;
        }

        var next = t + 1;
        var modifiesPredicate = ctx.LooksLikePredicate(next) ||
                                ctx.Is(next, SpeakerWordRole.Modal | SpeakerWordRole.Negation | SpeakerWordRole.Adverb | SpeakerWordRole.Aspect) ||
                                ctx.IsWordText(next, "akan") || ctx.IsWordText(next, "besar") || ctx.IsWordText(next, "kecil");
        return !modifiesPredicate && !(ctx.IsWordText(t - 1, "ada") && !IsNegated(ctx, t - 1));
    }
}
