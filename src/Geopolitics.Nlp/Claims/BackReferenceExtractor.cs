using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Attributions that point back across the sentence boundary: <c>Hal itu disampaikan (oleh) X …</c>,
/// <c>Laporan itu diungkap X</c>, <c>X mengemukakan hal itu …</c>. The previous sentence is X's claim (indirect).
/// </summary>
internal static class BackReferenceExtractor
{
    private const int MaxAnaphorWords = 4;
    private const int MaxNegationGap = 3;

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
            if (previous.EndToken <= previous.FirstToken || ctx.IsMark(previous.EndToken - 1, '?'))
            {
                continue; // a question
            }

            var kind = ClaimKind.Indirect;
            // `Namun, …`, `Menurut dia, …`: how the sentence ties to the one before and who it says speaks are no part of
            // what is claimed.
            var opening = SentenceOpening.AfterAttribution(ctx, Dateline.Skip(ctx, previous.FirstToken, previous.EndToken), previous.EndToken);
            var content = ctx.TrimContent(opening > previous.FirstToken ? ctx.Tokens[opening].Start : previous.Start, previous.End);
            if (ctx.QuoteOf(previous.FirstToken + 1) >= 0)
            {
                // A quotation: only one that is the whole sentence, with no attribution of its own (the quote extractors
                // read those), is the claim pointed back to, a direct one (ANNOTATION.md: a quotation with its attribution).
                if (WholeQuotation(ctx, previous, ctx.QuoteOf(previous.FirstToken + 1)) is not { } quoted)
                {
                    continue;
                }

                (kind, content) = (ClaimKind.Direct, quoted);
            }

            if (ctx.CountWords(content, 3) < 3)
            {
                continue;
            }

            claims.Add(new ClaimCandidate(kind, found.Cue, found.Speaker, content, new TextSpan(sentence.Start, sentence.End)));
        }
    }

    /// <summary>
    /// Whether the reporting verb at token <paramref name="verb"/> takes <c>hal itu</c> (a statement noun and a demonstrative)
    /// as its object. A denial (<c>membantah kabar tersebut</c>, <c>menepis isu itu</c>) takes the report as its object, not
    /// as its content.
    /// </summary>
    /// The object must end the clause (<c>X menyampaikan hal itu saat …</c>): with more words after it, it is the subject
    /// or the object of the content (<c>menilai laporan itu sebagai propaganda</c>, <c>mengatakan hal itu diperlukan</c>).
    public static bool ObjectPointsBack(ClaimContext ctx, int verb) =>
        ctx.CueOf(verb) == CueRole.Verb && ctx.Is(verb + 1, SpeakerWordRole.Statement) && SourcePhraseReader.IsDemonstrative(ctx, verb + 2) &&
        !ctx.IsWordText(verb, "membantah") && !ctx.IsWordText(verb, "menepis") && EndsClause(ctx, verb + 3);

    // After the object: the end of the sentence or a mark, or the circumstance, time or occasion of the saying
    // (`… hal itu kepada wartawan`, `… hal itu melalui akun X`, `… hal itu, Senin`), or a next predicate (`dan …`).
    private static bool EndsClause(ClaimContext ctx, int t) =>
        !ctx.IsWord(t) || ctx.IsCapitalized(t) ||
        ctx.Is(t, SpeakerWordRole.Circumstance | SpeakerWordRole.Time | SpeakerWordRole.Link | SpeakerWordRole.Subordinator |
                  SpeakerWordRole.Occasion);

    // The quotation's words when quotation `q` opens a sentence (this one or, over several sentences, an earlier one)
    // and only closing punctuation follows it in this one.
    private static TextSpan? WholeQuotation(ClaimContext ctx, Sentences.Sentence sentence, int q)
    {
        var quote = ctx.Quotes[q];
        var opening = ctx.TokenAtOrAfter(quote.OuterStart);
        if (!quote.Closed || opening >= ctx.Tokens.Length || ctx.Tokens[opening].Start != quote.OuterStart ||
            ctx.SentenceOf(opening).FirstToken != opening || quote.OuterEnd > sentence.End)
        {
            return null;
        }

        for (var i = quote.OuterEnd; i < sentence.End; i++)
        {
            if (!char.IsWhiteSpace(ctx.Text[i]) && ctx.Text[i] is not ('.' or '!' or '"' or '\u201D'))
            {
                return null;
            }
        }

        return ctx.TrimContent(quote.ContentStart, quote.ContentEnd);
    }

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

        if (k < end && k > start && ctx.CueOf(k) == CueRole.Passive && !ctx.Tokens[k].HasClitic && !IsNegated(ctx, k, start) &&
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
                return !IsNegated(ctx, v, start) && SpeakerPhraseFinder.SubjectBefore(ctx, v) is { } subject ? (ctx.Tokens[v].Span, subject) : null;
            }
        }

        return null;
    }

    // `X tidak pernah menyampaikan pernyataan itu`, `Hal itu belum pernah disampaikan X`: a denial that X said it, not
    // X's claim of the sentence before. A negation stands before the verb, maybe with adverbs between (`pernah`, `juga`).
    private static bool IsNegated(ClaimContext ctx, int verb, int start)
    {
        for (var t = verb - 1; t >= start && verb - t <= MaxNegationGap; t--)
        {
            if (ctx.Is(t, SpeakerWordRole.Negation))
            {
                return true;
            }

            if (!ctx.Is(t, SpeakerWordRole.Adverb | SpeakerWordRole.Modal | SpeakerWordRole.Aspect) || ctx.IsCapitalized(t))
            {
                return false;
            }
        }

        return false;
    }
}
