using Geopolitics.Nlp.Text;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// What a reporting word introduces: a quotation right after it (also one opening the next paragraph), or the reported
/// clause to its end, past an addressee (<c>kepada Anadolu</c>), <c>bahwa</c> and the circumstance of the saying
/// (<c>…, saat ditemui di Jakarta</c>). Shared by the reported-speech and <c>menurut</c> extractors.
/// </summary>
internal static class ReportedContent
{
    private const int MaxPrepositionalGap = 10;
    private const int MaxAdverbialBeforeVerb = 4;

    /// <summary>
    /// The content after the reporting word at token <paramref name="cue"/>: a quotation right after it, or the words
    /// to the end of the clause. Shared with the <c>menurut</c> extractor.
    /// </summary>
    public static (ClaimKind Kind, TextSpan Content, TextSpan? QuoteAfterColon, bool TailAttributes)? After(ClaimContext ctx, int cue, int sentenceEnd)
    {
        var t = cue + 1;
        while (t < ctx.Tokens.Length && (ctx.IsMark(t, ',') || ctx.IsMark(t, ':')))
        {
            t++;
        }

        if (BackReferenceExtractor.ObjectPointsBack(ctx, cue))
        {
            return null; // `X mengemukakan hal itu`: the previous sentence is the content
        }

        if (ctx.Tokens[cue].HasClitic && ctx.IsWordText(t, "sebagai"))
        {
            t++; // `menyebutnya sebagai …`: what is said of the object the clitic stands for
        }

        if (OpensQuote(ctx, t) is { } opening && !IsPartialQuote(ctx, opening))
        {
            return (ClaimKind.Direct, opening, null, false);
        }

        if (ctx.IsWordText(t, "kepada") && SayingCircumstance.Addressee(ctx, t + 1, sentenceEnd) is var afterAddressee and > 0)
        {
            t = afterAddressee; // `mengatakan kepada Anadolu, …`, `melaporkan kepada Presiden terkait …`
        }
        else if (ctx.IsWordText(t, "kepada") || ctx.IsWordText(t, "pada") || ctx.IsWordText(t, "di"))
        {
            // `mengatakan kepada wartawan bahwa …`: the content starts after bahwa.
            for (var k = t + 1; k < sentenceEnd && k - t < MaxPrepositionalGap; k++)
            {
                if (ctx.IsWordText(k, "bahwa"))
                {
                    t = k;
                    break;
                }
            }
        }

        var afterTime = t;
        while (afterTime < sentenceEnd && afterTime - t < 3 && (ctx.Is(afterTime, SpeakerWordRole.Time) || ctx.IsMark(afterTime, ',')))
        {
            afterTime++; // `mengatakan Senin bahwa …`
        }

        if (afterTime > t && ctx.IsWordText(afterTime, "bahwa"))
        {
            t = afterTime;
        }

        if (ctx.Is(t, SpeakerWordRole.Statement) && !ctx.IsCapitalized(t) && ctx.IsWordText(t + 1, "bahwa"))
        {
            t++; // `menyampaikan pernyataan bahwa …`: the statement's content follows `bahwa`
        }

        if (ctx.IsWordText(t, "lebih") && (ctx.IsWordText(t + 1, "lanjut") || ctx.IsWordText(t + 1, "jauh")))
        {
            t += ctx.IsMark(t + 2, ',') ? 3 : 2; // `mengungkapkan lebih lanjut, …`: "further" qualifies the saying
        }

        if (ctx.IsWordText(t, "bahwa"))
        {
            t++;
        }

        while (t < sentenceEnd && ctx.Is(t, SpeakerWordRole.Adverb) && !ctx.Is(t, SpeakerWordRole.Negation) && !ctx.IsCapitalized(t) &&
               !OpensContent(ctx, t))
        {
            t++; // `menegaskan kembali …`
        }

        if (ctx.IsWordText(t, "bahwa"))
        {
            t++; // `menegaskan secara tegas bahwa …`
        }

        if (t >= sentenceEnd)
        {
            return null;
        }

        if (SayingCircumstance.NamesOccasion(ctx, cue, t, sentenceEnd))
        {
            return null; // `menyampaikan pidato di …`: an event, not what was said
        }

        var end = t;
        TextSpan? quoteAfterColon = null;
        var tail = false;
        var clause = false; // whether the content has a predicate of its own yet
        var verb = false; // the same, not counting adverbs that modify nouns too (`perundingan langsung`, `protes keras`)
        for (; end < sentenceEnd; end++)
        {
            if (ctx.IsMark(end, '?'))
            {
                return null; // a question is not a claim
            }

            if (ctx.IsMark(end, ';') || IsDash(ctx, end))
            {
                break;
            }

            if (ctx.IsMark(end, ':'))
            {
                quoteAfterColon = OpensQuote(ctx, end + 1);
                break;
            }

            if (end > t && ctx.IsMark(end, ',') && AttributionTail.StartsAt(ctx, end + 1, sentenceEnd))
            {
                tail = true; // `…, saat ditemui di Jakarta, Senin`: where and when it was said, not what
                break;
            }

            if (end > t && !ctx.IsCapitalized(end) && ctx.Is(end, SpeakerWordRole.Circumstance) && SayingCircumstance.IsSayingOccasion(ctx, end + 1))
            {
                // `… akan rampung bulan depan dalam keterangan tertulis`, `… saat ditemui di Istana, Kamis (30/10)`: where
                // the saying happened ends what was said, also without a comma.
                tail = true;
                break;
            }

            if (end > t && ctx.IsMark(end, ',') && SayingCircumstance.IntervalAdjunct(ctx, end + 1, sentenceEnd))
            {
                break; // `…, dua hari setelah Jepang menaikkan tarif`: when it was said, against another event
            }

            if (end > t && ctx.IsMark(end, ',') && ctx.CueOf(end + 1) == CueRole.Short && !ctx.IsCapitalized(end + 1))
            {
                break; // `Iran mengancam akan …, kata Mousavi`: the sentence's source closes the clause
            }

            if (end > t + 1 && !clause && !ctx.IsCapitalized(t) && !ctx.IsCapitalized(end) && ctx.Is(end, SpeakerWordRole.Circumstance) &&
                ctx.Is(end + 1, SpeakerWordRole.Occasion))
            {
                // `menegaskan kembali kemitraan strategis kedua negara dalam pertemuan di Kremlin, Kamis (8/5)`: after an
                // object noun with no predicate of its own, the occasion of the saying ends it (a reported clause goes
                // on: `Indonesia akan hadir dalam pertemuan G20`, `Morrison ke Indonesia dalam rangka kunjungan resmi`).
                tail = true;
                break;
            }

            if (end > t && ctx.IsMark(end, ',') && SecondPredicateAfterComma(ctx, end + 1, sentenceEnd))
            {
                break; // `…, di sisi lain menyampaikan …`: the subject's next claim
            }

            if (end > t && !clause && ctx.IsWord(t) && !ctx.IsCapitalized(t) && Nominalization.IsKeOrPeAn(ctx.Tokens[t].AsSpan()) && Coordinates(ctx, end - 1) && !ctx.IsMark(end - 1, ',') && ctx.LooksLikePredicate(end))
            {
                // `menyatakan keprihatinan … dan meminta …`: after an object noun (ke-…-an, pe-…-an: seldom the subject of a
                // reported clause, as `pemerintah` or `sebagian petani` are) with no verb of its own, `dan` + verb is
                // the subject's second predicate (inside a reported clause it would be the clause's: `Rusia akan
                // menyerang dan menduduki …`).
                end--;
                break;
            }

            if (end > t && !verb && ctx.IsWord(t) && !ctx.IsCapitalized(t) && SayingCircumstance.MeansOrAudience(ctx, end, sentenceEnd))
            {
                tail = true; // `membantah tuduhan itu melalui kantor berita IRNA`: how or before whom it was said, not what
                break;
            }

            if (end > t + 1 && !verb && ctx.IsWord(t) && !ctx.IsCapitalized(t) && ObjectBoundary.SecondPredicateAt(ctx, end, sentenceEnd))
            {
                // `mengecam serangan itu, tetapi menolak …`, `menyebut X sebagai Y dan akan …`: the subject's next act. One
                // word may be a predicate reported without its subject, which the clause goes on with (`menyatakan mundur
                // dan tak akan mencalonkan diri`).
                break;
            }

            verb |= ctx.LooksLikePredicate(end) || ctx.Is(end, SpeakerWordRole.Modal | SpeakerWordRole.Negation) || ctx.IsWordText(end, "akan") ||
                    ctx.IsWordText(end, "harus") || ctx.IsWordText(end, "perlu");
            clause |= ctx.LooksLikePredicate(end) || ctx.Is(end, SpeakerWordRole.Modal | SpeakerWordRole.Adverb) || ctx.IsWordText(end, "akan") ||
                      ctx.IsWordText(end, "harus") || ctx.IsWordText(end, "perlu");

            if (end > t && ctx.CueOf(end) == CueRole.Verb && !ctx.IsCapitalized(end) && ReportsOnItsOwn(ctx, end) &&
                (Coordinates(ctx, end - 1) || ctx.IsMark(end - 1, ',') || (ctx.IsWordText(end - 1, "yang") && (ctx.IsMark(end - 2, ',') || SpeakerPhraseFinder.SubjectBefore(ctx, end) is not null))))
            {
                // `…, dengan menyatakan …`: the next claim of the same subject starts here
                // (not after `aturan yang` when a relative clause has no speaking head).
                end--;
                while (end > t && (ctx.Is(end, SpeakerWordRole.Link) || ctx.IsMark(end, ',') || ctx.IsWordText(end, "yang")))
                {
                    end--;
                }

                end++;
                break;
            }
        }

        if (end <= t)
        {
            return null;
        }

        if (ctx.IsMark(end, ':') && ctx.Is(t, SpeakerWordRole.Intro | SpeakerWordRole.Circumstance) && !ctx.IsCapitalized(t) && OnlyPlace(ctx, t + 1, end))
        {
            // `berkata di forum itu: “…”`, `mengatakan dalam pertemuan itu: …`: where it was said, before what was said.
            return quoteAfterColon is { } quoted ? (ClaimKind.Direct, quoted, null, false) : null;
        }

        var content = ctx.TrimContent(ctx.Tokens[t].Start, ctx.Tokens[end - 1].End);
        if (ctx.CountWords(content, 2) < 2 && !IsStance(ctx, content) && !IsNamedObject(ctx, cue, t, content))
        {
            return null; // one word reports nothing, unless it is the stance itself (`menyatakan penolakan`) or a named target (`mengecam Israel.`)
        }

        // `menggambarkan kunjungan itu sebagai “…”`: a long quotation that ends the clause makes the claim direct.
        var lastQuote = ctx.QuoteOf(end - 1) >= 0 ? ctx.QuoteOf(end - 1) : ctx.QuoteOf(end - 2 >= t ? end - 2 : t);
        if (lastQuote >= 0)
        {
            var q = ctx.Quotes[lastQuote];
            var inner = ctx.TrimContent(q.ContentStart, q.ContentEnd);
            if (q.OuterStart >= ctx.Tokens[t].Start && !QuoteTitles.IsTitle(ctx, q) && (inner.End >= content.End - 1 || q.OuterEnd >= content.End) && ctx.CountWords(inner, 4) >= 4 && !ClauseBeforeQuote(ctx, t, q.OuterStart))
            {
                return (ClaimKind.Direct, inner, quoteAfterColon, tail);
            }
        }

        return (ClaimKind.Indirect, content, quoteAfterColon, tail);
    }

    // Whether the words from `from` to `end` (exclusive) go on with a prepositional phrase alone: no comma, no reporting
    // verb, no predicate but in a relative clause (`di forum yang diselenggarakan oleh PBB`). A clause after it
    // (`dalam kunjungan itu, Presiden … menyinggung …`) is content.
    private static bool OnlyPlace(ClaimContext ctx, int from, int end)
    {
        var relative = false;
        for (var k = from; k < end; k++)
        {
            relative |= ctx.IsWordText(k, "yang");
            if (ctx.IsMark(k, ',') || ctx.CueOf(k) != CueRole.None || ctx.IsWordText(k, "akan") || (!relative && ctx.LooksLikePredicate(k)))
            {
                return false;
            }
        }

        return true;
    }

    // `… dan mendesaknya untuk …`: a reporting verb with an object clitic makes no claim of its own (the reported-speech
    // extractor skips it) unless what is said of the object follows (`menyebutnya sebagai …`, `menilainya "…"`), so it
    // goes on with the clause before it.
    private static bool ReportsOnItsOwn(ClaimContext ctx, int t) => !ctx.Tokens[t].HasClitic || SaysOfItsObject(ctx, t);

    /// <summary>
    /// Whether the reporting verb at <paramref name="t"/> is followed by what it says of its object: after
    /// <c>sebagai</c>, quoted however short (<c>menyebutnya "eskalasi berbahaya"</c>), or right after a verb that names
    /// its object (<c>menyebutnya ilegal</c>).
    /// </summary>
    public static bool SaysOfItsObject(ClaimContext ctx, int t) =>
        ctx.IsWordText(t + 1, "sebagai") || OpensQuote(ctx, t + 1) is not null ||
        (ctx.Is(t, BoundaryWordRole.NamesObject) && ctx.IsWord(t + 1) && !ctx.IsCapitalized(t + 1) &&
         !ctx.Is(t + 1, SpeakerWordRole.Circumstance | SpeakerWordRole.Link | SpeakerWordRole.Time)) ||
        (ctx.IsQuoteMark(t + 1) && ctx.QuoteOf(t + 2) is var q and >= 0 && ctx.Quotes[q].OuterStart == ctx.Tokens[t + 1].Start);

    // `menyatakan penolakan`, also the speaker's own (`menyatakan keberatannya`): a one-word content that is a stance
    // noun, with or without its `-nya`.
    private static bool IsStance(ClaimContext ctx, TextSpan content)
    {
        var t = ctx.TokenAtOrAfter(content.Start);
        if (t >= ctx.Tokens.Length || ctx.Tokens[t].Span != content)
        {
            return ctx.Lexicon.IsStanceNoun(ctx.Text.AsSpan(content.Start, content.Length));
        }

        var word = ctx.Tokens[t];
        return ctx.Lexicon.IsStanceNoun(word.CliticAsSpan().Equals("nya", StringComparison.OrdinalIgnoreCase) ? word.HostAsSpan() : word.AsSpan());
    }

    // `mengecam Israel`, `mengkritik NATO`: a speech act listed as taking a bare name (boundary-words.tsv: name-object)
    // whose object is one name ending the sentence or its first predicate (`memuji Swedia dan menyebut …`) is a claim about that name (`mengakui Palestina`, recognition, is
    // none); a bare name with more after it is one act in a list of them (`…, di satu sisi mengutuk X, di sisi lain …`).
    private static bool IsNamedObject(ClaimContext ctx, int cue, int t, TextSpan content) =>
        content.Start == ctx.Tokens[t].Start && content.End == ctx.Tokens[t].End &&
        (t + 1 >= ctx.Tokens.Length || ctx.IsMark(t + 1, '.') || ctx.IsMark(t + 1, '!') || (Coordinates(ctx, t + 1) && ctx.CueOf(t + 2) == CueRole.Verb)) &&
        ctx.Is(cue, BoundaryWordRole.NameObject) && ctx.IsCapitalized(t) && ctx.CueOf(t) == CueRole.None &&
        !ctx.Is(t, SpeakerWordRole.Time | SpeakerWordRole.Pronoun | SpeakerWordRole.Opener);

    // `Moskow dan Jakarta akan “…”`, `hubungan kedua negara mencerminkan “…”`: the words before the quotation already
    // hold a predicate, so the quotation is part of the reported clause (indirect, whole clause), unlike an object
    // described by a quotation (`menggambarkan kunjungan itu sebagai “…”`).
    private static bool ClauseBeforeQuote(ClaimContext ctx, int t, int quoteStart)
    {
        for (var k = t; k < ctx.Tokens.Length && ctx.Tokens[k].End <= quoteStart; k++)
        {
            if (ctx.LooksLikePredicate(k) || ctx.Is(k, SpeakerWordRole.Modal) || ctx.IsWordText(k, "akan") || ctx.IsWordText(k, "harus"))
            {
                return true;
            }
        }

        return false;
    }

    // `dan`, `serta`, `seraya` join a second predicate; `dengan` only after a comma (`…, dengan menyatakan …`), since
    // without one it opens a manner adjunct (`menunjukkan sikap solidaritas dengan mengakui …`).
    internal static bool Coordinates(ClaimContext ctx, int t) =>
        ctx.Is(t, SpeakerWordRole.Link) && (!ctx.IsWordText(t, "dengan") || ctx.IsMark(t - 1, ','));

    // After a comma: a short lower-case adverbial (`di sisi lain`, `pada saat yang sama`) and then a reporting verb.
    private static bool SecondPredicateAfterComma(ClaimContext ctx, int t, int sentenceEnd)
    {
        for (var k = t; k < sentenceEnd && k - t <= MaxAdverbialBeforeVerb; k++)
        {
            if (ctx.CueOf(k) == CueRole.Verb && !ctx.IsCapitalized(k) && k > t)
            {
                return ctx.Is(t, SpeakerWordRole.Intro | SpeakerWordRole.Link | SpeakerWordRole.Adverb);
            }

            if (!ctx.IsWord(k) || ctx.IsCapitalized(k) || ctx.LooksLikePredicate(k))
            {
                return false;
            }
        }

        return false;
    }

    // `mengecam “tindakan berbahaya dan destabilisasi” China yang …`: a quotation with no closing punctuation of its own
    // that a word of the same phrase follows (not a circumstance: `“…” kepada wartawan`) is part of the object, which
    // is the content of an indirect claim.
    private static bool IsPartialQuote(ClaimContext ctx, TextSpan inner)
    {
        var q = ctx.QuoteOf(ctx.TokenAtOrAfter(inner.Start));
        if (q < 0 || ctx.Quotes[q].OuterEnd > ctx.Text.Length - 2 || !ctx.Quotes[q].Closed ||
            char.IsPunctuation(ctx.Text[ctx.Quotes[q].ContentEnd - 1]))
        {
            return false;
        }

        var next = ctx.TokenAtOrAfter(ctx.Quotes[q].OuterEnd);
        return ctx.IsWord(next) && ctx.Tokens[next].Start == ctx.Quotes[q].OuterEnd + 1 && ctx.Text[ctx.Quotes[q].OuterEnd] == ' ' &&
               ctx.CueOf(next) == CueRole.None && !ctx.Is(next, SpeakerWordRole.Circumstance | SpeakerWordRole.Time | SpeakerWordRole.Link);
    }

    /// <summary>The quotation whose opening mark is token <paramref name="t"/>, trimmed, or <see langword="null"/>.</summary>
    public static TextSpan? OpensQuote(ClaimContext ctx, int t)
    {
        if (!ctx.IsQuoteMark(t) || t + 1 >= ctx.Tokens.Length)
        {
            return null;
        }

        var q = ctx.QuoteOf(t + 1);
        if (q < 0)
        {
            return null;
        }

        var quote = ctx.Quotes[q];
        if (quote.OuterStart != ctx.Tokens[t].Start)
        {
            return null;
        }

        var inner = ctx.TrimContent(quote.ContentStart, quote.ContentEnd);
        return ctx.CountWords(inner, 3) >= 3 ? inner : null;
    }

    private static bool IsDash(ClaimContext ctx, int t) =>
        ctx.Tokens[t].Kind is TokenKind.Punctuation or TokenKind.Symbol && ctx.Text[ctx.Tokens[t].Start] is '\u2013' or '\u2014' &&
        ctx.Tokens[t].Start > 0 && char.IsWhiteSpace(ctx.Text[ctx.Tokens[t].Start - 1]);

    // `menyatakan telah menempatkan …`, `mengklaim sudah menghentikan …`: an aspect word opens the reported clause (whose
    // subject is the speaker) rather than qualifying the saying; so does `secara` with anything but a manner of saying
    // (`Menurut X, secara etika …`).
    private static bool OpensContent(ClaimContext ctx, int t) =>
        ctx.IsWordText(t, "telah") || ctx.IsWordText(t, "sudah") || ctx.IsWordText(t, "sempat") || ctx.IsWordText(t, "sering") ||
        (ctx.IsWordText(t, "secara") && !(ctx.IsWordText(t + 1, "tegas") || ctx.IsWordText(t + 1, "terbuka") || ctx.IsWordText(t + 1, "resmi") ||
                                          ctx.IsWordText(t + 1, "terang") || ctx.IsWordText(t + 1, "langsung") || ctx.IsWordText(t + 1, "gamblang")));
}
