using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// <c>menurut</c> attributions: <c>Menurut X, …</c> (source first, content to the end of the clause),
/// <c>…, menurut X.</c> (content first) and <c>…, langkah yang menurut X akan …</c> (the relative clause's predicate).
/// <c>Menurut X, “…”</c> is a direct claim.
/// </summary>
internal static class AccordingToExtractor
{
    private const int MaxSourceTokens = 30;
    private const int MaxAppositionTokens = 14;

    /// <summary>Adds the <c>menurut</c> claims.</summary>
    public static void Extract(ClaimContext ctx, List<ClaimCandidate> claims)
    {
        for (var t = 0; t < ctx.Tokens.Length; t++)
        {
            ctx.CheckCancellation(t);
            if (ctx.CueOf(t) != CueRole.According)
            {
                continue;
            }

            var sentence = ctx.SentenceOf(t);
            var cue = ctx.Tokens[t].Span;
            if (ctx.Tokens[t].HasClitic && ctx.IsMark(t + 1, ','))
            {
                // `Menurutnya, …`: the clitic is the speaker.
                var token = ctx.Tokens[t];
                if (token.CliticAsSpan().Equals("nya", StringComparison.OrdinalIgnoreCase) &&
                    ReportedContent.After(ctx, t + 1, sentence.EndToken) is { } clitic)
                {
                    var kind = clitic.Kind == ClaimKind.Direct ? ClaimKind.Direct : ClaimKind.AccordingTo;
                    claims.Add(new ClaimCandidate(kind, new TextSpan(token.Start, token.CliticStart), new TextSpan(token.CliticStart, token.End), clitic.Content, new TextSpan(sentence.Start, clitic.Content.Start)));
                }
            }
            else if (ClauseOpening(ctx, sentence.FirstToken, t) is var clause and >= 0)
            {
                if (SourcePhraseReader.SourceAfter(ctx, t + 1, Math.Min(sentence.EndToken, t + MaxSourceTokens), untilComma: true) is not { } speaker)
                {
                    continue;
                }

                var afterSpeaker = ctx.TokenAtOrAfter(speaker.End);
                if (!ctx.IsMark(afterSpeaker, ','))
                {
                    continue;
                }

                // `Menurut Lavrov, yang berbicara di Moskow, Barat …`: a relative clause between commas describes the source.
                if (ctx.IsWordText(afterSpeaker + 1, "yang") && NextComma(ctx, afterSpeaker + 2, Math.Min(sentence.EndToken, afterSpeaker + MaxSourceTokens)) is var closing && closing > 0)
                {
                    afterSpeaker = closing;
                }
                else if (AppositionEnd(ctx, afterSpeaker + 1, sentence.EndToken) is var described and > 0)
                {
                    afterSpeaker = described; // `Menurut ISPR, sayap media militer Pakistan, …`: the apposition says who the source is
                }

                if (ReportedContent.After(ctx, afterSpeaker, sentence.EndToken) is { } found)
                {
                    var kind = found.Kind == ClaimKind.Direct ? ClaimKind.Direct : ClaimKind.AccordingTo;
                    var attribution = new TextSpan(clause == sentence.FirstToken ? sentence.Start : ctx.Tokens[clause].Start, found.Content.Start);
                    claims.Add(new ClaimCandidate(kind, cue, speaker, found.Content, attribution));
                    if (found.QuoteAfterColon is { } quote)
                    {
                        claims.Add(new ClaimCandidate(ClaimKind.Direct, cue, speaker, quote, attribution));
                    }
                }
            }
            else if (t > sentence.FirstToken && ctx.IsWordText(t - 1, "yang") && ctx.QuoteOf(t) < 0)
            {
                // `…, langkah yang menurut Gedung Putih akan membantu …`: a relative clause whose predicate X claims.
                var token = ctx.Tokens[t];
                TextSpan? speaker = token.HasClitic
                    ? token.CliticAsSpan().Equals("nya", StringComparison.OrdinalIgnoreCase) ? new TextSpan(token.CliticStart, token.End) : null
                    : SourcePhraseReader.SourceAfter(ctx, t + 1, Math.Min(sentence.EndToken, t + MaxSourceTokens), untilComma: false);
                var last = speaker is { } s && !token.HasClitic ? ctx.TokenAtOrAfter(s.End) - 1 : t;
                if (speaker is not null && !ctx.IsMark(last + 1, ',') && ReportedContent.After(ctx, last, sentence.EndToken) is { Kind: ClaimKind.Indirect } found)
                {
                    var cueSpan = token.HasClitic ? new TextSpan(token.Start, token.CliticStart) : cue;
                    claims.Add(new ClaimCandidate(ClaimKind.AccordingTo, cueSpan, speaker.Value, found.Content, new TextSpan(cue.Start, found.Content.Start)));
                }
            }
            else if (t > sentence.FirstToken && AfterClause(ctx, sentence.FirstToken, t))
            {
                // `…, menurut X.`: the content is the clause before the comma.
                if (SourcePhraseReader.SourceAfter(ctx, t + 1, sentence.EndToken, untilComma: true) is not { } speaker)
                {
                    continue;
                }

                var rest = ParentheticalAttribution.RestStart(ctx, ctx.TokenAtOrAfter(speaker.End), sentence.EndToken);
                if (rest >= 0)
                {
                    // `Hal ini, menurut X, karena …`: the statement is the part after the attribution.
                    if (ParentheticalAttribution.Content(ctx, rest, sentence.EndToken) is { } after)
                    {
                        claims.Add(new ClaimCandidate(ClaimKind.AccordingTo, cue, speaker, after, new TextSpan(cue.Start, ctx.Tokens[rest].Start)));
                    }

                    continue;
                }

                // `Namun, situasi memburuk, menurut X.`: the connective ties the sentence to the one before; X claims the rest.
                var start = ctx.Tokens[SentenceOpening.AfterConnective(ctx, Dateline.Skip(ctx, sentence.FirstToken, t), t - 1)].Start;
                var content = ctx.TrimContent(start, ctx.Tokens[t - 1].Start);
                if (ctx.CountWords(content, 2) < 2 || QuestionIn(ctx, content))
                {
                    continue;
                }

                var kind = ReportedContent.OpensQuote(ctx, sentence.FirstToken) is { } q && q.End >= content.End - 1 ? ClaimKind.Direct : ClaimKind.AccordingTo;
                claims.Add(new ClaimCandidate(kind, cue, speaker, content, new TextSpan(cue.Start, sentence.End)));
            }
        }
    }

    // The comma that closes a description of the source opening at token `from` (`sayap media militer Pakistan,`,
    // `lembaga yang menangani pengungsi,`), or -1: a lower-case apposition head and no predicate before the comma,
    // other than in a relative clause. Content goes on after the comma.
    private static int AppositionEnd(ClaimContext ctx, int from, int sentenceEnd)
    {
        var limit = Math.Min(sentenceEnd, from + MaxAppositionTokens);
        if (!ctx.IsWord(from) || ctx.IsCapitalized(from) || !ctx.Is(from, BoundaryWordRole.AppositionHead))
        {
            return -1;
        }

        var relative = false;
        for (var k = from + 1; k < limit; k++)
        {
            if (ctx.IsMark(k, ','))
            {
                return k + 2 < sentenceEnd && ctx.IsWord(k + 1) ? k : -1;
            }

            if (ctx.IsWordText(k, "yang"))
            {
                relative = true;
            }
            else if (!relative && (!ctx.IsWord(k) || ctx.LooksLikePredicate(k) || ctx.CueOf(k) != CueRole.None || ctx.IsWordText(k, "akan") ||
                                   ctx.Is(k, SpeakerWordRole.Modal | SpeakerWordRole.Adverb | SpeakerWordRole.Negation | SpeakerWordRole.Aspect) ||
                                   ctx.Is(k, BoundaryWordRole.Copula)) && !ctx.IsMark(k, '(') && !ctx.IsMark(k, ')'))
            {
                return -1;
            }
            else if (relative && (ctx.IsQuoteMark(k) || ctx.IsMark(k, ';') || ctx.IsMark(k, ':')))
            {
                return -1;
            }
        }

        return -1;
    }

    private static int NextComma(ClaimContext ctx, int from, int limit)
    {
        for (var k = from; k < limit; k++)
        {
            if (ctx.IsMark(k, ','))
            {
                return k;
            }
        }

        return -1;
    }

    // The first token of the clause that `Menurut …` opens, or -1: the start of the sentence, after adverbs (`Juga
    // menurut …`) or an introductory word and comma (`Namun, menurut …`); or a clause coordinated after a comma
    // (`…, namun menurut pejabat AS, penandatanganan …`), whose source claims only what follows it.
    private static int ClauseOpening(ClaimContext ctx, int first, int t)
    {
        for (var k = t - 1; k >= first; k--)
        {
            if (k > first && ctx.IsMark(k, ',') && ctx.Is(k + 1, SpeakerWordRole.Opener) && k + 1 < t)
            {
                return k + 1;
            }

            var skippable = ctx.IsQuoteMark(k) || ctx.IsMark(k, ',') || ctx.Is(k, SpeakerWordRole.Adverb | SpeakerWordRole.Intro) || (!ctx.IsWord(k) && !ctx.IsMark(k, '.'));
            if (!skippable || t - k > 5)
            {
                return -1;
            }
        }

        return first;
    }

    // `…, menurut X`, `…, demikian menurut X`, `“…,” menurut X`: the comma (inside a closing quotation mark too) that
    // ends the clause before the cue.
    private static bool AfterClause(ClaimContext ctx, int first, int t)
    {
        var k = t - 1;
        if (ctx.IsWordText(k, "demikian"))
        {
            k--;
        }

        if (k > first && ctx.IsQuoteMark(k) && ctx.IsMark(k - 1, ','))
        {
            k--;
        }

        return k > first && ctx.IsMark(k, ',');
    }

    private static bool QuestionIn(ClaimContext ctx, TextSpan span) => ctx.Text.AsSpan(span.Start, span.Length).Contains('?');
}
