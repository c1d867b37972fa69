using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// The source a speaker phrase names when it is a description, not a name or a title: the organization at its end
/// (<c>data badan statistik UE Eurostat</c> → Eurostat).
/// </summary>
internal static class DescriptionSource
{
    // A description that opens the phrase (no name, no title) and ends in a named organization, with only places before
    // it (`data badan statistik UE Eurostat`, `laporan lembaga riset Jerman Ifo`): the organization is the source.
    // A name the entity stage missed at the end counts too (`… UE Eurostat`).
    public static string? NamedAtEnd(ClaimContext ctx, TextSpan speaker, int first, List<EntityMention> inside)
    {
        if (inside[0].Start == speaker.Start || SpeakerNames.HasCoordination(ctx, speaker, firstSegmentOnly: false) || (ctx.IsCapitalized(first) && !ctx.Is(first, SpeakerWordRole.Organization)) || ctx.Is(first, SpeakerWordRole.Title))
        {
            return null;
        }

        var last = inside.Count - 1;
        string? named = null;
        if (inside[last].End == speaker.End && inside[last].Type == EntityType.Organization && last > 0)
        {
            named = inside[last].Canonical;
            last--;
        }
        else if (UntypedNameAtEnd(ctx, speaker, inside[last].End) is { } tail)
        {
            named = tail.GetText(ctx.Text);
        }

        for (var i = 0; i <= last && named is not null; i++)
        {
            if (inside[i].Type is not (EntityType.Gpe or EntityType.Location or EntityType.Organization))
            {
                return null;
            }
        }

        return named;
    }

    // One to three capitalized words after the last mention that end the phrase, none of them a title or an
    // organization word, each in mixed case (`Eurostat`; an acronym may be a place the gazetteer does not know).
    private static TextSpan? UntypedNameAtEnd(ClaimContext ctx, TextSpan speaker, int afterMention)
    {
        var from = ctx.TokenAtOrAfter(afterMention);
        var last = ctx.TokenAtOrAfter(speaker.End) - 1;
        if (from > last || last - from > 2 || ctx.Tokens[last].End != speaker.End)
        {
            return null;
        }

        for (var t = from; t <= last; t++)
        {
            if (!ctx.IsCapitalized(t) || ctx.Is(t, SpeakerWordRole.Title | SpeakerWordRole.Organization) || !ctx.Tokens[t].AsSpan()[1..].ContainsAnyInRange('a', 'z'))
            {
                return null;
            }
        }

        return ctx.Span(from, last);
    }
}
