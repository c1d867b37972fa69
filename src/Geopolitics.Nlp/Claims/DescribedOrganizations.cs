using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// An organization described rather than named (<c>Bank sentral itu</c>, <c>Kementerian tersebut</c>, <c>kementerian
/// itu</c>): an organization word, lower-case words and a demonstrative. It refers to the latest organization the article
/// named before it whose name opens with the same head word (<c>Bank Indonesia</c>, <c>Kementerian Luar Negeri China</c>);
/// with none, the description speaks as written.
/// </summary>
internal static class DescribedOrganizations
{
    private const int MaxDescriptionTokens = 4;

    // How far back (in characters) the named organization may stand: a description points to a recent mention.
    private const int MaxLookBack = 3000;

    /// <summary>The entity of a described organization, or null when <paramref name="speaker"/> is no such description.</summary>
    public static string? Resolve(ClaimContext ctx, ArticleMentions mentions, TextSpan speaker)
    {
        var first = ctx.TokenAtOrAfter(speaker.Start);
        var last = ctx.TokenAtOrAfter(speaker.End) - 1;
        if (last <= first || last - first >= MaxDescriptionTokens || !ctx.Is(first, SpeakerWordRole.Organization) ||
            !SourcePhraseReader.IsDemonstrative(ctx, last))
        {
            return null;
        }

        for (var k = first + 1; k < last; k++)
        {
            if (ctx.IsCapitalized(k) || !ctx.IsWord(k))
            {
                return null; // `Bank Dunia itu` names its organization
            }
        }

        var head = ctx.Tokens[first].AsSpan();
        EntityMention? named = null;
        foreach (var e in mentions.All)
        {
            if (e.Start >= speaker.Start)
            {
                break; // sorted by start
            }

            if (speaker.Start - e.End <= MaxLookBack && e.Type == EntityType.Organization && e.Text.Length > head.Length && e.Text[head.Length] == ' ' &&
                e.Text.AsSpan(0, head.Length).Equals(head, StringComparison.OrdinalIgnoreCase))
            {
                named = e;
            }
        }

        return named?.Canonical ?? speaker.GetText(ctx.Text);
    }
}
