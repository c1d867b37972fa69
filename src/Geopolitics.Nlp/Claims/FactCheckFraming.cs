using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// A fact-check's framing of a saying it judges: <c>Klaim Menlu X mengumumkan … adalah hoaks</c>, <c>Narasi X meminta
/// maaf … tidak benar</c>. The framing noun (<c>Klaim</c>, <c>Narasi</c>) is no part of a speaker, and a sentence
/// closed by a verdict (<c>hoaks</c>, <c>keliru</c>, <c>tidak benar</c>) is the author's judgement of a saying the
/// source did not make: no claim.
/// </summary>
internal static class FactCheckFraming
{
    /// <summary>
    /// Whether the speaker phrase opens its sentence with a framing noun and the sentence ends in a verdict.
    /// </summary>
    public static bool IsVerdict(ClaimContext ctx, TextSpan speaker)
    {
        var first = ctx.TokenAtOrAfter(speaker.Start);
        if (!IsFraming(ctx, first, speaker))
        {
            return false;
        }

        var sentence = ctx.SentenceOf(first);
        var last = sentence.EndToken - 1;
        while (last > first && !ctx.IsWord(last))
        {
            last--; // the final period and quotation marks
        }

        return last > first + 1 && ctx.Is(last, BoundaryWordRole.Verdict) && (IsFalsehood(ctx, last) || IsJudged(ctx, last - 1));
    }

    // A word that only ever judges a claim false (`… naik keliru`, `… hoaks`), unlike `benar`, `hasil` or `sah`, which
    // may end the saying itself.
    private static bool IsFalsehood(ClaimContext ctx, int t) =>
        ctx.IsWordText(t, "hoaks") || ctx.IsWordText(t, "hoax") || ctx.IsWordText(t, "keliru") || ctx.IsWordText(t, "palsu") ||
        ctx.IsWordText(t, "bohong") || ctx.IsWordText(t, "fiktif") || ctx.IsWordText(t, "menyesatkan") || ctx.IsWordText(t, "disinformasi");

    // `… adalah benar`, `… tidak benar`, `… itu sah`: a verdict said of the framed saying, not the last word of the saying
    // itself (`Informasi Polri menyebutkan penyelidikan belum membuahkan hasil`).
    private static bool IsJudged(ClaimContext ctx, int t) =>
        ctx.IsWordText(t, "adalah") || ctx.IsWordText(t, "merupakan") || ctx.IsWordText(t, "tidak") || ctx.IsWordText(t, "bukan") ||
        SourcePhraseReader.IsDemonstrative(ctx, t);

    /// <summary>The speaker phrase without a framing noun that opens it (<c>Informasi BMKG</c> → <c>BMKG</c>).</summary>
    public static TextSpan WithoutFraming(ClaimContext ctx, TextSpan speaker)
    {
        var first = ctx.TokenAtOrAfter(speaker.Start);
        return IsFraming(ctx, first, speaker) ? new TextSpan(ctx.Tokens[first + 1].Start, speaker.End) : speaker;
    }

    // A capitalized framing noun that opens the sentence, followed in the phrase by a name or title.
    private static bool IsFraming(ClaimContext ctx, int first, TextSpan speaker) =>
        first + 1 < ctx.Tokens.Length && ctx.IsCapitalized(first) && ctx.Is(first, BoundaryWordRole.Framing) &&
        Dateline.Skip(ctx, ctx.SentenceOf(first).FirstToken, ctx.SentenceOf(first).EndToken) == first &&
        ctx.Tokens[first + 1].End <= speaker.End && (ctx.IsCapitalized(first + 1) || ctx.Is(first + 1, SpeakerWordRole.Title));
}
