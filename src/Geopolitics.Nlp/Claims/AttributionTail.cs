namespace Geopolitics.Nlp.Claims;

/// <summary>
/// The words after a comma that close a reported clause with the circumstances of its saying rather than more of
/// what was said: the occasion (<c>…, saat ditemui di Gedung DPR, Senin</c>; <c>…, dalam konferensi pers di
/// Jakarta</c>) or a second attribution to a relaying source (<c>…, demikian dilaporkan kantor berita Bernama</c>,
/// <c>…, seperti dilansir Reuters</c>).
/// A circumstance word alone is not enough (<c>…, saat ini</c>, <c>…, dalam lima tahun</c> are content): an occasion
/// word must follow it closely.
/// </summary>
internal static class AttributionTail
{
    private const int MaxWordsBeforeOccasion = 3;

    /// <summary>Whether the words from token <paramref name="t"/> to the end of the sentence attribute rather than report.</summary>
    public static bool StartsAt(ClaimContext ctx, int t, int sentenceEnd)
    {
        if (t >= sentenceEnd || !ctx.IsWord(t))
        {
            return false;
        }

        if (ctx.IsWordText(t, "demikian"))
        {
            // `demikian kata X`, `demikian dilaporkan X`, `demikian keterangan tertulis X`
            return t + 1 < sentenceEnd && ctx.IsWord(t + 1) &&
                   (ctx.CueOf(t + 1) != CueRole.None || ctx.Is(t + 1, SpeakerWordRole.Statement | SpeakerWordRole.Occasion) || IsPassive(ctx, t + 1));
        }

        if (!ctx.Is(t, SpeakerWordRole.Circumstance))
        {
            return false;
        }

        if ((ctx.IsWordText(t, "seperti") || ctx.IsWordText(t, "sebagaimana")) && t + 1 < sentenceEnd && ctx.IsWord(t + 1) && IsPassive(ctx, t + 1))
        {
            return true; // `…, seperti dilansir Reuters`, `…, sebagaimana dikutip dari Antara`: the relaying source
        }

        for (var k = t + 1; k < sentenceEnd && k - t <= MaxWordsBeforeOccasion; k++)
        {
            if (ctx.Is(k, SpeakerWordRole.Occasion))
            {
                return true;
            }

            if (!ctx.IsWord(k) && !ctx.IsMark(k, '-'))
            {
                return false;
            }
        }

        return false;
    }

    // `dilaporkan`, `diberitakan`, `dikutip`, `dilansir`: a passive verb after `demikian`, `seperti` or `sebagaimana`
    // attributes what precedes it.
    private static bool IsPassive(ClaimContext ctx, int t)
    {
        var w = ctx.Tokens[t].AsSpan();
        return w.Length > 5 && w.StartsWith("di", StringComparison.Ordinal);
    }
}
