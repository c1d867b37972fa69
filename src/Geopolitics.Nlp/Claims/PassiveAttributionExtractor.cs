using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// A passive attribution after the content in the same sentence: <c>…, demikian disampaikan oleh X.</c>,
/// <c>…, hal itu dikatakan X.</c> Without content before it in the sentence (<c>Hal itu disampaikan X di Jakarta.</c>,
/// which refers to an earlier sentence) it is no claim.
/// </summary>
internal static class PassiveAttributionExtractor
{
    private const int MaxBridgeWords = 2;

    /// <summary>Adds the claims with a passive reporting verb after the content.</summary>
    public static void Extract(ClaimContext ctx, List<ClaimCandidate> claims)
    {
        for (var t = 2; t < ctx.Tokens.Length; t++)
        {
            if (ctx.CueOf(t) != CueRole.Passive || ctx.Tokens[t].HasClitic)
            {
                continue;
            }

            // `, demikian disampaikan`, `, hal itu disampaikan`, `, disampaikan`.
            var sentence = ctx.SentenceOf(t);
            var k = t - 1;
            while (k > sentence.FirstToken && t - 1 - k < MaxBridgeWords && (ctx.IsWordText(k, "demikian") || ctx.IsWordText(k, "hal") || SpeakerPhraseFinder.IsDemonstrative(ctx, k)))
            {
                k--;
            }

            if (k - 1 < sentence.FirstToken || !ctx.IsMark(k, ',') || ctx.QuoteOf(k - 1) >= 0 || ctx.IsQuoteMark(k - 1))
            {
                continue;
            }

            var from = ctx.IsWordText(t + 1, "oleh") ? t + 2 : t + 1;
            if (SpeakerPhraseFinder.SourceAfter(ctx, from, sentence.EndToken, untilComma: false) is not { } speaker || ctx.Is(from, SpeakerWordRole.Pronoun))
            {
                continue;
            }

            var content = ctx.TrimContent(ctx.Tokens[sentence.FirstToken].Start, ctx.Tokens[k].Start);
            if (ctx.CountWords(content, 3) < 3 || ctx.Text.AsSpan(content.Start, content.Length).Contains('?'))
            {
                continue;
            }

            claims.Add(new ClaimCandidate(ClaimKind.Indirect, ctx.Tokens[t].Span, speaker, content, new TextSpan(ctx.Tokens[k].Start, sentence.End)));
        }
    }
}
