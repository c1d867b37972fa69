using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// A statement noun with its source and a <c>bahwa</c> clause (<c>laporan kantor berita X bahwa …</c>,
/// <c>pernyataan Kementerian Luar Negeri bahwa …</c>): an indirect claim by that source, the noun being the cue. The
/// nouns are the <c>statement</c> words of <c>speaker-words.tsv</c>; the source must name someone (a capitalized word)
/// and hold no predicate, so <c>laporan yang menyebut bahwa</c> and <c>laporan itu bahwa</c> are left alone.
/// </summary>
internal static class StatementNounExtractor
{
    private const int MaxSourceTokens = 8;

    /// <summary>Adds the claims introduced by a statement noun.</summary>
    public static void Extract(ClaimContext ctx, List<ClaimCandidate> claims)
    {
        for (var t = 0; t + 2 < ctx.Tokens.Length; t++)
        {
            ctx.CheckCancellation(t);
            if (!ctx.Is(t, SpeakerWordRole.Statement) || ctx.Tokens[t].HasClitic || ctx.IsWordText(t, "hal") || ctx.QuoteOf(t) >= 0)
            {
                continue;
            }

            var sentence = ctx.SentenceOf(t);
            var start = t + 1;
            while (start < sentence.EndToken && ctx.Is(start, SpeakerWordRole.Source) && !ctx.IsCapitalized(start))
            {
                start++; // `pernyataan resmi dari …`
            }

            var bahwa = start;
            var named = false;
            while (bahwa < sentence.EndToken && bahwa - start < MaxSourceTokens && !ctx.IsWordText(bahwa, "bahwa"))
            {
                if (!ctx.IsWord(bahwa) || ctx.LooksLikePredicate(bahwa) || ctx.CueOf(bahwa) != CueRole.None || ctx.IsWordText(bahwa, "yang") ||
                    SourcePhraseReader.IsDemonstrative(ctx, bahwa))
                {
                    bahwa = sentence.EndToken;
                    break;
                }

                named |= ctx.IsCapitalized(bahwa);
                bahwa++;
            }

            if (!named || bahwa == start || bahwa >= sentence.EndToken || !ctx.IsWordText(bahwa, "bahwa"))
            {
                continue;
            }

            if (ReportedContent.After(ctx, bahwa - 1, sentence.EndToken) is { Kind: ClaimKind.Indirect } found)
            {
                var speaker = ctx.Span(start, bahwa - 1);
                claims.Add(new ClaimCandidate(ClaimKind.Indirect, ctx.Tokens[t].Span, speaker, found.Content, new TextSpan(ctx.Tokens[t].Start, found.Content.Start)));
            }

            t = bahwa;
        }
    }
}
