using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// A speaker phrase that describes someone the text does not name (<c>pengamat</c>, <c>analis</c>, <c>Seorang sopir
/// truk di Rafah</c>, <c>Sumber yang mengetahui rencana itu</c>): headed by a kind of person rather than an office, it
/// refers to no entity — neither to the speaker before it nor to a place or organization inside it (ANNOTATION.md: a
/// description refers to the person it describes).
/// </summary>
internal static class UnnamedSources
{
    /// <summary>
    /// Whether <paramref name="speaker"/> opens with a <see cref="SpeakerWordRole.Generic"/> word that begins no name,
    /// names no person (in a mention or an apposition) and is not a description closed by a demonstrative (<c>pengamat itu</c> refers back). <c>seorang</c> before a role held
    /// for someone else (<c>seorang pejabat Gedung Putih</c>) is an unnamed official, which news annotation names by the
    /// organization, so it is left to that rule.
    /// </summary>
    public static bool IsUnnamed(ClaimContext ctx, ArticleMentions mentions, TextSpan speaker)
    {
        var first = ctx.TokenAtOrAfter(speaker.Start);
        if (first >= ctx.Tokens.Length || ctx.Tokens[first].Start != speaker.Start || !ctx.Is(first, SpeakerWordRole.Generic) ||
            (ctx.IsWordText(first, "seorang") && ctx.Is(first + 1, SpeakerWordRole.Dependent)))
        {
            return false;
        }

        var last = ctx.TokenAtOrAfter(speaker.End) - 1;
        if (SourcePhraseReader.IsDemonstrative(ctx, last) && DemonstrativeClosesPhrase(ctx, first, last))
        {
            return false;
        }

        if (ctx.IsCapitalized(first) && ctx.IsCapitalized(first + 1) && !mentions.Overlapping(ctx.Tokens[first + 1].Span).Any())
        {
            return false; // `Dokter Lintas Batas (MSF)`: a name that opens with the word; `Warga Gaza`, `Sumber Kompas.com` are not
        }

        for (var t = first + 1; t < last; t++)
        {
            if (ctx.IsMark(t, ',') && ctx.IsCapitalized(t + 1) && !mentions.Overlapping(ctx.Tokens[t + 1].Span).Any(e => e.Type is EntityType.Gpe or EntityType.Location))
            {
                // `analis …, Francisco Monaldi`: the apposition names the speaker, tagged or not (a place goes on with the
                // place before it: `Warga di Kampung Baru, Kuala Lumpur`).
                return false;
            }
        }

        foreach (var e in mentions.Overlapping(speaker))
        {
            if (e.Type == EntityType.Person || e.Start == speaker.Start)
            {
                return false; // `Pengamat politik dari UGM, Arie Sudjito`; `Dokter Lintas Batas (MSF)` is a name
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the demonstrative at <paramref name="last"/> closes the whole phrase from <paramref name="first"/>
    /// (<c>diplomat senior itu</c>) rather than the object of a relative clause inside it (<c>sumber yang mengetahui
    /// rencana itu</c>). After a relative clause it closes the phrase only where no object noun stands before it: a
    /// number or a name (<c>diplomat yang bertugas sejak 2022 itu</c>, <c>pria yang akrab disapa Gus Yahya itu</c>).
    /// </summary>
    public static bool DemonstrativeClosesPhrase(ClaimContext ctx, int first, int last) =>
        !(HasRelativeClause(ctx, first, last) || PlaceBefore(ctx, first, last)) || ctx.Tokens[last - 1].Kind == Tokenization.TokenKind.Number || ctx.IsCapitalized(last - 1);

    // `sumber di kementerian itu`: a generic word and then `di` and the noun the demonstrative closes, the place the
    // source is at, not the source.
    private static bool PlaceBefore(ClaimContext ctx, int first, int last) =>
        ctx.Is(first, SpeakerWordRole.Generic) && last - 2 > first && ctx.IsWordText(last - 2, "di");

    /// <summary>
    /// Whether a <c>yang</c> stands between <paramref name="first"/> and <paramref name="last"/>: the demonstrative then
    /// closes the relative clause's object (<c>sumber yang mengetahui rencana itu</c>), not the description.
    /// </summary>
    public static bool HasRelativeClause(ClaimContext ctx, int first, int last)
    {
        for (var t = first + 1; t < last; t++)
        {
            if (ctx.IsWordText(t, "yang"))
            {
                return true;
            }
        }

        return false;
    }
}
