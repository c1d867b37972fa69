using Geopolitics.Nlp.Text;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Claims;

/// <summary>Speaker phrases that describe rather than name: demonstrative descriptions and relative clauses.</summary>
internal static partial class SpeakerPhraseFinder
{
    /// <summary>Whether the token is <c>ini</c>, <c>itu</c> or <c>tersebut</c>.</summary>
    public static bool IsDemonstrative(ClaimContext ctx, int t) => ctx.IsWordText(t, "ini") || ctx.IsWordText(t, "itu") || ctx.IsWordText(t, "tersebut");

    // The last token of a short noun phrase from `t` that ends with a demonstrative, or null.
    private static int? DemonstrativePhrase(ClaimContext ctx, int t, int limit)
    {
        for (var k = t + 1; k < limit && k - t <= 6; k++)
        {
            if (IsDemonstrative(ctx, k))
            {
                return k;
            }

            var hyphen = ctx.Tokens[k].Kind == TokenKind.Punctuation && ctx.Text[ctx.Tokens[k].Start] == '-';
            if ((!ctx.IsWord(k) && !hyphen) || ctx.CueOf(k) != CueRole.None || ctx.LooksLikePredicate(k) || ctx.Is(k, SpeakerWordRole.Circumstance))
            {
                return null;
            }
        }

        return null;
    }

    // `Benny yang memimpin jalannya sidang`, `Boyke yang juga anggota DPP`: the head before `yang` speaks.
    private static TextSpan? RelativeHead(ClaimContext ctx, int first, int segment, bool afterPredicate)
    {
        var y = segment - 1;
        if (afterPredicate)
        {
            y--;
            while (y > first && ctx.Is(y, SpeakerWordRole.Adverb) && !ctx.IsCapitalized(y))
            {
                y--;
            }
        }

        if (y - 1 < first || !ctx.IsWordText(y, "yang") || !ctx.IsWord(y - 1))
        {
            return null;
        }

        var head = Backward(ctx, first, y - 1, out var headAfterPredicate);
        return head is { } h && !headAfterPredicate && !IsThing(ctx, h) && ctx.IsCapitalized(ctx.TokenAtOrAfter(h.Start)) ? h : null;
    }
}
