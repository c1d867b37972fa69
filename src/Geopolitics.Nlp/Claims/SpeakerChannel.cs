namespace Geopolitics.Nlp.Claims;

/// <summary>
/// A body that speaks through one of its units: <c>Badan Pangan Nasional melalui Deputi Bidang Distribusi
/// mengimbau …</c>, <c>Pemerintah Thailand melalui Kementerian Luar Negeri menyatakan …</c>. The body is the speaker, as
/// it is with a channel that is no name (<c>Prabowo melalui akun media sosialnya menyampaikan</c>): the unit is how the
/// body spoke, not who.
/// </summary>
internal static class SpeakerChannel
{
    /// <summary>
    /// The channel word (<c>melalui</c>, <c>lewat</c>; boundary-words.tsv) of a named unit that ends at token
    /// <paramref name="t"/>, just before the verb, after a name; or -1.
    /// </summary>
    public static int Before(ClaimContext ctx, int first, int t)
    {
        for (var k = t; k > first && t - k < SubjectSegments.MaxSegmentTokens; k--)
        {
            if (ctx.Is(k, BoundaryWordRole.Channel) && !ctx.IsCapitalized(k))
            {
                return k < t && (ctx.IsCapitalized(k + 1) || ctx.Is(k + 1, SpeakerWordRole.Title)) && (ctx.IsCapitalized(k - 1) || ctx.IsMark(k - 1, ')'))
                    ? k
                    : -1;
            }

            // The unit's name: capitalized words, titles (`juru bicaranya`: the word after a title word with its
            // clitic), the conjunctions and parentheses in names.
            if (!(ctx.IsCapitalized(k) || ctx.Is(k, SpeakerWordRole.Title) || ctx.IsMark(k, '(') || ctx.IsMark(k, ')') ||
                  ctx.IsWordText(k, "dan") || (ctx.Tokens[k].HasClitic && ctx.Is(k - 1, SpeakerWordRole.Title))))
            {
                return -1;
            }
        }

        return -1;
    }
}
