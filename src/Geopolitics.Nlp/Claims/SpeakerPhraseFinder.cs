using Geopolitics.Nlp.Text;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Finds the speaker phrase as written: the subject before a reporting verb (with appositions such as
/// <c>Ilya Dyachkov, profesor di MGIMO,</c>), or the source after <c>menurut</c> or a post-quote cue.
/// </summary>
internal static class SpeakerPhraseFinder
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

        if (ctx.IsMark(t, ',') && EarlierReportingVerb(ctx, first, t) is var earlier and >= 0 && SubjectBefore(ctx, earlier) is { } shared)
        {
            // `X mengatakan …, mencatat bahwa …`: a participial second reporting verb shares the first one's subject.
            return shared;
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
            return NamesBefore(ctx, first, t);
        }

        if (ctx.IsWordText(t, "yang"))
        {
            // `Kementerian Luar Negeri yang memberitahukan bahwa …`: the relative clause's head speaks.
            // A name or title heads a speaking relative clause (`keterangan dari Kementerian Luar Negeri yang memberitahukan …`);
            // a common noun does not (`mendukung aturan KPU yang menyatakan …`, `rumor yang menyebut …`).
            // A document heads none (`Pernyataan bersama kedua negara yang menyebut …`).
            return t - 1 >= first && !ctx.IsMark(t - 1, ',') && Backward(ctx, first, t - 1, out _) is { } relativeHead &&
                   NamesSpeaker(ctx, ctx.TokenAtOrAfter(relativeHead.Start)) && !ctx.Is(ctx.TokenAtOrAfter(relativeHead.Start), SpeakerWordRole.Statement)
                ? relativeHead
                : null;
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

        return subject is { } s && (IsThing(ctx, s) || ctx.CountWords(s, 1) == 0) ? null : TrimCircumstance(ctx, subject);
    }

    // The circumstance word that opens an occasion between a name and its verb, without commas (`Sugiono saat ditemui di
    // Jakarta menegaskan`, `Netanyahu dalam pidato yang disiarkan televisi mengatakan`), or -1. An occasion word or a
    // predicate must follow it: `Kepala Bidang di kementerian itu` is a speaker with its place.
    private static int OccasionBefore(ClaimContext ctx, int first, int t)
    {
        var occasion = false;
        for (var k = t; k > first && t - k < MaxSegmentTokens; k--)
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

    // The capitalized names (joined by `dan`, with titles) that open the sentence before `end`, or null when it opens otherwise.
    private static TextSpan? NamesBefore(ClaimContext ctx, int first, int end)
    {
        var start = SkipIntroduction(ctx, first, end);
        var last = start - 1;
        for (var k = start; k < end; k++)
        {
            if (ctx.IsCapitalized(k) || ctx.Is(k, SpeakerWordRole.Title) || (ctx.IsWordText(k, "dan") && k > start && ctx.IsCapitalized(k + 1)))
            {
                last = k;
                continue;
            }

            break;
        }

        return last >= start && ctx.IsCapitalized(last) && ctx.IsCapitalized(start) ? ctx.Span(start, last) : null;
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

    /// <summary>Whether the phrase opening at token <paramref name="t"/> can name a speaker: a name, title, group or pronoun.</summary>
    public static bool NamesSpeaker(ClaimContext ctx, int t) => ctx.IsCapitalized(t) || ctx.Is(t, SpeakerWordRole.Title | SpeakerWordRole.Plural | SpeakerWordRole.Pronoun);

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
            if (leftStart > leftEnd || ctx.Is(leftStart, SpeakerWordRole.Intro | SpeakerWordRole.Circumstance | SpeakerWordRole.Time) || !ctx.IsWord(leftStart) ||
                (leftStart == first && OpensWithVerb(ctx, leftStart)) || IsCitationVerb(ctx, leftStart) || (leftStart > first && IsCitationVerb(ctx, leftStart - 1)))
            {
                break; // `Menanggapi hal itu, Menteri Keuangan …`: a participial phrase opens the sentence
            }

            var rightOpensApposition = ctx.Is(start, SpeakerWordRole.Title | SpeakerWordRole.Honorific) ||
                                       ctx.IsWordText(start, "dan") || ctx.IsWordText(start, "serta") ||
                                       ctx.IsWordText(start, "selaku") || ctx.IsWordText(start, "sebagai"); // `X, selaku tuan rumah,`
            var leftIsTitle = ctx.Is(leftStart, SpeakerWordRole.Title) && ctx.IsCapitalized(start);
            var leftIsName = SourcePhraseReader.AllCapitalized(ctx, leftStart, leftEnd) && ctx.IsCapitalized(start) && leftEnd - leftStart < 3 && end - start < 3;
            // `Australia, Jepang, dan …`, `…, serta Turki, Iran, dan Pakistan`: a name before the names of a list.
            var leftContinuesList = leftEnd - leftStart < 4 && ctx.IsCapitalized(start) && SpeakerNames.HasCoordination(ctx, ctx.Span(start, end), firstSegmentOnly: false) &&
                                    ((ctx.IsWordText(leftStart, "serta") || ctx.IsWordText(leftStart, "dan")) && ctx.IsCapitalized(leftStart + 1) ||
                                     SourcePhraseReader.AllCapitalized(ctx, leftStart, leftEnd));
            if (!(rightOpensApposition || leftIsTitle || leftIsName || leftContinuesList))
            {
                break;
            }

            start = leftStart;
        }

        // `…, sehari setelah Presiden AS Donald Trump mengumumkan`: the subject of a subordinate clause follows its conjunction.
        for (var k = end - 1; k >= start; k--)
        {
            if (ctx.Is(k, SpeakerWordRole.Subordinator) && !ctx.IsCapitalized(k) && NamesSpeaker(ctx, k + 1))
            {
                start = k + 1;
                afterPredicate = false; // the clause has a subject of its own, whatever predicate comes before it
                break;
            }
        }

        // `Liputan6.com, Jakarta Menteri Keuangan …`: a dateline without a dash runs into the subject's segment.
        if (start > first && Dateline.Skip(ctx, first, end) is var dated && dated > start && dated <= end)
        {
            start = dated;
        }

        while (start <= end && ((ctx.Is(start, SpeakerWordRole.Link | SpeakerWordRole.Source) && !ctx.IsCapitalized(start)) || ctx.IsQuoteMark(start) ||
                                (ctx.Is(start, SpeakerWordRole.Opener) && start < end && NamesSpeaker(ctx, start + 1))))
        {
            start++; // `Namun Putin mengatakan`: the sentence's conjunction is no part of the speaker
        }

        if (start + 2 <= end && ctx.Is(start, SpeakerWordRole.Opener | SpeakerWordRole.Plural) && ctx.IsMark(start + 1, ',') && NamesSpeaker(ctx, start + 2))
        {
            start += 2; // `Ketiga, Tedjo mengatakan`: an enumeration ("thirdly"), not a group
        }

        return start <= end ? ctx.Span(start, end) : null;
    }

    // `Dikutip Reuters, manajer City Manuel Pellegrini mengatakan`, `Seperti dilansir AFP, …`: the outlet the report is
    // taken from opens the sentence and is no part of the speaker.
    private static bool IsCitationVerb(ClaimContext ctx, int t) =>
        ctx.IsWordText(t, "dikutip") || ctx.IsWordText(t, "dilansir") || ctx.IsWordText(t, "diwartakan") || ctx.IsWordText(t, "melansir") ||
        ctx.IsWordText(t, "mengutip");

    // `Menanggapi hal itu`, `Menyikapi hal tersebut`: a capitalized meN- verb with a lower-case object opens the sentence.
    private static bool OpensWithVerb(ClaimContext ctx, int t) =>
        ctx.IsCapitalized(t) && ctx.Tokens[t].Length >= 7 && ctx.Tokens[t].AsSpan().StartsWith("Me", StringComparison.Ordinal) &&
        ctx.IsWord(t + 1) && !ctx.IsCapitalized(t + 1) && !ctx.Is(t, SpeakerWordRole.Title);

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
            else if (depth <= 0 && IsInnerHyphen(ctx, p))
            {
                // `Kolonel-Mayor`, `Thomas-Greenfield`: a hyphenated word stays whole.
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

    // The reporting verb whose clause the comma at token `comma` closes (`X mengatakan … 10 persen,`), or -1: a verb of
    // the same sentence with no other comma, quotation or relative `yang` between it and the comma.
    private static int EarlierReportingVerb(ClaimContext ctx, int first, int comma)
    {
        for (var k = comma - 1; k >= first && comma - k <= MaxSubjectTokens; k--)
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

    // A hyphen with a word on each side and no space around it.
    private static bool IsInnerHyphen(ClaimContext ctx, int t) =>
        ctx.IsMark(t, '-') && ctx.IsWord(t - 1) && ctx.IsWord(t + 1) &&
        ctx.Tokens[t - 1].End == ctx.Tokens[t].Start && ctx.Tokens[t].End == ctx.Tokens[t + 1].Start;

    // The `yang` that opens the comma segment ending at token `end` (`, yang digulingkan pekan lalu`), or -1.
    private static int RelativeClauseStart(ClaimContext ctx, int first, int end)
    {
        for (var k = end; k >= first && end - k < MaxSegmentTokens; k--)
        {
            if (ctx.IsMark(k, ','))
            {
                return ctx.IsWordText(k + 1, "yang") ? k + 1 : -1;
            }
        }

        return -1;
    }

    // `Ini adalah peristiwa penting yang …`: a copula ends the subject like any predicate.
    private static bool IsCopula(ClaimContext ctx, int t) => ctx.IsWordText(t, "adalah") || ctx.IsWordText(t, "ialah");

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

        var head = Backward(ctx, first, y - 1, out var headAfterPredicate);
        return head is { } h && !headAfterPredicate && !IsThing(ctx, h) && ctx.IsCapitalized(ctx.TokenAtOrAfter(h.Start)) ? h : null;
    }
}
