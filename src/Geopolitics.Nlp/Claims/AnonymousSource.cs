using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// A source that withholds its name in a relative clause right before the verb: <c>Seorang diplomat Asia yang meminta
/// identitasnya dirahasiakan menyebut …</c>. The clause's words (boundary-words.tsv: anonymity, name) hold passives and
/// negations that would otherwise read as the sentence's predicate; the speaker is the head with its clause, as written.
/// </summary>
internal static class AnonymousSource
{
    private const int MaxClauseTokens = 8;

    /// <summary>
    /// Whether <paramref name="speaker"/> ends in such a clause (<c>Seorang pejabat senior Turki yang enggan disebut
    /// namanya</c>): the source withholds its name, so neither a country nor an organization in the phrase speaks.
    /// </summary>
    public static bool Withholds(ClaimContext ctx, TextSpan speaker)
    {
        var first = ctx.TokenAtOrAfter(speaker.Start);
        var last = ctx.TokenAtOrAfter(speaker.End) - 1;
        var named = false;
        for (var k = last; k > first && last - k < MaxClauseTokens; k--)
        {
            if (ctx.IsWordText(k, "yang"))
            {
                return named && k < last;
            }

            if (ctx.Is(k, BoundaryWordRole.Name))
            {
                named = true;
            }
            else if (!ctx.Is(k, BoundaryWordRole.Anonymity))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The speaker phrase ending at token <paramref name="t"/> with such a clause, or <see langword="null"/>.</summary>
    public static TextSpan? Before(ClaimContext ctx, int first, int t)
    {
        var named = false;
        for (var k = t; k > first && t - k < MaxClauseTokens; k--)
        {
            if (ctx.IsWordText(k, "yang"))
            {
                if (!named || k == t || SubjectSegments.Before(ctx, first, k - 1, out var afterPredicate) is not { } head || afterPredicate)
                {
                    return null;
                }

                var headStart = ctx.TokenAtOrAfter(head.Start);
                for (var h = headStart; h < k; h++)
                {
                    if (ctx.IsCapitalized(h) || ctx.Is(h, SpeakerWordRole.Title | SpeakerWordRole.Dependent | SpeakerWordRole.Plural))
                    {
                        return ctx.Span(headStart, t);
                    }
                }

                return null;
            }

            if (ctx.Is(k, BoundaryWordRole.Name))
            {
                named = true;
            }
            else if (!ctx.Is(k, BoundaryWordRole.Anonymity))
            {
                return null;
            }
        }

        return null;
    }
}
