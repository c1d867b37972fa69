using Geopolitics.Nlp.Text;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Reported speech: a speaker, a reporting verb from <c>cues.tsv</c>, an optional <c>bahwa</c> and the content to the
/// end of the clause (<c>Wells mengatakan bahwa Rusia mungkin bersedia …</c>). A verb followed by a quotation
/// (<c>Lavrov menegaskan: “…”</c>, also when the quote opens the next paragraph) gives a direct claim instead.
/// </summary>
internal static class IndirectSpeechExtractor
{
    /// <summary>Adds the claims introduced by reporting verbs.</summary>
    public static void Extract(ClaimContext ctx, List<ClaimCandidate> claims)
    {
        for (var verb = 0; verb < ctx.Tokens.Length; verb++)
        {
            ctx.CheckCancellation(verb);
            if (ctx.CueOf(verb) != CueRole.Verb || (ctx.Tokens[verb].HasClitic && !DescribesItsObject(ctx, verb)) || ctx.IsCapitalized(verb) ||
                InsideLongQuote(ctx, verb))
            {
                continue;
            }

            if (IsRefusal(ctx, verb) || (ctx.IsMark(verb - 1, ',') && !IsPrefixed(ctx, verb)))
            {
                continue; // `tak mau menjelaskan …`; `…, yakin …` is no stance without its subject right before it
            }

            if (verb > 0 && (ctx.IsWordText(verb - 1, "untuk") || ctx.IsWordText(verb - 1, "guna") || ctx.IsWordText(verb - 1, "demi")))
            {
                continue; // `DPD punya hak untuk mengusulkan …`: a purpose or a right, not a statement made
            }

            var relative = RelativeClauseAttribution.Source(ctx, verb, out var relativeToSubject);
            if ((relative ?? SpeakerPhraseFinder.SubjectBefore(ctx, verb)) is not { } subject || HasCue(ctx, subject) ||
                FactCheckFraming.IsVerdict(ctx, subject))
            {
                continue; // `X, kata dia, akan menegaskan …`: the parenthetical attribution's, not a subject; `Klaim X … adalah hoaks`
            }

            var speaker = FactCheckFraming.WithoutFraming(ctx, subject);

            var cueEnd = RequestCues.CueEnd(ctx, verb);
            if (cueEnd < 0)
            {
                continue; // `menyambut kedatangan tamu`: a welcome without its manner word is an act
            }

            var cue = ctx.Span(verb, cueEnd);
            var sentence = ctx.SentenceOf(verb);
            if (ReportedContent.After(ctx, cueEnd, sentence.EndToken) is { } found && ReportsWhatItNeeds(ctx, verb, found.Kind, found.Content) &&
                !OutsideItsQuote(ctx, verb, found.Content) &&
                !InSubjectOfLaterVerb(ctx, verb, found.Content) && !IsAdjective(ctx, verb, found.Content))
            {
                // `Erdogan, yang mengatakan Turki siap menjadi penengah, bertemu …`: the subject's relative clause ends
                // before the sentence's predicate.
                var content = relative is not null && relativeToSubject ? RelativeClauseAttribution.ClauseContent(ctx, found.Content) : found.Content;
                var attribution = found.TailAttributes
                    ? new TextSpan(sentence.Start, sentence.End)
                    : new TextSpan(sentence.Start, Math.Max(sentence.Start, Math.Min(content.Start, sentence.End)));
                claims.Add(new ClaimCandidate(found.Kind, cue, speaker, content, attribution));
                if (found.QuoteAfterColon is { } quote)
                {
                    claims.Add(new ClaimCandidate(ClaimKind.Direct, cue, speaker, quote, attribution));
                }
            }
        }
    }

    // `belum bisa menjelaskan`, `enggan mengatakan`, `tidak mau berkomentar`: a refusal reports no content; nor does a
    // negated act of saying (`JCS tidak menjelaskan jenis rudal itu`), whose object is what went unsaid. A negated
    // stance keeps its claim (`tidak yakin`, `tidak berharap`): the speaker states it.
    private static bool IsRefusal(ClaimContext ctx, int verb)
    {
        var t = verb - 1;
        if (ctx.Is(t, SpeakerWordRole.Negation) &&
            (ctx.IsWordText(t, "enggan") || ctx.Tokens[verb].AsSpan().StartsWith("me", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return ctx.Is(t, SpeakerWordRole.Modal) && ctx.Is(t - 1, SpeakerWordRole.Negation);
    }

    // `… dan menyebutnya sebagai "pelanggaran serius …"`, `menilainya "…"`: a verb whose `-nya` object is what it was
    // said of, followed by what was said of it (after `sebagai`, or quoted), is a claim of its own, like `menyebut X
    // sebagai Y`. Other object clitics report no content (`Kami akan menjelaskannya nanti`).
    private static bool DescribesItsObject(ClaimContext ctx, int verb) =>
        ctx.Tokens[verb].CliticAsSpan().Equals("nya", StringComparison.OrdinalIgnoreCase) && ReportedContent.SaysOfItsObject(ctx, verb);

    // An affixed verb form (`mengatakan`, `berjanji`) rather than a bare root used as a verb (`yakin`, `bilang`).
    private static bool IsPrefixed(ClaimContext ctx, int t)
    {
        var w = ctx.Tokens[t].AsSpan();
        return w.StartsWith("me", StringComparison.OrdinalIgnoreCase) || w.StartsWith("be", StringComparison.OrdinalIgnoreCase) ||
               w.StartsWith("di", StringComparison.OrdinalIgnoreCase);
    }

    // `menulis bahwa …` but not `menulis buku`; `memastikan seluruh WNI dalam keadaan aman` but not `memastikan
    // keamanan acara` (an act): a verb listed in boundary-words.tsv reports only a clause (after `bahwa`, quoted, or
    // with a predicate of its own before any relative `yang`, a verb, a state word such as `aman`, or a verdict right
    // after a subject closed by a demonstrative: `memastikan unggahan itu hoaks`).
    private static bool ReportsWhatItNeeds(ClaimContext ctx, int verb, ClaimKind kind, TextSpan content)
    {
        if (ctx.Is(verb, BoundaryWordRole.Request))
        {
            return kind == ClaimKind.Direct || RequestCues.IsApology(ctx, verb) || RequestCues.Reports(ctx, verb, content);
        }

        var first = ctx.TokenAtOrAfter(content.Start);
        if (ctx.Is(verb, BoundaryWordRole.NeedsAddressee) && kind != ClaimKind.Direct)
        {
            return IsAddressed(ctx, first, content);
        }

        if (!ctx.Is(verb, BoundaryWordRole.NeedsClause | BoundaryWordRole.Recognizes))
        {
            return true;
        }

        for (var k = verb + 1; k < first; k++)
        {
            if (ctx.IsWordText(k, "bahwa"))
            {
                return true;
            }
        }

        if (ctx.Is(verb, BoundaryWordRole.Recognizes))
        {
            return kind == ClaimKind.Direct || !RecognizesState(ctx, first, content);
        }

        if (kind == ClaimKind.Direct)
        {
            return true;
        }

        // A predicate right after a subordinator shares the sentence's subject and is no clause of the object
        // (`memastikan tiket final setelah menang 4-1`); one with a subject of its own is (`… apabila X menolak`).
        for (var k = first; k < ctx.Tokens.Length && ctx.Tokens[k].End <= content.End && !ctx.IsWordText(k, "yang"); k++)
        {
            if (ctx.Is(k - 1, SpeakerWordRole.Subordinator))
            {
                continue;
            }

            if (ctx.LooksLikePredicate(k) || ctx.Is(k, SpeakerWordRole.Modal | SpeakerWordRole.Negation) || ctx.IsWordText(k, "akan") ||
                (k > first && ctx.Is(k, BoundaryWordRole.State)) ||
                (k > first + 1 && SourcePhraseReader.IsDemonstrative(ctx, k - 1) && ctx.Is(k, BoundaryWordRole.Verdict)) ||
                ctx.IsWordText(k, "harus") || ctx.IsWordText(k, "perlu") || ctx.IsWordText(k, "telah") || ctx.IsWordText(k, "sudah"))
            {
                return true;
            }
        }

        return false;
    }

    // `mengucapkan selamat kepada Presiden terpilih`, `mengucapkan terima kasih atas bantuan itu`: a greeting addressed
    // to someone or given for something.
    private static bool IsAddressed(ClaimContext ctx, int first, TextSpan content)
    {
        for (var k = first; k < ctx.Tokens.Length && ctx.Tokens[k].End <= content.End; k++)
        {
            if (ctx.IsWordText(k, "kepada") || ctx.IsWordText(k, "atas"))
            {
                return true;
            }
        }

        return false;
    }

    // `mengakui Negara Palestina`, `mengakui Palestina sebagai negara berdaulat`, `mengakui kemerdekaan Kosovo`: an object
    // that opens with a name or a state, with no predicate of its own before `sebagai` (`mengakui Rusia telah melanggar
    // …` reports a clause), is recognized, not stated.
    private static bool RecognizesState(ClaimContext ctx, int first, TextSpan content)
    {
        if (!ctx.IsCapitalized(first) && !ctx.Is(first, BoundaryWordRole.Recognized))
        {
            return false;
        }

        for (var k = first + 1; k < ctx.Tokens.Length && ctx.Tokens[k].End <= content.End && !ctx.IsWordText(k, "sebagai"); k++)
        {
            if (ctx.IsWordText(k, "yang"))
            {
                break;
            }

            if (ctx.LooksLikePredicate(k) || ctx.Is(k, SpeakerWordRole.Modal | SpeakerWordRole.Negation | SpeakerWordRole.Adverb) ||
                ctx.IsWordText(k, "akan") || ctx.IsWordText(k, "harus") || ctx.IsWordText(k, "perlu"))
            {
                return false;
            }
        }

        return true;
    }

    // `sangat mendesak`, `mendesak bagi warga`, `mendesak dilakukan`, `Kebutuhan mendesak warga Gaza adalah air bersih`:
    // a verb that is also an adjective (boundary-words.tsv) reads as one after a degree word, before a copula, a
    // preposition or a passive (not a nominalized one: `mendesak dilakukannya gencatan senjata`), or with a copula in
    // what would be its content.
    private static bool IsAdjective(ClaimContext ctx, int verb, TextSpan content)
    {
        if (!ctx.Is(verb, BoundaryWordRole.Adjective))
        {
            return false;
        }

        if (ctx.Is(verb - 1, BoundaryWordRole.Degree) || !ctx.IsWord(verb + 1) || ctx.Is(verb + 1, BoundaryWordRole.Copula | BoundaryWordRole.Complement) ||
            (ctx.LooksLikePredicate(verb + 1) && !ctx.Tokens[verb + 1].HasClitic && ctx.Tokens[verb + 1].AsSpan().StartsWith("di", StringComparison.Ordinal)))
        {
            return true;
        }

        for (var k = verb + 1; k < ctx.Tokens.Length && ctx.Tokens[k].End <= content.End && k - verb <= SubjectSegments.MaxSubjectTokens; k++)
        {
            if (ctx.IsWordText(k, "yang") || ctx.LooksLikePredicate(k))
            {
                return false;
            }

            if (ctx.Is(k, BoundaryWordRole.Copula))
            {
                return true;
            }
        }

        return false;
    }

    // `Menteri yang mendesak reformasi itu mengatakan …`: a reporting verb in a relative clause of the subject of a later
    // reporting verb describes that subject; the later verb's claim is the sentence's (and holds this verb's content).
    private static bool InSubjectOfLaterVerb(ClaimContext ctx, int verb, TextSpan content)
    {
        if (!ctx.IsWordText(verb - 1, "yang"))
        {
            return false;
        }

        // A subject is at most MaxSubjectTokens long, so the later verb stands within that many tokens.
        for (var k = verb + 1; k < ctx.Tokens.Length && ctx.Tokens[k].End <= content.End && k - verb <= SubjectSegments.MaxSubjectTokens; k++)
        {
            if (ctx.CueOf(k) == CueRole.Verb && !ctx.IsCapitalized(k) && SpeakerPhraseFinder.SubjectBefore(ctx, k) is { } subject &&
                subject.Contains(ctx.Tokens[verb].Span))
            {
                return true;
            }
        }

        return false;
    }

    // A cue inside the phrase is a parenthetical attribution's; an active one in a relative clause (`Menteri yang
    // mendesak …`) describes the speaker (a passive one, `Pesan yang disampaikan Rusia`, makes the phrase a statement),
    // and so does a passive one withholding the speaker's name (`yang meminta namanya tidak diungkap`).
    private static bool HasCue(ClaimContext ctx, TextSpan speaker)
    {
        for (var t = ctx.TokenAtOrAfter(speaker.Start); t < ctx.Tokens.Length && ctx.Tokens[t].End <= speaker.End; t++)
        {
            if (ctx.CueOf(t) != CueRole.None && !(ctx.CueOf(t) == CueRole.Verb && ctx.IsWordText(t - 1, "yang")) &&
                !(ctx.CueOf(t) == CueRole.Passive && ctx.Is(t, BoundaryWordRole.Anonymity)))
            {
                return true;
            }
        }

        return false;
    }

    // `“Kami yakin,” kata Menteri X.`: a cue whose quotation closes before its content, or whose content opens with an
    // attribution, reports nothing; the quotation is the attribution's.
    private static bool OutsideItsQuote(ClaimContext ctx, int verb, TextSpan content)
    {
        var first = ctx.TokenAtOrAfter(content.Start);
        return (ctx.QuoteOf(verb) >= 0 && ctx.QuoteOf(first) != ctx.QuoteOf(verb)) || ctx.CueOf(first) == CueRole.Short;
    }

    private static bool InsideLongQuote(ClaimContext ctx, int t)
    {
        var q = ctx.QuoteOf(t);
        return q >= 0 && ctx.CountWords(new TextSpan(ctx.Quotes[q].ContentStart, ctx.Quotes[q].ContentEnd), 4) >= 4;
    }
}
