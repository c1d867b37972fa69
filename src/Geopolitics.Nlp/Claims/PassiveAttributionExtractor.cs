using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// A passive attribution after the content in the same sentence: <c>…, demikian disampaikan oleh X.</c>,
/// <c>…, hal itu dikatakan X.</c> Without content before it in the sentence (<c>Hal itu disampaikan X di Jakarta.</c>,
/// which refers to an earlier sentence) it is no claim. Fronted, a passive or short cue opens the sentence with its source
/// and a comma before the content (<c>Dikatakan Erdogan, …</c>, <c>Kata dia, …</c>).
/// </summary>
internal static class PassiveAttributionExtractor
{
    private const int MaxBridgeWords = 2;

    /// <summary>Adds the claims with a passive reporting verb after the content.</summary>
    public static void Extract(ClaimContext ctx, List<ClaimCandidate> claims)
    {
        for (var t = 0; t < ctx.Tokens.Length; t++)
        {
            ctx.CheckCancellation(t);
            if (ctx.CueOf(t) == CueRole.Short && !ctx.Tokens[t].HasClitic && t == ctx.SentenceOf(t).FirstToken && ctx.IsCapitalized(t))
            {
                Fronted(ctx, t, ctx.SentenceOf(t).EndToken, claims, pronoun: true); // `Kata dia, …`, `Tambah Hendra, …`
                continue;
            }

            if (ctx.CueOf(t) != CueRole.Passive || ctx.Tokens[t].HasClitic)
            {
                continue;
            }

            // `, demikian disampaikan`, `, hal itu disampaikan`, `, disampaikan`.
            var sentence = ctx.SentenceOf(t);
            if (t == sentence.FirstToken && ctx.IsCapitalized(t))
            {
                Fronted(ctx, t, sentence.EndToken, claims);
                continue;
            }

            var k = t - 1;
            if (k < 1)
            {
                continue;
            }

            while (k > sentence.FirstToken && t - 1 - k < MaxBridgeWords && (ctx.IsWordText(k, "demikian") || ctx.IsWordText(k, "hal") || SourcePhraseReader.IsDemonstrative(ctx, k)))
            {
                k--;
            }

            if (k - 1 < sentence.FirstToken || !ctx.IsMark(k, ',') || ctx.QuoteOf(k - 1) >= 0 || ctx.IsQuoteMark(k - 1))
            {
                continue;
            }

            var from = ctx.IsWordText(t + 1, "oleh") ? t + 2 : t + 1;
            if (SourcePhraseReader.SourceAfter(ctx, from, sentence.EndToken, untilComma: false) is not { } speaker || ctx.Is(from, SpeakerWordRole.Pronoun))
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

    // `Dikatakan Erdogan, Turki siap …`: a fronted passive, its agent, a comma, then the content. A short cue fronts the
    // same way (`Kata dia, pemerintah akan …`), with a pronoun for its source.
    private static void Fronted(ClaimContext ctx, int cue, int sentenceEnd, List<ClaimCandidate> claims, bool pronoun = false)
    {
        var from = ctx.IsWordText(cue + 1, "oleh") ? cue + 2 : cue + 1;
        TextSpan? source = pronoun && from < sentenceEnd && ctx.Is(from, SpeakerWordRole.Pronoun) && !ctx.IsCapitalized(from) && ctx.IsMark(from + 1, ',')
            ? ctx.Tokens[from].Span
            : ctx.IsCapitalized(from) ? SourcePhraseReader.SourceAfter(ctx, from, sentenceEnd, untilComma: true) : null;
        if (source is not { } speaker)
        {
            return;
        }

        var comma = ctx.TokenAtOrAfter(speaker.End);
        if (ctx.IsMark(comma, ',') && ReportedContent.After(ctx, comma, sentenceEnd) is { } found)
        {
            claims.Add(new ClaimCandidate(found.Kind, ctx.Tokens[cue].Span, speaker, found.Content, new TextSpan(ctx.Tokens[cue].Start, found.Content.Start)));
        }
    }
}
