namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Where an object reported after a speech act ends when the speaker's next act follows it: a contrasting connective
/// (<c>mengecam serangan itu, tetapi menolak …</c>) or <c>dan akan</c> (<c>menyebut X sebagai Y dan akan membalas</c>)
/// and a predicate. ANNOTATION.md: content ends where the clause ends; what is not a claim of its own is cut off.
/// </summary>
internal static class ObjectBoundary
{
    private const int MaxConnectiveTokens = 4;

    // After an object with no predicate of its own (`mengecam serangan itu`, `menilai langkah itu provokatif`), at token
    // `t`: a contrasting connective (`, namun`, `tetapi`) or `dan`/`serta` with `akan`, then a predicate. Its subject is
    // the speaker's, so it is the speaker's next act, not what was said; inside a reported clause with a predicate of its
    // own (`China tidak menginginkan perang, namun tidak takut …`) the clause goes on, and this is not asked.
    internal static bool SecondPredicateAt(ClaimContext ctx, int t, int sentenceEnd)
    {
        var k = ctx.IsMark(t, ',') ? t + 1 : t;
        if (ctx.SentenceAdverbialAt(k, Math.Min(sentenceEnd, k + MaxConnectiveTokens) - 1, SentenceAdverbialRole.Connective) is var n and > 0 &&
            !ctx.IsCapitalized(k))
        {
            k += n;
            k = ctx.IsMark(k, ',') ? k + 1 : k;
        }
        else if (ReportedContent.Coordinates(ctx, k) && !ctx.IsCapitalized(k))
        {
            k++;
            if (ctx.Is(k, SpeakerWordRole.Adverb | SpeakerWordRole.Negation) && !ctx.IsWordText(k, "akan"))
            {
                k++; // `dan juga akan`, `dan tidak akan`
            }

            if (!ctx.IsWordText(k, "akan"))
            {
                return false;
            }

            k++;
        }
        else
        {
            return false;
        }

        for (var from = k; k < sentenceEnd && k - from <= 2; k++)
        {
            if (ctx.IsCapitalized(k) || !ctx.IsWord(k))
            {
                return false;
            }

            if (ctx.LooksLikePredicate(k) || ctx.CueOf(k) == CueRole.Verb)
            {
                return true;
            }

            if (!ctx.Is(k, SpeakerWordRole.Adverb | SpeakerWordRole.Negation | SpeakerWordRole.Modal) && !ctx.IsWordText(k, "akan"))
            {
                return false;
            }
        }

        return false;
    }
}
