using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Reported speech attributed at the end of the sentence without quotation marks: <c>Ekspor akan naik, katanya.</c>,
/// <c>…, kata Budi.</c> The content is the clause before the comma; an attribution inside the sentence
/// (<c>Hal ini, kata Budi, akan …</c>, <c>Komisi I, lanjutnya, akan …</c>) is read by <see cref="ParentheticalAttribution"/>.
/// </summary>
internal static class PostAttributionExtractor
{
    /// <summary>Adds the claims with a short cue after an unquoted clause.</summary>
    public static void Extract(ClaimContext ctx, List<ClaimCandidate> claims)
    {
        for (var t = 1; t < ctx.Tokens.Length; t++)
        {
            ctx.CheckCancellation(t);
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
                speaker = SourcePhraseReader.SourceAfter(ctx, t + 1, sentence.EndToken, untilComma: false);
            }

            if (speaker is null)
            {
                continue;
            }

            var cue = new TextSpan(token.Start, token.CliticStart);
            var rest = ParentheticalAttribution.RestStart(ctx, token.HasClitic ? t + 1 : ctx.TokenAtOrAfter(speaker.Value.End), sentence.EndToken);
            if (rest >= 0)
            {
                if (ParentheticalAttribution.Content(ctx, rest, sentence.EndToken) is { } after)
                {
                    claims.Add(new ClaimCandidate(ClaimKind.Indirect, cue, speaker.Value, after, new TextSpan(token.Start, ctx.Tokens[rest].Start)));
                }

                continue;
            }

            var content = ctx.TrimContent(ctx.Tokens[Dateline.Skip(ctx, sentence.FirstToken, t - 1)].Start, ctx.Tokens[t - 1].Start);
            if (ctx.CountWords(content, 2) < 2 || ctx.Text.AsSpan(content.Start, content.Length).Contains('?'))
            {
                continue;
            }

            claims.Add(new ClaimCandidate(ClaimKind.Indirect, cue, speaker.Value, content, new TextSpan(token.Start, sentence.End)));
        }
    }
}
