using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// A source after a cue given as a lower-case description and then, after a comma, the name it describes:
/// <c>“…,” tutur kakak korban, Mahsun, saat ditemui …</c>, <c>kata salah satu pekerja, Rina,</c>, <c>ujar warga
/// setempat, Ahmad Fauzi.</c> (vox-pop quotes). The speaker is the description with the name, as written; the name
/// speaks (ANNOTATION.md: a title with an apposition names the person). Also the plain words such phrases are made of.
/// </summary>
internal static class DescribedName
{
    private const int MaxDescriptionWords = 5;
    private const int MaxNameTokens = 7;

    /// <summary>
    /// The last token of the name when a description of plain lower-case words starting at token <paramref name="t"/>
    /// is followed by a comma and a name that ends at a comma, a period, the end of the sentence or a circumstance
    /// (<c>di Beirut</c>, <c>saat ditemui</c>); -1 otherwise.
    /// </summary>
    public static int EndAfter(ClaimContext ctx, int t, int limit)
    {
        var k = t;
        while (k < limit && k - t < MaxDescriptionWords && (IsPlainWord(ctx, k) || (ctx.Is(k, SpeakerWordRole.Title | SpeakerWordRole.Modifier | SpeakerWordRole.Generic) && !ctx.IsCapitalized(k))))
        {
            k++;
        }

        if (k == t || k + 1 >= limit || !ctx.IsMark(k, ',') || !IsNameWord(ctx, k + 1) || ctx.Is(k + 1, SpeakerWordRole.Time | SpeakerWordRole.Title | SpeakerWordRole.Organization))
        {
            return -1;
        }

        var last = k + 1;
        for (var n = k + 2; n < limit && n - k <= MaxNameTokens; n++)
        {
            if (IsNameWord(ctx, n))
            {
                last = n;
                continue;
            }

            if (!JoinsName(ctx, n))
            {
                break;
            }
        }

        // One word is a name only as an apposition closed by a comma and not followed by a day (`kakak korban, Mahsun,
        // saat ditemui`); `ujar pengamat ekonomi, Jakarta, Senin` closes with the place and day of the saying.
        var after = last + 1;
        if (last == k + 1)
        {
            return ctx.IsMark(after, ',') && !ctx.Is(after + 1, SpeakerWordRole.Time) ? last : -1;
        }

        var closed = after >= limit || ctx.IsMark(after, ',') || ctx.IsMark(after, '.') ||
                     (ctx.Is(after, SpeakerWordRole.Circumstance) && !ctx.IsCapitalized(after));
        return closed ? last : -1;
    }

    /// <summary>Whether token <paramref name="k"/> is a hyphen inside a name (<c>Jean-Noel</c>, <c>Thomas-Greenfield</c>).</summary>
    public static bool JoinsName(ClaimContext ctx, int k)
    {
        var tokens = ctx.Tokens;
        return k > 0 && k + 1 < tokens.Length && tokens[k].Kind == TokenKind.Punctuation && ctx.Text[tokens[k].Start] == '-' && tokens[k].Length == 1 &&
               ctx.IsCapitalized(k - 1) && ctx.IsCapitalized(k + 1) && tokens[k - 1].End == tokens[k].Start && tokens[k].End == tokens[k + 1].Start;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> is a lower-case word that can only describe a person here: no cue, verb,
    /// preposition, time word, pronoun, conjunction or demonstrative, which would begin the rest of the attribution.
    /// </summary>
    public static bool IsPlainWord(ClaimContext ctx, int k) =>
        ctx.IsWord(k) && ctx.Tokens[k].Kind == TokenKind.Word && !ctx.IsCapitalized(k) && ctx.CueOf(k) == CueRole.None && !ctx.LooksLikePredicate(k) &&
        !ctx.Is(k, SpeakerWordRole.Circumstance | SpeakerWordRole.Time | SpeakerWordRole.Pronoun | SpeakerWordRole.Intro | SpeakerWordRole.Opener |
                   SpeakerWordRole.Subordinator | SpeakerWordRole.Link | SpeakerWordRole.Negation | SpeakerWordRole.Adverb | SpeakerWordRole.Statement) &&
        !SourcePhraseReader.IsDemonstrative(ctx, k) && !ctx.IsWordText(k, "yang") && !ctx.IsWordText(k, "dan") && !ctx.IsWordText(k, "atau") &&
        !ctx.IsWordText(k, "serta") && !ctx.IsWordText(k, "dari");

    // A capitalized word with a lower-case letter: a name, not an acronym (`Rina`, not `PBB`).
    private static bool IsNameWord(ClaimContext ctx, int k)
    {
        if (!ctx.IsCapitalized(k))
        {
            return false;
        }

        foreach (var c in ctx.Tokens[k].AsSpan()[1..])
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}
