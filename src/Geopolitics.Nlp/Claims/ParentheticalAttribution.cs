using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// An attribution standing inside its sentence: <c>X, kata Y, Z.</c>, <c>X, katanya, Z.</c>, <c>X, menurut Y, Z.</c> The
/// claim's content is Z, the part after the attribution, as news annotation marks it (ANNOTATION.md; news-dev README:
/// "`kata X` in the middle of a sentence: the content is the part after the cue"): X is the sentence's topic or an
/// introductory phrase (<c>Meski demikian, Indonesia, kata Mahendra, akan …</c> → <c>akan …</c>).
/// </summary>
internal static class ParentheticalAttribution
{
    private const int MaxContentTokens = 200;
    private const int MinContentWords = 2; // `…, menurut Wikipedia, sekitar 350 kg`

    /// <summary>
    /// The first token of Z when the source ends just before token <paramref name="k"/> and the sentence goes on with
    /// content, or -1 when the sentence ends or goes on with the attribution's circumstance (<c>, saat dihubungi</c>,
    /// <c>, Selasa (2/12/2014)</c>, <c>di Jakarta</c>, <c>, seperti dilansir Kompas.com</c>) or with more about the
    /// source (<c>, yang …</c>, <c>atau yang karib disapa …</c>).
    /// </summary>
    public static int RestStart(ClaimContext ctx, int k, int sentenceEnd)
    {
        var source = k - 1;
        while (k < sentenceEnd && ctx.Is(k, SpeakerWordRole.Adverb) && !ctx.IsCapitalized(k) && !ctx.Is(k, SpeakerWordRole.Negation))
        {
            k++; // `katanya lagi, …`
        }

        // A source closed by a comma; only a pronoun goes on without one (`Harga pangan, menurut dia diperkirakan …`):
        // words right after a name, a title or a clitic cue are more of the source or the circumstance of the saying
        // (`ujarnya singkat kepada …`, `kata direktur pengelola Inter …` in lower-case text).
        if (!ctx.IsMark(k, ',') && !(ctx.Is(source, SpeakerWordRole.Pronoun) && !ctx.Tokens[source].HasClitic))
        {
            return -1;
        }

        while (k < sentenceEnd && (ctx.IsMark(k, ',') || ctx.Is(k, SpeakerWordRole.Time)))
        {
            k++;
        }

        if (k >= sentenceEnd || !ctx.IsWord(k) || ctx.Is(k, SpeakerWordRole.Circumstance | SpeakerWordRole.Link | SpeakerWordRole.Citation | SpeakerWordRole.Occasion) ||
            ctx.CueOf(k) != CueRole.None || ctx.IsWordText(k, "yang") || ctx.IsWordText(k, "atau") || IsPassiveCircumstance(ctx, k, sentenceEnd) ||
            AttributionTail.StartsAt(ctx, k, sentenceEnd))
        {
            return -1;
        }

        var words = 0;
        for (var t = k; t < sentenceEnd && words < 2; t++)
        {
            if (ctx.IsMark(t, '?'))
            {
                return -1;
            }

            words += ctx.IsWord(t) ? 1 : 0;
        }

        return words >= 2 ? k : -1;
    }

    /// <summary>
    /// The content of <c>X, cue Y, Z</c>: Z, from token <paramref name="rest"/> to the sentence end, without an opening
    /// <c>bahwa</c> (<c>Selain itu, kata X, bahwa …</c>). Null for a question or fewer than two words.
    /// </summary>
    public static TextSpan? Content(ClaimContext ctx, int rest, int sentenceEnd)
    {
        sentenceEnd = Math.Min(sentenceEnd, rest + MaxContentTokens); // bounded work per cue
        var end = ctx.Tokens[sentenceEnd - 1].End;
        for (var t = rest; t < sentenceEnd; t++)
        {
            if (ctx.IsMark(t, '?'))
            {
                return null;
            }
        }

        if (ctx.IsWordText(rest, "bahwa") && rest + 1 < sentenceEnd)
        {
            rest++;
        }

        var content = ctx.TrimContent(ctx.Tokens[rest].Start, end);
        return ctx.CountWords(content, MinContentWords) >= MinContentWords ? content : null;
    }

    // `…, kata X, dihubungi Kompas.com`, `ditemui di …`, `dikonfirmasi, Minggu`: a passive verb that ends the clause or
    // opens a place or time belongs to the attribution; `menurut dia diperkirakan akan …` is content.
    private static bool IsPassiveCircumstance(ClaimContext ctx, int k, int sentenceEnd)
    {
        if (!ctx.LooksLikePredicate(k) || !ctx.Tokens[k].AsSpan().StartsWith("di", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var next = k + 1;
        return next >= sentenceEnd || !ctx.IsWord(next) || ctx.IsCapitalized(next) ||
               ctx.Is(next, SpeakerWordRole.Circumstance | SpeakerWordRole.Time | SpeakerWordRole.Occasion); // `disela forum lobi`
    }
}
