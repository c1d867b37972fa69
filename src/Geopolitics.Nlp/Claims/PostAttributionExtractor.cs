using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Reported speech attributed at the end of the sentence without quotation marks: <c>Ekspor akan naik, katanya.</c>,
/// <c>…, kata Budi.</c> The content is the clause before the comma.
/// </summary>
internal static class PostAttributionExtractor
{
    /// <summary>Adds the claims with a short cue after an unquoted clause.</summary>
    public static void Extract(ClaimContext ctx, List<ClaimCandidate> claims)
    {
        for (var t = 1; t < ctx.Tokens.Length; t++)
        {
            if (ctx.CueOf(t) != CueRole.Short || ctx.IsCapitalized(t) || !ctx.IsMark(t - 1, ','))
            {
                continue;
            }

            var sentence = ctx.SentenceOf(t);
            if (t - 2 < sentence.FirstToken || ctx.IsQuoteMark(t - 2) || ctx.QuoteOf(t - 2) >= 0)
            {
                continue; // a quotation: the direct extractor's
            }

            var token = ctx.Tokens[t];
            TextSpan? speaker;
            if (token.HasClitic)
            {
                speaker = token.CliticAsSpan().Equals("nya", StringComparison.OrdinalIgnoreCase) ? new TextSpan(token.CliticStart, token.End) : null;
            }
            else
            {
                speaker = SpeakerPhraseFinder.SourceAfter(ctx, t + 1, sentence.EndToken, untilComma: false);
            }

            if (speaker is null)
            {
                continue;
            }

            var content = ctx.TrimContent(ctx.Tokens[sentence.FirstToken].Start, ctx.Tokens[t - 1].Start);
            if (ctx.CountWords(content, 3) < 3 || ctx.Text.AsSpan(content.Start, content.Length).Contains('?'))
            {
                continue;
            }

            claims.Add(new ClaimCandidate(ClaimKind.Indirect, new TextSpan(token.Start, token.CliticStart), speaker.Value, content, new TextSpan(token.Start, sentence.End)));
        }
    }
}
