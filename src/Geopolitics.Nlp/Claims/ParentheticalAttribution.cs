using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// An attribution standing inside its sentence: <c>X, kata Y, Z.</c>, <c>X, menurut Y, Z.</c> The statement is X … Z;
/// since content is one span, it runs from X's start to Z's end with the attribution inside. When X is only an
/// introductory word (<c>Bahkan, ujar dia, Z</c>) the content is Z.
/// </summary>
internal static class ParentheticalAttribution
{
    private const int MaxIntroductionWords = 3;
    private const int MaxContentTokens = 200;

    /// <summary>
    /// The first token of Z when the source ends just before token <paramref name="k"/> and the sentence goes on with
    /// content, or -1 when the sentence ends or goes on with the attribution's circumstance (<c>, saat dihubungi</c>,
    /// <c>, Selasa (2/12/2014)</c>, <c>di Jakarta</c>).
    /// </summary>
    public static int RestStart(ClaimContext ctx, int k, int sentenceEnd)
    {
        while (k < sentenceEnd && (ctx.IsMark(k, ',') || ctx.Is(k, SpeakerWordRole.Time)))
        {
            k++;
        }

        if (k >= sentenceEnd || !ctx.IsWord(k) || ctx.Is(k, SpeakerWordRole.Circumstance | SpeakerWordRole.Link) || ctx.CueOf(k) != CueRole.None ||
            IsPassiveCircumstance(ctx, k, sentenceEnd))
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
    /// The content of <c>X, cue Y, Z</c>: X (tokens <paramref name="first"/> up to the cue) through Z (from token
    /// <paramref name="rest"/> to the sentence end), or only Z when X is an introductory word. Null for a question.
    /// </summary>
    public static TextSpan? Content(ClaimContext ctx, int first, int cue, int rest, int sentenceEnd)
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

        var only = OnlyIntroduction(ctx, first, cue);
        if (only && ctx.IsWordText(rest, "bahwa") && rest + 1 < sentenceEnd)
        {
            rest++; // `Selain itu, kata X, bahwa …`: content without `bahwa`
        }

        var start = only ? ctx.Tokens[rest].Start : ctx.Tokens[first].Start;
        var content = ctx.TrimContent(start, end);
        return ctx.CountWords(content, 3) >= 3 ? content : null;
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
        return next >= sentenceEnd || !ctx.IsWord(next) || ctx.IsCapitalized(next) || ctx.Is(next, SpeakerWordRole.Circumstance | SpeakerWordRole.Time);
    }

    // `Bahkan,` `Namun,` `Sementara itu,`: adverbs and introductory words only.
    private static bool OnlyIntroduction(ClaimContext ctx, int first, int cue)
    {
        var words = 0;
        for (var t = first; t < cue; t++)
        {
            if (!ctx.IsWord(t))
            {
                continue;
            }

            words++;
            var intro = ctx.Is(t, SpeakerWordRole.Adverb | SpeakerWordRole.Intro | SpeakerWordRole.Link) || ctx.IsWordText(t, "itu") || ctx.IsWordText(t, "demikian");
            if (!intro || words > MaxIntroductionWords)
            {
                return false;
            }
        }

        return true;
    }
}
