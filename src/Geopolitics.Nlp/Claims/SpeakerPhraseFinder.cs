using Geopolitics.Nlp.Text;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Finds the speaker phrase as written: the subject before a reporting verb (with appositions such as
/// <c>Ilya Dyachkov, profesor di MGIMO,</c>), or the source after <c>menurut</c> or a post-quote cue.
/// </summary>
internal static class SpeakerPhraseFinder
{
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

        if (ctx.IsMark(t, ',') && EarlierReportingVerb(ctx, first, t) is var earlier and >= 0 && SubjectBefore(ctx, earlier) is { } shared)
        {
            // `X mengatakan …, mencatat bahwa …`: a participial second reporting verb shares the first one's subject.
            return shared;
        }

        if (ctx.IsMark(t, ',') && skippedAdverb)
        {
            // `…, bahkan menyebut …`: a further predicate of the sentence's subject.
            return SentenceSubjects.SentenceSubject(ctx, first, verb);
        }

        var commaBeforeVerb = ctx.IsMark(t, ',');
        if (commaBeforeVerb)
        {
            t--;
            var skipped = SpeakerAdjuncts.SkipBefore(ctx, first, t);
            if (skipped < t)
            {
                t = skipped; // `Moody's Investors Service, Selasa, menyatakan`; `X, dalam konferensi pers di Beijing, Rabu (3/9), mengatakan`
            }
            else if (RelativeClauseStart(ctx, first, t) is var relative and >= 0 && ctx.IsMark(relative - 1, ','))
            {
                t = relative - 2; // `X, yang digulingkan pekan lalu, mengatakan`: X speaks
            }
        }

        if (!commaBeforeVerb && OccasionBefore(ctx, first, t) is var occasion and >= 0)
        {
            t = occasion - 1; // `Sugiono dalam keterangan tertulis menegaskan`: the occasion is no part of the speaker
        }

        if (t < first || ctx.CueOf(t) != CueRole.None)
        {
            return null;
        }

        if (ctx.Is(t, SpeakerWordRole.Subordinator) && !ctx.IsCapitalized(t) && !commaBeforeVerb)
        {
            // `Hidayat dan Airlangga mundur karena menganggap …`: a clause with no subject of its own shares the sentence's,
            // the names before the first predicate.
            return SentenceSubjects.NamesBefore(ctx, first, t);
        }

        if (ctx.IsWordText(t, "yang"))
        {
            // `Kementerian Luar Negeri yang memberitahukan bahwa …`: the relative clause's head speaks.
            // A name or title heads a speaking relative clause (`keterangan dari Kementerian Luar Negeri yang memberitahukan …`);
            // a common noun does not (`mendukung aturan KPU yang menyatakan …`, `rumor yang menyebut …`).
            // A document heads none (`Pernyataan bersama kedua negara yang menyebut …`).
            return t - 1 >= first && !ctx.IsMark(t - 1, ',') && SubjectSegments.Before(ctx, first, t - 1, out _) is { } relativeHead &&
                   ctx.NamesSpeaker(ctx.TokenAtOrAfter(relativeHead.Start)) && !ctx.Is(ctx.TokenAtOrAfter(relativeHead.Start), SpeakerWordRole.Statement)
                ? relativeHead
                : null;
        }

        if (ctx.LooksLikePredicate(t))
        {
            return commaBeforeVerb ? SentenceSubjects.SentenceSubject(ctx, first, verb) : null;
        }

        if (ctx.Is(t, SpeakerWordRole.Link) && !ctx.IsCapitalized(t))
        {
            // `…, dan menekankan …`: a second predicate of the sentence's subject.
            return SentenceSubjects.SentenceSubject(ctx, first, verb);
        }

        var subject = SubjectSegments.Before(ctx, first, t, out var afterPredicate);
        if (subject is { } clause && RelativeHead(ctx, first, ctx.TokenAtOrAfter(clause.Start), afterPredicate) is { } head)
        {
            return ctx.Span(ctx.TokenAtOrAfter(head.Start), t); // `Benny yang memimpin sidang mengatakan …`
        }
        if (subject is { } found && ctx.Is(ctx.TokenAtOrAfter(found.Start), SpeakerWordRole.Intro) && !ctx.IsCapitalized(ctx.TokenAtOrAfter(found.Start)))
        {
            // `…, di sisi lain menyampaikan …`: an adverbial phrase, not a subject.
            return SentenceSubjects.SentenceSubject(ctx, first, verb);
        }

        if (afterPredicate && !ctx.Is(ctx.TokenAtOrAfter(subject?.Start ?? 0), SpeakerWordRole.Plural))
        {
            // `yang membantu Rusia menegaskan …`, or `…, menegaskan` after a clause: the subject is the sentence's.
            return commaBeforeVerb ? SentenceSubjects.SentenceSubject(ctx, first, verb) : null;
        }

        return subject is { } s && (IsThing(ctx, s) || ctx.CountWords(s, 1) == 0) ? null : TrimCircumstance(ctx, subject);
    }

    // The circumstance word that opens an occasion between a name and its verb, without commas (`Sugiono saat ditemui di
    // Jakarta menegaskan`, `Netanyahu dalam pidato yang disiarkan televisi mengatakan`), or -1. An occasion word or a
    // predicate must follow it: `Kepala Bidang di kementerian itu` is a speaker with its place.
    private static int OccasionBefore(ClaimContext ctx, int first, int t)
    {
        var occasion = false;
        for (var k = t; k > first && t - k < SubjectSegments.MaxSegmentTokens; k--)
        {
            if (!ctx.IsWord(k) || ctx.CueOf(k) != CueRole.None)
            {
                return -1;
            }

            if (occasion && ctx.Is(k, SpeakerWordRole.Circumstance) && !ctx.IsCapitalized(k) && !ctx.IsCapitalized(k + 1) &&
                (ctx.IsCapitalized(k - 1) || ctx.IsMark(k - 1, ')')))
            {
                return k;
            }

            if (ctx.IsWordText(k, "didampingi") && !ctx.IsCapitalized(k) && (ctx.IsCapitalized(k - 1) || ctx.IsMark(k - 1, ')')))
            {
                return k; // `Presiden Prabowo didampingi Menlu Sugiono mengatakan`: the company is no part of the speaker
            }

            occasion |= ctx.Is(k, SpeakerWordRole.Occasion) || ctx.LooksLikePredicate(k);
        }

        return -1;
    }

    // `Retno Marsudi dalam keterangannya mengatakan`, `Sugiono kepada wartawan mengatakan`: a circumstance after the
    // name is not part of the speaker; a preposition before a name (`profesor di Institut …`) is, as part of an
    // apposition.
    private static TextSpan? TrimCircumstance(ClaimContext ctx, TextSpan? subject)
    {
        if (subject is not { } span)
        {
            return null;
        }

        var first = ctx.TokenAtOrAfter(span.Start);
        for (var k = first + 1; k < ctx.Tokens.Length && ctx.Tokens[k].End <= span.End; k++)
        {
            if (ctx.Is(k, SpeakerWordRole.Intro | SpeakerWordRole.Circumstance) && !ctx.IsCapitalized(k) && ctx.IsWord(k + 1) && !ctx.IsCapitalized(k + 1) &&
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


    // The reporting verb whose clause the comma at token `comma` closes (`X mengatakan … 10 persen,`), or -1: a verb of
    // the same sentence with no other comma, quotation or relative `yang` between it and the comma.
    private static int EarlierReportingVerb(ClaimContext ctx, int first, int comma)
    {
        for (var k = comma - 1; k >= first && comma - k <= SubjectSegments.MaxSubjectTokens; k--)
        {
            if (ctx.IsMark(k, ',') || ctx.IsMark(k, ';') || ctx.IsMark(k, ':') || ctx.IsQuoteMark(k) || ctx.IsWordText(k, "yang"))
            {
                return -1;
            }

            if (ctx.CueOf(k) == CueRole.Verb && !ctx.IsCapitalized(k) && !ctx.Tokens[k].HasClitic)
            {
                return k;
            }
        }

        return -1;
    }

    // The `yang` that opens the comma segment ending at token `end` (`, yang digulingkan pekan lalu`), or -1.
    private static int RelativeClauseStart(ClaimContext ctx, int first, int end)
    {
        for (var k = end; k >= first && end - k < SubjectSegments.MaxSegmentTokens; k--)
        {
            if (ctx.IsMark(k, ','))
            {
                return ctx.IsWordText(k + 1, "yang") ? k + 1 : -1;
            }
        }

        return -1;
    }

    // `Benny yang memimpin jalannya sidang`, `Boyke yang juga anggota DPP`: the head before `yang` speaks.
    private static TextSpan? RelativeHead(ClaimContext ctx, int first, int segment, bool afterPredicate)
    {
        var y = segment - 1;
        if (afterPredicate)
        {
            y--;
            while (y > first && ctx.Is(y, SpeakerWordRole.Adverb | SpeakerWordRole.Negation | SpeakerWordRole.Modal) && !ctx.IsCapitalized(y))
            {
                y--; // `yang enggan disebutkan namanya`, `yang tidak mau disebut namanya`
            }
        }

        if (y - 1 < first || !ctx.IsWordText(y, "yang") || !ctx.IsWord(y - 1))
        {
            return null;
        }

        var head = SubjectSegments.Before(ctx, first, y - 1, out var headAfterPredicate);
        return head is { } h && !headAfterPredicate && !IsThing(ctx, h) && ctx.IsCapitalized(ctx.TokenAtOrAfter(h.Start)) ? h : null;
    }
}
