using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// A speaker written by a nickname that the text glosses with <c>sapaan (akrab)</c>: <c>ujar Roy, sapaan akrab
/// Rolliansyah Soemirat</c> names the person in the gloss; <c>ujar Roy, sapaan akrabnya</c> the person the text named
/// before. The entity is the full name, not the nickname.
/// </summary>
internal static class Nicknames
{
    /// <summary>The full name a <c>sapaan</c> gloss right after <paramref name="speaker"/> gives, or null.</summary>
    public static string? FullName(ClaimContext ctx, ArticleMentions mentions, TextSpan speaker)
    {
        var t = ctx.TokenAtOrAfter(speaker.End);
        if (!ctx.IsMark(t, ',') || !ctx.IsWordText(t + 1, "sapaan"))
        {
            return null;
        }

        t += 2;
        var clitic = ctx.Tokens[t - 1].HasClitic; // `sapaannya`
        if (t < ctx.Tokens.Length && ctx.Text.AsSpan(ctx.Tokens[t].Start, ctx.Tokens[t].Length).StartsWith("akrab", StringComparison.OrdinalIgnoreCase))
        {
            clitic = ctx.Tokens[t].Length > "akrab".Length; // `akrabnya`
            t++;
        }

        if (!clitic && t < ctx.Tokens.Length && ctx.IsCapitalized(t))
        {
            // `sapaan akrab Rolliansyah Soemirat`: the person named in the gloss.
            return mentions.Overlapping(ctx.Tokens[t].Span).FirstOrDefault(e => e.Type == EntityType.Person)?.Canonical;
        }

        // `sapaan akrabnya`: the person the text named last.
        return clitic && mentions.LastPersonBefore(speaker.Start) is { } earlier && earlier.Canonical.Contains(' ', StringComparison.Ordinal)
            ? earlier.Canonical
            : null;
    }
}
