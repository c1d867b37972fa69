using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Speakers a phrase describes without naming a person, for <see cref="SpeakerResolver"/>: a state news agency named by
/// its country, an official who speaks for an organization (named by it, as news annotation does), and an unnamed
/// source (which gets no entity).
/// </summary>
internal static class UnnamedSpeakers
{
    // `kantor berita negara Korea Utara`, `kantor berita resmi Iran`: the agency the country runs, when the phrase names
    // no agency itself (`kantor berita Xinhua` is an organization mention).
    public static string? StateNewsAgency(ClaimContext ctx, ArticleMentions mentions, TextSpan speaker, int first)
    {
        if (!ctx.IsWordText(first, "kantor") || !ctx.IsWordText(first + 1, "berita") || ctx.IsCapitalized(first + 1))
        {
            return null;
        }

        string? agency = null;
        foreach (var e in mentions.Overlapping(speaker))
        {
            if (e.Type is EntityType.Organization or EntityType.Person)
            {
                return null;
            }

            if (e.Type == EntityType.Gpe && agency is null)
            {
                agency = ctx.Lexicon.StateNewsAgencies.GetValueOrDefault(e.Canonical);
            }
        }

        return agency;
    }

    // A role held for someone else (`pejabat senior X`, `staf Gedung Putih`) whose phrase names no person of its own:
    // a person mention in it is a single short name at its end, the one the official works for. Null otherwise.
    public static string? UnnamedOfficial(ClaimContext ctx, ArticleMentions mentions, TextSpan speaker, int first)
    {
        if (!ctx.Is(first, SpeakerWordRole.Dependent) || ctx.Tokens[first].Start != speaker.Start || SpeakerNames.HasCoordination(ctx, speaker, firstSegmentOnly: false))
        {
            return null;
        }

        EntityMention? organization = null;
        foreach (var e in mentions.Overlapping(speaker))
        {
            if (e.Type == EntityType.Person && (e.End != speaker.End || e.Text.Contains(' ', StringComparison.Ordinal) || !e.Canonical.Contains(' ', StringComparison.Ordinal)))
            {
                return null; // `juru bicara Karine Jean-Pierre`: a named holder
            }

            if (e.Type == EntityType.Organization)
            {
                organization ??= e;
            }
        }

        return organization?.Canonical ?? speaker.GetText(ctx.Text);
    }

    // A lower-case title, its modifiers and then `di`/`dari` with a place or organization, and no person named: the
    // description of an unnamed source (`sumber di Kementerian Luar Negeri`, `seorang pejabat senior di Teheran`).
    public static bool IsUnnamedSource(ClaimContext ctx, ArticleMentions mentions, TextSpan speaker, int first)
    {
        if (!ctx.Is(first, SpeakerWordRole.Title) || ctx.IsCapitalized(first))
        {
            return false;
        }

        var k = first + 1;
        while (k < ctx.Tokens.Length && ctx.Tokens[k].End <= speaker.End && (ctx.Is(k, SpeakerWordRole.Title | SpeakerWordRole.Modifier) && !ctx.IsCapitalized(k)))
        {
            k++;
        }

        return k < ctx.Tokens.Length && ctx.Tokens[k].End <= speaker.End && (ctx.IsWordText(k, "di") || ctx.IsWordText(k, "dari")) &&
               !mentions.Overlapping(speaker).Any(e => e.Type == EntityType.Person);
    }
}
