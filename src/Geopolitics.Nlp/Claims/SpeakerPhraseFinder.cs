using Geopolitics.Nlp.Text;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Finds the speaker phrase as written: the subject before a reporting verb (with appositions such as
/// <c>Ilya Dyachkov, profesor di MGIMO,</c>), or the source after <c>menurut</c> or a post-quote cue.
/// </summary>
internal static partial class SpeakerPhraseFinder
{
    private const int MaxSubjectTokens = 40;
    private const int MaxSegmentTokens = 18;

    /// <summary>
    /// The subject of the reporting verb at token <paramref name="verb"/>, or <see langword="null"/> when the verb has
    /// none (a relative clause, a verb at the start of the sentence).
    /// </summary>
    public static TextSpan? SubjectBefore(ClaimContext ctx, int verb)
    {
        var first = ctx.SentenceOf(verb).FirstToken;
        var t = verb - 1;
        var skippedAdverb = false;
        while (t >= first && ctx.Is(t, SpeakerWordRole.Adverb) && !ctx.IsCapitalized(t))
        {
            skippedAdverb = true;
            t--;
        }

        if (t < first)
        {
            return null;
        }

        if (ctx.IsMark(t, ',') && skippedAdverb)
        {
            // `…, bahkan menyebut …`: a further predicate of the sentence's subject.
            return SentenceSubject(ctx, first, verb);
        }

        var commaBeforeVerb = ctx.IsMark(t, ',');
        if (commaBeforeVerb)
        {
            t--;
            var k = t;
            while (k > first && ctx.Is(k, SpeakerWordRole.Time))
            {
                k--;
            }

            if (k < t && ctx.IsMark(k, ','))
            {
                t = k - 1; // `Moody's Investors Service, Selasa, menyatakan`
            }
        }

        if (t < first || ctx.CueOf(t) != CueRole.None)
        {
            return null;
        }

        if (ctx.IsWordText(t, "yang"))
        {
            // `Kementerian Luar Negeri yang memberitahukan bahwa …`: the relative clause's head speaks.
            // A name or title heads a speaking relative clause (`keterangan dari Kementerian Luar Negeri yang memberitahukan …`);
            // a common noun does not (`mendukung aturan KPU yang menyatakan …`, `rumor yang menyebut …`).
            return t - 1 >= first && !ctx.IsMark(t - 1, ',') && Backward(ctx, first, t - 1, out _) is { } relativeHead && NamesSpeaker(ctx, ctx.TokenAtOrAfter(relativeHead.Start)) ? relativeHead : null;
        }

        if (ctx.LooksLikePredicate(t))
        {
            return commaBeforeVerb ? SentenceSubject(ctx, first, verb) : null;
        }

        if (ctx.Is(t, SpeakerWordRole.Link) && !ctx.IsCapitalized(t))
        {
            // `…, dan menekankan …`: a second predicate of the sentence's subject.
            return SentenceSubject(ctx, first, verb);
        }

        var subject = Backward(ctx, first, t, out var afterPredicate);
        if (subject is { } clause && RelativeHead(ctx, first, ctx.TokenAtOrAfter(clause.Start), afterPredicate) is { } head)
        {
            return ctx.Span(ctx.TokenAtOrAfter(head.Start), t); // `Benny yang memimpin sidang mengatakan …`
        }
        if (subject is { } found && ctx.Is(ctx.TokenAtOrAfter(found.Start), SpeakerWordRole.Intro) && !ctx.IsCapitalized(ctx.TokenAtOrAfter(found.Start)))
        {
            // `…, di sisi lain menyampaikan …`: an adverbial phrase, not a subject.
            return SentenceSubject(ctx, first, verb);
        }

        if (afterPredicate && !ctx.Is(ctx.TokenAtOrAfter(subject?.Start ?? 0), SpeakerWordRole.Plural))
        {
            // `yang membantu Rusia menegaskan …`, or `…, menegaskan` after a clause: the subject is the sentence's.
            return commaBeforeVerb ? SentenceSubject(ctx, first, verb) : null;
        }

        return subject is { } s && IsThing(ctx, s) ? null : TrimCircumstance(ctx, subject);
    }

    // `Retno Marsudi dalam keterangannya mengatakan`: a circumstance after the name is not part of the speaker; a
    // preposition before a name (`profesor di Institut …`) is, as part of an apposition.
    private static TextSpan? TrimCircumstance(ClaimContext ctx, TextSpan? subject)
    {
        if (subject is not { } span)
        {
            return null;
        }

        var first = ctx.TokenAtOrAfter(span.Start);
        for (var k = first + 1; k < ctx.Tokens.Length && ctx.Tokens[k].End <= span.End; k++)
        {
            if (ctx.Is(k, SpeakerWordRole.Intro) && !ctx.IsCapitalized(k) && ctx.IsWord(k + 1) && !ctx.IsCapitalized(k + 1) &&
                (ctx.IsCapitalized(k - 1) || ctx.IsMark(k - 1, ')')))
            {
                return ctx.Span(first, k - 1);
            }
        }

        return span;
    }

    // `Pertemuan ini menegaskan …`: a demonstrative phrase with no title or name is a thing, not a speaker.
    private static bool IsThing(ClaimContext ctx, TextSpan subject)
    {
        var first = ctx.TokenAtOrAfter(subject.Start);
        var last = ctx.TokenAtOrAfter(subject.End) - 1;
        if (last < first || !(ctx.IsWordText(last, "ini") || ctx.IsWordText(last, "itu") || ctx.IsWordText(last, "tersebut")))
        {
            return false;
        }

        for (var k = first; k < last; k++)
        {
            if (ctx.Is(k, SpeakerWordRole.Title | SpeakerWordRole.Plural) || (k > first && ctx.IsCapitalized(k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the phrase opening at token <paramref name="t"/> can name a speaker: a name, title or group.</summary>
    public static bool NamesSpeaker(ClaimContext ctx, int t) => ctx.IsCapitalized(t) || ctx.Is(t, SpeakerWordRole.Title | SpeakerWordRole.Plural);

    /// <summary>The subject at the start of the sentence that begins at token <paramref name="first"/>.</summary>
    public static TextSpan? SentenceSubject(ClaimContext ctx, int first, int limit)
    {
        var start = SkipIntroduction(ctx, first, limit);
        var t = start;
        while (t < limit && (ctx.IsWord(t) || ctx.IsMark(t, '(') || ctx.IsMark(t, ')') || ctx.IsMark(t, ',')) &&
               !ctx.LooksLikePredicate(t) && !(ctx.Is(t, SpeakerWordRole.Adverb) && !ctx.IsCapitalized(t)))
        {
            t++;
        }

        while (t > start && ctx.IsMark(t - 1, ','))
        {
            t--;
        }

        return t > start ? ctx.Span(start, t - 1) : null;
    }

    /// <summary>
    /// The source phrase starting at token <paramref name="t"/>: a name or title run, its parenthesized abbreviation and
    /// appositions after commas. Stops before the content or the rest of the attribution (<c>setelah pertemuan</c>).
    /// </summary>
    public static TextSpan? SourceAfter(ClaimContext ctx, int t, int limit, bool untilComma)
    {
        while (t < limit && ctx.Is(t, SpeakerWordRole.Source) && !ctx.IsCapitalized(t))
        {
            t++;
        }

        if (t >= limit || !ctx.IsWord(t))
        {
            return null;
        }

        var start = t;
        if (ctx.Is(t, SpeakerWordRole.Pronoun) && !ctx.IsCapitalized(t))
        {
            return ctx.Span(t, t);
        }

        var last = ReadSegment(ctx, t, limit, untilComma);
        if (last < start)
        {
            // `kata politikus PDI-P ini`: a descriptive phrase closed by a demonstrative.
            return DemonstrativePhrase(ctx, t, limit) is { } described ? ctx.Span(t, described) : null;
        }

        if (last + 1 < limit && IsDemonstrative(ctx, last + 1))
        {
            return ctx.Span(start, last + 1); // `Ketua DPR ini`
        }

        // Appositions: `X, direktur …` or `Juru bicara …, Dmitry Peskov`.
        while (last + 2 < limit && ctx.IsMark(last + 1, ',') && ctx.IsWord(last + 2))
        {
            var next = last + 2;
            var opensTitle = ctx.Is(next, SpeakerWordRole.Title | SpeakerWordRole.Honorific);
            var segmentEnd = ReadSegment(ctx, next, limit, untilComma: true);
            for (var k = next + 1; k <= segmentEnd; k++)
            {
                if (ctx.Is(k, SpeakerWordRole.Circumstance) && !ctx.IsCapitalized(k) && AllCapitalized(ctx, next, k - 1))
                {
                    segmentEnd = k - 1; // `…, Evelina Fadil di Jakarta`: the place is the attribution's circumstance
                    break;
                }
            }

            var nameOnly = segmentEnd >= next && segmentEnd - next < 4 && AllCapitalized(ctx, next, segmentEnd) && !ctx.Is(next, SpeakerWordRole.Time) &&
                           ctx.Is(start, SpeakerWordRole.Title) &&
                           (segmentEnd + 1 >= limit || ctx.IsMark(segmentEnd + 1, ',') || ctx.IsMark(segmentEnd + 1, '.') || ctx.Is(segmentEnd + 1, SpeakerWordRole.Circumstance));
            if (segmentEnd < next || !(opensTitle || nameOnly))
            {
                break;
            }

            last = segmentEnd;
        }

        return ctx.Span(start, last);
    }

    private static int ReadSegment(ClaimContext ctx, int t, int limit, bool untilComma)
    {
        var last = t - 1;
        var depth = 0;
        for (var k = t; k < limit && k - t < MaxSegmentTokens; k++)
        {
            if (ctx.IsMark(k, '('))
            {
                depth++;
                continue;
            }

            if (ctx.IsMark(k, ')'))
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
                last = k;
                continue;
            }

            if (depth > 0)
            {
                continue;
            }

            if (!ctx.IsWord(k) && !(ctx.Tokens[k].Kind == TokenKind.Punctuation && ctx.Text[ctx.Tokens[k].Start] == '-'))
            {
                break;
            }

            var accepted = untilComma || ctx.IsCapitalized(k) || ctx.Is(k, SpeakerWordRole.Title | SpeakerWordRole.Honorific | SpeakerWordRole.Plural | SpeakerWordRole.Pronoun) ||
                           (k > t && ctx.IsWordText(k, "dan") && ctx.IsCapitalized(k + 1)) ||
                           (k > t && ctx.IsWordText(k, "untuk") && ctx.Is(t, SpeakerWordRole.Title) && ctx.IsCapitalized(k - 1) && ctx.IsCapitalized(k + 1)); // `Duta Besar X untuk Y`
            if (!accepted || (untilComma && ctx.LooksLikePredicate(k) && k > t))
            {
                break;
            }

            last = k;
        }

        return last;
    }

    private static TextSpan? Backward(ClaimContext ctx, int first, int end, out bool afterPredicate)
    {
        // Walk back segment by segment (segments are separated by commas); join a segment to the subject only when the
        // two form an apposition or a list.
        var segmentStart = SegmentStart(ctx, first, end);
        afterPredicate = segmentStart - 1 >= first && ctx.LooksLikePredicate(segmentStart - 1);
        if (segmentStart > end)
        {
            return null;
        }

        int start;

        start = segmentStart;
        while (start - 2 >= first && ctx.IsMark(start - 1, ',') && end - start < MaxSubjectTokens)
        {
            var leftEnd = start - 2;
            var leftStart = SegmentStart(ctx, first, leftEnd);
            if (leftStart > leftEnd || ctx.Is(leftStart, SpeakerWordRole.Intro) || !ctx.IsWord(leftStart))
            {
                break;
            }

            var rightOpensApposition = ctx.Is(start, SpeakerWordRole.Title | SpeakerWordRole.Honorific) ||
                                       ctx.IsWordText(start, "dan") || ctx.IsWordText(start, "serta");
            var leftIsTitle = ctx.Is(leftStart, SpeakerWordRole.Title) && ctx.IsCapitalized(start);
            var leftIsName = AllCapitalized(ctx, leftStart, leftEnd) && ctx.IsCapitalized(start) && leftEnd - leftStart < 3 && end - start < 3;
            if (!(rightOpensApposition || leftIsTitle || leftIsName))
            {
                break;
            }

            start = leftStart;
        }

        while (start <= end && ((ctx.Is(start, SpeakerWordRole.Link | SpeakerWordRole.Source) && !ctx.IsCapitalized(start)) || ctx.IsQuoteMark(start)))
        {
            start++;
        }

        return start <= end ? ctx.Span(start, end) : null;
    }

    // The first token of the comma-free segment that ends at token `end`, stopping at predicates and other punctuation.
    private static int SegmentStart(ClaimContext ctx, int first, int end)
    {
        var k = end;
        var depth = 0;
        while (k - 1 >= first && end - k < MaxSegmentTokens)
        {
            var p = k - 1;
            if (ctx.IsMark(p, ')'))
            {
                depth++;
            }
            else if (ctx.IsMark(p, '('))
            {
                depth--;
            }
            else if (depth <= 0 && (!ctx.IsWord(p) || ctx.LooksLikePredicate(p) || ctx.CueOf(p) == CueRole.Verb || ctx.IsWordText(p, "yang") || IsCopula(ctx, p)))
            {
                break;
            }

            k = p;
        }

        // A segment that opens with an introductory word (`Dalam pertemuan itu Lavrov`) is not all subject.
        return k;
    }

    private static int SkipIntroduction(ClaimContext ctx, int first, int limit)
    {
        var start = Dateline.Skip(ctx, first, limit);
        while (start < limit && (ctx.IsQuoteMark(start) || !ctx.IsWord(start)))
        {
            start++;
        }

        for (var guard = 0; guard < 4 && start < limit && ctx.Is(start, SpeakerWordRole.Intro); guard++)
        {
            var comma = start;
            while (comma < limit && !ctx.IsMark(comma, ','))
            {
                comma++;
            }

            if (comma >= limit)
            {
                break;
            }

            start = comma + 1;
        }

        return start;
    }

    // `Ini adalah peristiwa penting yang …`: a copula ends the subject like any predicate.
    private static bool IsCopula(ClaimContext ctx, int t) => ctx.IsWordText(t, "adalah") || ctx.IsWordText(t, "ialah");

    private static bool AllCapitalized(ClaimContext ctx, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (!ctx.IsCapitalized(k) && !ctx.IsMark(k, '(') && !ctx.IsMark(k, ')'))
            {
                return false;
            }
        }

        return true;
    }
}
