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

            if (SpeakerPhraseFinder.SubjectBefore(ctx, verb) is not { } speaker || HasCue(ctx, speaker))
            {
                continue; // `X, kata dia, akan menegaskan …`: the parenthetical attribution's, not a subject
            }

            var cue = ctx.Tokens[verb].Span;
            var sentence = ctx.SentenceOf(verb);
            if (ReportedContent.After(ctx, verb, sentence.EndToken) is { } found)
            {
                var attribution = found.TailAttributes
                    ? new TextSpan(sentence.Start, sentence.End)
                    : new TextSpan(sentence.Start, Math.Max(sentence.Start, Math.Min(found.Content.Start, sentence.End)));
                claims.Add(new ClaimCandidate(found.Kind, cue, speaker, found.Content, attribution));
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
    // sebagai Y`. Other object clitics report no content (`Kami akan mengatakannya pada saat yang tepat`).
    private static bool DescribesItsObject(ClaimContext ctx, int verb) =>
        ctx.Tokens[verb].CliticAsSpan().Equals("nya", StringComparison.OrdinalIgnoreCase) &&
        (ctx.IsWordText(verb + 1, "sebagai") || ReportedContent.OpensQuote(ctx, verb + 1) is not null);

    // An affixed verb form (`mengatakan`, `berjanji`) rather than a bare root used as a verb (`yakin`, `bilang`).
    private static bool IsPrefixed(ClaimContext ctx, int t)
    {
        var w = ctx.Tokens[t].AsSpan();
        return w.StartsWith("me", StringComparison.OrdinalIgnoreCase) || w.StartsWith("be", StringComparison.OrdinalIgnoreCase) ||
               w.StartsWith("di", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasCue(ClaimContext ctx, TextSpan speaker)
    {
        for (var t = ctx.TokenAtOrAfter(speaker.Start); t < ctx.Tokens.Length && ctx.Tokens[t].End <= speaker.End; t++)
        {
            if (ctx.CueOf(t) != CueRole.None)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideLongQuote(ClaimContext ctx, int t)
    {
        var q = ctx.QuoteOf(t);
        return q >= 0 && ctx.CountWords(new TextSpan(ctx.Quotes[q].ContentStart, ctx.Quotes[q].ContentEnd), 4) >= 4;
    }
}
