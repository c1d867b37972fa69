namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Where a claim whose content is a whole sentence (<c>…, menurut X.</c>, the sentence before <c>Hal itu disampaikan
/// X</c>) starts its content: after a connective that ties the sentence to the one before (<c>Namun, …</c>, <c>Meski
/// demikian, …</c>) and after an attribution of its own (<c>Menurut dia, …</c>), which say how the sentence relates and
/// who says it, not what is claimed. Not for <c>…, kata X.</c>: those are the speaker's own words without quotation
/// marks (<c>Tapi saya juga melihat …, kata X</c>), kept as said.
/// </summary>
internal static class SentenceOpening
{
    /// <summary>The first token of the content that opens at token <paramref name="t"/>, past a connective and its comma.</summary>
    public static int AfterConnective(ClaimContext ctx, int t, int end)
    {
        var n = ctx.SentenceAdverbialAt(t, end - 1, SentenceAdverbialRole.Connective);
        if (n == 0)
        {
            return t;
        }

        var after = ctx.IsMark(t + n, ',') ? t + n + 1 : t + n;
        return after < end && ctx.IsWord(after) ? after : t;
    }

    /// <summary>
    /// The first token of the content that opens at token <paramref name="t"/>, past a connective and past an
    /// attribution to a pronoun (<c>Menurut dia,</c>, <c>Menurutnya,</c>), which points to the same source as the
    /// sentence that reports it (<c>Pernyataan itu disampaikan Lavrov</c>). A named source stays: another source's
    /// statement reported by someone else is read whole, as annotators read <c>X mengapresiasi … Hal itu disampaikan Y</c>.
    /// </summary>
    public static int AfterAttribution(ClaimContext ctx, int t, int end)
    {
        t = AfterConnective(ctx, t, end);
        if (ctx.CueOf(t) != CueRole.According)
        {
            return t;
        }

        var comma = ctx.Tokens[t].HasClitic ? t + 1 : ctx.Is(t + 1, SpeakerWordRole.Pronoun) ? t + 2 : -1;
        return comma > t && ctx.IsMark(comma, ',') && comma + 1 < end && ctx.IsWord(comma + 1) ? comma + 1 : t;
    }
}
