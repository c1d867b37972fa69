using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Attributions that point back across the sentence boundary: <c>Hal itu disampaikan (oleh) X …</c>,
/// <c>Laporan itu diungkap X</c>, <c>X mengemukakan hal itu …</c>. The previous sentence is X's claim (indirect).
/// </summary>
internal static class BackReferenceExtractor
{
    private const int MaxAnaphorWords = 4;

    /// <summary>Adds the claims whose content is the sentence before the attribution.</summary>
    public static void Extract(ClaimContext ctx, List<ClaimCandidate> claims)
    {
        for (var s = 1; s < ctx.Sentences.Length; s++)
        {
            ctx.CheckCancellation(s);
            var sentence = ctx.Sentences[s];
            if (Attribution(ctx, sentence.FirstToken, sentence.EndToken) is not { } found)
            {
                continue;
            }

            var previous = ctx.Sentences[s - 1];
            if (previous.EndToken <= previous.FirstToken || ctx.IsMark(previous.EndToken - 1, '?') || ctx.QuoteOf(previous.FirstToken + 1) >= 0)
            {
                continue; // a question, or a quotation (its attribution is the quote extractors')
            }

            var content = ctx.TrimContent(previous.Start, previous.End);
            if (ctx.CountWords(content, 3) < 3)
            {
                continue;
            }

            claims.Add(new ClaimCandidate(ClaimKind.Indirect, found.Cue, found.Speaker, content, new TextSpan(sentence.Start, sentence.End)));
        }
    }

    /// <summary>
    /// Whether the reporting verb at token <paramref name="verb"/> takes <c>hal itu</c> (a statement noun and a demonstrative)
    /// as its object. A denial (<c>membantah kabar tersebut</c>, <c>menepis isu itu</c>) takes the report as its object, not
    /// as its content.
    /// </summary>
    public static bool ObjectPointsBack(ClaimContext ctx, int verb) =>
        ctx.CueOf(verb) == CueRole.Verb && ctx.Is(verb + 1, SpeakerWordRole.Statement) && SourcePhraseReader.IsDemonstrative(ctx, verb + 2) &&
        !ctx.IsWordText(verb, "membantah") && !ctx.IsWordText(verb, "menepis");

    private static (TextSpan Cue, TextSpan Speaker)? Attribution(ClaimContext ctx, int first, int end)
    {
        var start = first;
        while (start < end && (ctx.IsMark(start, ',') || (ctx.Is(start, SpeakerWordRole.Adverb | SpeakerWordRole.Link) && ctx.IsWord(start + 1) && !ctx.IsMark(start + 1, ','))))
        {
            start++;
        }

        // `Hal itu disampaikan …`, `Pernyataan tersebut diungkap …`, `Demikian disampaikan …`.
        var k = start;
        while (k < end && k - start < MaxAnaphorWords && ctx.IsWord(k) && ctx.CueOf(k) == CueRole.None)
        {
            k++;
        }

        // `Hal itu juga disampaikan …`, `Hal itu disampaikan langsung oleh …`: adverbs may stand between the anaphor and the verb.
        var anaphorEnd = k - 1;
        while (anaphorEnd > start && ctx.Is(anaphorEnd, SpeakerWordRole.Adverb) && !ctx.IsCapitalized(anaphorEnd))
        {
            anaphorEnd--;
        }

        if (k < end && k > start && ctx.CueOf(k) == CueRole.Passive && !ctx.Tokens[k].HasClitic &&
            ((SourcePhraseReader.IsDemonstrative(ctx, anaphorEnd) && ctx.Is(start, SpeakerWordRole.Statement)) || (anaphorEnd == start && ctx.IsWordText(start, "demikian"))))
        {
            var from = k + 1;
            while (from < end && from - k <= 2 && ctx.Is(from, SpeakerWordRole.Adverb) && !ctx.IsCapitalized(from))
            {
                from++; // `disampaikan langsung oleh Presiden …`
            }

            from = ctx.IsWordText(from, "oleh") ? from + 1 : from;
            return SourcePhraseReader.SourceAfter(ctx, from, end, untilComma: false) is { } speaker && !ctx.Is(from, SpeakerWordRole.Pronoun | SpeakerWordRole.Source)
                ? (ctx.Tokens[k].Span, speaker)
                : null;
        }

        // `X mengemukakan hal itu …`.
        for (var v = start + 1; v < end && v - start <= 12; v++)
        {
            if (ctx.CueOf(v) == CueRole.Verb && !ctx.IsCapitalized(v) && ObjectPointsBack(ctx, v))
            {
                return SpeakerPhraseFinder.SubjectBefore(ctx, v) is { } subject ? (ctx.Tokens[v].Span, subject) : null;
            }
        }

        return null;
    }
}
