using Geopolitics.Nlp.Text;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Finds the speaker phrase as written: the subject before a reporting verb (with appositions such as
/// <c>Ilya Dyachkov, profesor di MGIMO,</c>), or the source after <c>menurut</c> or a post-quote cue.
/// </summary>
internal static class SpeakerPhraseFinder
{
    private const int MaxAdjunctSegments = 3;

    /// <summary>
    /// The subject of the reporting verb at token <paramref name="verb"/>, or <see langword="null"/> when the verb has
    /// none (a relative clause, a verb at the start of the sentence).
    /// </summary>
    public static TextSpan? SubjectBefore(ClaimContext ctx, int verb) => SpeakerAdverbials.WithoutOpening(ctx, SubjectBeforeVerb(ctx, verb));

    private static TextSpan? SubjectBeforeVerb(ClaimContext ctx, int verb)
    {
        var first = ctx.SentenceOf(verb).FirstToken;
        var t = SpeakerAdverbials.SkipBefore(ctx, first, verb - 1); // `Lavrov juga menyatakan`, `Trump beberapa kali mengatakan`
        if (t >= first && !ctx.IsMark(t, ',') && SpeakerAdverbials.OccasionBefore(ctx, first, t) is var occasion and >= 0)
        {
            // `Sugiono dalam keterangan tertulis menegaskan`, `Kim Yo Jong, …, pada Juli lalu menegaskan`: the occasion and
            // the time of the saying are no part of the speaker.
            t = occasion - 1;
        }

        if (t >= first && SayingCircumstance.AddresseeBefore(ctx, first, t) is var addressee and >= 0)
        {
            t = addressee - 1; // `Pakar hukum …, Matthew Waxman, kepada The New York Times mengatakan`: the addressee is not the speaker
        }

        if (t >= first && SpeakerChannel.Before(ctx, first, t) is var channel and >= 0)
        {
            t = channel - 1; // `Badan Pangan Nasional melalui Deputi Bidang Distribusi … mengimbau`: the body speaks
        }

        if (t >= first && AnonymousSource.Before(ctx, first, t) is { } anonymous)
        {
            return anonymous; // `Seorang diplomat Asia yang meminta identitasnya dirahasiakan menyebut`
        }

        var skippedAdverb = t < verb - 1;
        if (t < first)
        {
            return null;
        }

        if (ctx.IsMark(t, ',') && EarlierReportingVerb(ctx, first, t) is var earlier and >= 0 && SubjectBefore(ctx, earlier) is { } shared)
        {
            // `X mengatakan …, mencatat bahwa …`: a participial second reporting verb shares the first one's subject.
            return shared;
        }

        var commaBeforeVerb = ctx.IsMark(t, ',');
        if (commaBeforeVerb)
        {
            var beforeAdjuncts = SkipAdjunctSegments(ctx, first, t - 1);
            if (beforeAdjuncts < t - 1)
            {
                // `Moody's Investors Service, Selasa, menyatakan`; `X, dalam konferensi pers di Beijing, Rabu (3/9), mengatakan`;
                // `X, yang digulingkan pekan lalu, mengatakan`; with an adverb too (`Trump, Rabu (9/4), kembali memperingatkan`).
                t = beforeAdjuncts;
            }
            else if (skippedAdverb)
            {
                // `…, bahkan menyebut …`: a further predicate of the sentence's subject; that subject may be an apposition
                // with a relative clause (`Kim Yo Jong, adik Kim Jong Un yang juga …, pada Juli lalu menegaskan`).
                // `Jepang, mitra dagang terbesar Indonesia, langsung mengecam`: a name described in apposition.
                return RelativeInApposition(ctx, first, t - 1) ?? SentenceSubjects.NameWithDescription(ctx, first, t - 1) ??
                       SentenceSubjects.SentenceSubject(ctx, first, verb);
            }
            else
            {
                t--;
            }
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

        if (commaBeforeVerb && RelativeInApposition(ctx, first, t) is { } described)
        {
            return described; // `Kim Yo Jong, adik Kim Jong Un yang juga pejabat senior Partai Buruh, menegaskan`
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

        if (ctx.IsMark(t - 1, ',') && SourcePhraseReader.IsDemonstrative(ctx, t) && PlaceInDescription(ctx, first, t) is { } placed)
        {
            return placed; // `Komisi yang bermarkas di Abuja, Nigeria, itu juga menyebut`
        }

        var subject = SubjectSegments.Before(ctx, first, t, out var afterPredicate);
        if (subject is { } clause && RelativeHead(ctx, first, ctx.TokenAtOrAfter(clause.Start), afterPredicate, out var afterComma) is { } head)
        {
            // `Benny yang memimpin sidang mengatakan …`; `Utusan Khusus …, Hashim Djojohadikusumo, yang memimpin delegasi
            // Indonesia mengatakan …`: a relative clause opened by a comma and left unclosed before the verb is an adjunct,
            // as it is when a comma closes it (`Sugiono, yang memimpin …, mengatakan`).
            return afterComma ? head : ctx.Span(ctx.TokenAtOrAfter(head.Start), t);
        }
        if (subject is { } found && ctx.Is(ctx.TokenAtOrAfter(found.Start), SpeakerWordRole.Intro) && !ctx.IsCapitalized(ctx.TokenAtOrAfter(found.Start)))
        {
            // `…, di sisi lain menyampaikan …`: an adverbial phrase, not a subject.
            return SentenceSubjects.SentenceSubject(ctx, first, verb);
        }

        if (afterPredicate && !ctx.Is(ctx.TokenAtOrAfter(subject?.Start ?? 0), SpeakerWordRole.Plural))
        {
            // `yang membantu Rusia menegaskan …`, or `…, menegaskan` after a clause: the subject is the sentence's; a
            // description that only looks like a clause (`Jepang, mitra dagang terbesar Indonesia, mengecam`) is its apposition.
            return commaBeforeVerb ? SentenceSubjects.NameWithDescription(ctx, first, t) ?? SentenceSubjects.SentenceSubject(ctx, first, verb) : null;
        }

        return subject is { } s && (IsThing(ctx, s) || ctx.CountWords(s, 1) == 0) ? null : TrimCircumstance(ctx, subject);
    }

    // `Retno Marsudi dalam keterangannya mengatakan`, `Sugiono kepada wartawan mengatakan`: a circumstance after the
    // name is not part of the speaker; a preposition before a name (`profesor di Institut …`) is, as part of an
    // apposition. Only the last comma segment can end in a circumstance: a preposition before the comma belongs to a
    // title the apposition names (`Penasihat senior Presiden AS untuk urusan Afrika, Massad Boulos`).
    private static TextSpan? TrimCircumstance(ClaimContext ctx, TextSpan? subject)
    {
        if (subject is not { } span)
        {
            return null;
        }

        var first = ctx.TokenAtOrAfter(span.Start);
        var last = ctx.TokenAtOrAfter(span.End) - 1;
        var segment = first;
        for (var k = last; k > first; k--)
        {
            if (ctx.IsMark(k, ','))
            {
                segment = k + 1;
                break;
            }
        }

        for (var k = segment + 1; k <= last; k++)
        {
            if (ctx.Is(k, SpeakerWordRole.Intro | SpeakerWordRole.Circumstance) && !ctx.IsCapitalized(k) && ctx.IsWord(k + 1) && !ctx.IsCapitalized(k + 1) &&
                (ctx.IsCapitalized(k - 1) || ctx.IsMark(k - 1, ')')))
            {
                return ctx.Span(first, k - 1);
            }
        }

        return span;
    }

    // `Komisi yang bermarkas di Abuja, Nigeria, itu`, `Organisasi yang berbasis di Jenewa, Swiss, tersebut`: a description
    // whose relative clause ends in `di` and a place, the place's country in apposition, closed by the demonstrative at
    // token `demonstrative`; the whole description speaks. Null when the sentence does not open with such a description.
    private static TextSpan? PlaceInDescription(ClaimContext ctx, int first, int demonstrative)
    {
        var k = demonstrative - 2;
        while (k > first && demonstrative - k <= 5 && ctx.IsCapitalized(k))
        {
            k--; // the country or region after the comma
        }

        if (k == demonstrative - 2 || !ctx.IsMark(k, ','))
        {
            return null;
        }

        var place = k - 1;
        while (place > first && ctx.IsCapitalized(place))
        {
            place--;
        }

        if (place == k - 1 || !ctx.IsWordText(place, "di"))
        {
            return null;
        }

        var relative = false;
        for (var j = place - 1; j >= first && place - j < SubjectSegments.MaxSegmentTokens; j--)
        {
            if (!ctx.IsWord(j) || ctx.CueOf(j) != CueRole.None)
            {
                return null;
            }

            relative |= ctx.IsWordText(j, "yang");
            if (j == first || ctx.IsMark(j - 1, ','))
            {
                return relative && j < place - 2 && (ctx.NamesSpeaker(j) || ctx.Is(j, SpeakerWordRole.Organization)) ? ctx.Span(j, demonstrative) : null;
            }
        }

        return null;
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
            // `Bank sentral itu`, `Kementerian tersebut`: an organization described, which speaks.
            if (ctx.Is(k, SpeakerWordRole.Title | SpeakerWordRole.Plural | SpeakerWordRole.Organization) || (k > first && ctx.IsCapitalized(k)))
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

    // The last token before the comma-closed segments that end at token `t` (just before the comma before the verb) and
    // say when, where or of whom the subject spoke rather than who: days and circumstances (SpeakerAdjuncts) and relative
    // clauses (`X, yang digulingkan pekan lalu,`); `t` itself when there are none. A relative clause may follow or
    // precede a day (`X, yang …, Rabu (3/9),`), so the two are skipped in turn, a bounded number of times.
    private static int SkipAdjunctSegments(ClaimContext ctx, int first, int t)
    {
        for (var round = 0; round < MaxAdjunctSegments; round++)
        {
            var skipped = SpeakerAdjuncts.SkipBefore(ctx, first, t);
            if (RelativeClauseStart(ctx, first, skipped) is var relative and >= 0 && ctx.IsMark(relative - 1, ','))
            {
                skipped = relative - 2;
            }

            if (skipped == t || skipped < first)
            {
                break;
            }

            t = skipped;
        }

        return t;
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

    // `X, adik Y yang juga pejabat senior Partai Buruh,`; `X (NUG), pemerintahan bayangan yang dibentuk …,`: a relative
    // clause inside the comma segment that ends at token `end` (the last before the verb's comma) describes a named
    // head, which speaks with its description as one speaker phrase (as `Boyke yang juga anggota DPP` does). Null when
    // the segment has no `yang` or its head is no name.
    private static TextSpan? RelativeInApposition(ClaimContext ctx, int first, int end)
    {
        for (var y = end - 1; y > first && end - y < SubjectSegments.MaxSegmentTokens; y--)
        {
            if (ctx.IsMark(y, ',') || ctx.IsQuoteMark(y))
            {
                return null;
            }

            if (!ctx.IsWordText(y, "yang") || !ctx.IsWord(y - 1))
            {
                continue;
            }

            var head = NamedDescription(ctx, first, SubjectSegments.Before(ctx, first, y - 1, out var afterPredicate));
            return head is { } h && !afterPredicate && h.Start < ctx.Tokens[y - 1].Start && ctx.HasCommaBetween(h.Start, h.End) &&
                   ctx.IsCapitalized(ctx.TokenAtOrAfter(h.Start)) && !IsThing(ctx, h)
                ? ctx.Span(ctx.TokenAtOrAfter(h.Start), end)
                : null;
        }

        return null;
    }

    // `X, paman dari Y, remaja 17 tahun yang …`: a lower-case description that opens its own comma segment describes the
    // name before it, so the head of its relative clause runs back to that name and its apposition.
    private static TextSpan? NamedDescription(ClaimContext ctx, int first, TextSpan? head)
    {
        if (head is not { } h)
        {
            return null;
        }

        var start = ctx.TokenAtOrAfter(h.Start);
        if (ctx.IsCapitalized(start) || !ctx.IsWord(start) || start - 2 < first || !ctx.IsMark(start - 1, ',') || ctx.HasCommaBetween(h.Start, h.End))
        {
            return head;
        }

        return SubjectSegments.Before(ctx, first, start - 2, out var afterPredicate) is { } named && !afterPredicate &&
               ctx.IsCapitalized(ctx.TokenAtOrAfter(named.Start)) && ctx.HasCommaBetween(named.Start, named.End)
            ? new TextSpan(named.Start, h.End)
            : head;
    }

    // `Benny yang memimpin jalannya sidang`, `Boyke yang juga anggota DPP`: the head before `yang` speaks.
    private static TextSpan? RelativeHead(ClaimContext ctx, int first, int segment, bool afterPredicate, out bool afterComma)
    {
        afterComma = false;
        var y = segment - 1;
        if (afterPredicate)
        {
            y--;
            while (y > first && ctx.Is(y, SpeakerWordRole.Adverb | SpeakerWordRole.Negation | SpeakerWordRole.Modal) && !ctx.IsCapitalized(y))
            {
                y--; // `yang enggan disebutkan namanya`, `yang tidak mau disebut namanya`
            }
        }

        afterComma = y - 2 >= first && ctx.IsMark(y - 1, ',') && ctx.IsWordText(y, "yang"); // `X, yang memimpin …`
        var headEnd = afterComma ? y - 2 : y - 1;
        if (headEnd < first || !ctx.IsWordText(y, "yang") || !ctx.IsWord(headEnd))
        {
            return null;
        }

        var head = SubjectSegments.Before(ctx, first, headEnd, out var headAfterPredicate);
        return head is { } h && !headAfterPredicate && !IsThing(ctx, h) && ctx.IsCapitalized(ctx.TokenAtOrAfter(h.Start)) ? h : null;
    }
}
