using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Quotations attributed after the closing mark: <c>“…,” kata Lin Jian</c>, <c>“…,” ujarnya</c> (the clitic is the
/// speaker), <c>“…,” Lavrov menambahkan</c>. Attributions before the quote are found by the verb and <c>menurut</c>
/// extractors.
/// </summary>
internal static class DirectQuoteExtractor
{
    private const int MinQuoteWords = 3;

    /// <summary>Adds the quotations with an attribution after them.</summary>
    public static void Extract(ClaimContext ctx, List<ClaimCandidate> claims)
    {
        ClaimCandidate? previous = null;
        var step = 0;
        foreach (var quote in ctx.Quotes)
        {
            ctx.CheckCancellation(step++);
            var content = ctx.TrimContent(quote.ContentStart, quote.ContentEnd);
            if (content.IsEmpty || EndsWithQuestion(ctx, content))
            {
                continue;
            }

            if (QuoteTitles.IsTitle(ctx, quote))
            {
                previous = null; // `bertajuk “…”`: a title, and what follows it no continuation
                continue;
            }

            var t = ctx.TokenAtOrAfter(quote.OuterEnd);
            while (t < ctx.Tokens.Length && (ctx.IsMark(t, ',') || ctx.IsQuoteMark(t)) && !HasLineBreak(ctx, quote.OuterEnd, ctx.Tokens[t].Start))
            {
                t++;
            }

            var attributed = t < ctx.Tokens.Length && !HasLineBreak(ctx, quote.OuterEnd, ctx.Tokens[t].Start) && ctx.IsWord(t);

            // A short quotation is a scare quote (`disebut “operasi khusus”`, `“Badai Al-Aqsa”, kata …`) unless it opens its
            // sentence and a comma inside its marks hands it to an attribution (`“Kami siap,” kata Lavrov`), or it goes on
            // from one just attributed (`“…,” katanya, “untuk membantu.”`).
            var isShort = ctx.CountWords(content, MinQuoteWords) < MinQuoteWords;
            if (isShort && !(attributed && OpensSentence(ctx, quote) && ctx.HasCommaBetween(content.End, quote.OuterEnd)) &&
                !(previous is { } earlier && Follows(ctx, earlier.Attribution.End, quote.OuterStart)))
            {
                previous = null;
                continue;
            }

            if (attributed && Attribution(ctx, t) is { } found)
            {
                var sentence = ctx.SentenceOf(found.CueToken);
                var attribution = new TextSpan(Math.Min(found.Speaker.Start, found.Cue.Start), Math.Max(sentence.End, found.Speaker.End));
                previous = new ClaimCandidate(ClaimKind.Direct, found.Cue, found.Speaker, content, attribution);
                claims.Add(previous.Value);
            }
            else if (attributed && ctx.CueOf(t) == CueRole.According)
            {
                previous = null; // `“…,” menurut X`: a voice of its own, which the menurut extractor reads
            }
            else if (previous is { } before && Follows(ctx, before.Attribution.End, quote.OuterStart) &&
                     !(attributed && ctx.HasCommaBetween(content.End, quote.OuterEnd)))
            {
                // `“…,” kata X. “…”`: a quotation right after an attributed one goes on in the same voice; not one
                // that a comma hands to an attribution of its own whose verb is unknown (`“…,” tandas Y`).
                previous = before with { Content = content, Attribution = new TextSpan(quote.OuterEnd, quote.OuterEnd) };
                claims.Add(previous.Value);
            }
            else
            {
                previous = null;
            }
        }
    }

    private static bool OpensSentence(ClaimContext ctx, Quotation quote)
    {
        var sentence = ctx.SentenceOf(ctx.TokenAtOrAfter(quote.OuterStart));
        return sentence.Start >= quote.OuterStart || ctx.Text.AsSpan(sentence.Start, quote.OuterStart - sentence.Start).IsWhiteSpace();
    }

    // Only white space and closing punctuation between the end of one claim and the next quotation.
    private static bool Follows(ClaimContext ctx, int end, int next)
    {
        if (next < end || next - end > 12)
        {
            return false;
        }

        for (var i = end; i < next; i++)
        {
            if (!char.IsWhiteSpace(ctx.Text[i]) && ctx.Text[i] is not ('.' or '"' or '\u201D'))
            {
                return false;
            }
        }

        return true;
    }

    private static (TextSpan Cue, TextSpan Speaker, int CueToken)? Attribution(ClaimContext ctx, int t)
    {
        var limit = ctx.SentenceOf(t).EndToken;
        if (ctx.IsWordText(t, "demikian") && t + 1 < limit)
        {
            // `“…,” demikian pernyataan Kemlu RI`: the statement noun is the cue and its owner the speaker;
            // `“…,” demikian disampaikan Kemlu`, `“…,” demikian kata X`: the cue after `demikian` as after the quote.
            if (ctx.Is(t + 1, SpeakerWordRole.Statement) && !ctx.IsCapitalized(t + 1))
            {
                var owner = ctx.IsWordText(t + 2, "tertulis") || ctx.IsWordText(t + 2, "resmi") ? t + 3 : t + 2;
                return SourcePhraseReader.SourceAfter(ctx, owner, limit, untilComma: false) is { } issuer &&
                       ctx.NamesSpeaker(ctx.TokenAtOrAfter(issuer.Start))
                    ? (ctx.Tokens[t + 1].Span, issuer, t + 1)
                    : null; // `demikian laporan itu`: a document, not a source
            }

            t++;
            if (ctx.CueOf(t) == CueRole.Passive)
            {
                var by = ctx.IsWordText(t + 1, "oleh") ? t + 2 : t + 1;
                return SourcePhraseReader.SourceAfter(ctx, by, limit, untilComma: false) is { } agent ? (ctx.Tokens[t].Span, agent, t) : null;
            }
        }

        if (ctx.Is(t, BoundaryWordRole.PostCue) && !ctx.IsCapitalized(t) && AccountSource.At(ctx, t + 1, limit) is { } poster)
        {
            return (ctx.Tokens[t].Span, poster, t); // `“…,” komentar akun Instagram @x`: a post, attributed to its account
        }

        var role = ctx.CueOf(t);
        if (role is CueRole.Short or CueRole.Verb)
        {
            var token = ctx.Tokens[t];
            var cue = new TextSpan(token.Start, token.CliticStart);
            if (token.HasClitic)
            {
                // `ujarnya`: the clitic is the speaker; other clitics (`katakanlah`) are not attributions.
                return token.CliticAsSpan().Equals("nya", StringComparison.OrdinalIgnoreCase)
                    ? (cue, new TextSpan(token.CliticStart, token.End), t)
                    : null;
            }

            return SourcePhraseReader.SourceAfter(ctx, t + 1, limit, untilComma: false) is { } speaker ? (cue, speaker, t) : null;
        }

        // `“…,” Lavrov menambahkan`: a short subject, then the verb.
        var k = t;
        while (k < limit && k - t < 6 && (ctx.IsCapitalized(k) || ctx.Is(k, SpeakerWordRole.Pronoun)))
        {
            k++;
        }

        while (k < limit && ctx.Is(k, SpeakerWordRole.Adverb) && !ctx.IsCapitalized(k))
        {
            k++;
        }

        return k > t && k < limit && ctx.CueOf(k) is CueRole.Verb or CueRole.Short && !ctx.Tokens[k].HasClitic
            ? (ctx.Tokens[k].Span, ctx.Span(t, LastWordBefore(ctx, t, k)), k)
            : null;
    }

    private static int LastWordBefore(ClaimContext ctx, int from, int k)
    {
        var last = k - 1;
        while (last > from && !ctx.IsCapitalized(last) && !ctx.Is(last, SpeakerWordRole.Pronoun))
        {
            last--;
        }

        return last;
    }

    private static bool EndsWithQuestion(ClaimContext ctx, TextSpan content)
    {
        var end = content.End;
        while (end < ctx.Text.Length && end - content.End < 3 && !char.IsLetterOrDigit(ctx.Text[end]))
        {
            if (ctx.Text[end] == '?')
            {
                return true;
            }

            end++;
        }

        return false;
    }

    private static bool HasLineBreak(ClaimContext ctx, int from, int to)
    {
        for (var i = from; i < to && i < ctx.Text.Length; i++)
        {
            if (Tokenization.CharClass.IsLineBreak(ctx.Text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
