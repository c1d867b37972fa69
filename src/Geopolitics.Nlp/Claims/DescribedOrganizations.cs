using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// An organization described rather than named (<c>Bank sentral itu</c>, <c>Kementerian tersebut</c>, <c>Bank investasi
/// asal AS itu</c>): an organization word, lower-case words or places, and a demonstrative. It refers to an organization
/// the article named before it — the latest whose name opens with the same head word (<c>Bank Indonesia</c>,
/// <c>Kementerian Luar Negeri China</c>), else the subject-like organization of the latest sentence that names one
/// (<c>Morgan Stanley memperkirakan …. Bank investasi asal AS itu menilai …</c>), never a place inside the description;
/// with none, the description speaks as written.
/// </summary>
internal static class DescribedOrganizations
{
    private const int MaxDescriptionTokens = 8;

    // How far back (in characters) the named organization may stand: a description points to a recent mention.
    private const int MaxLookBack = 3000;

    // How many sentences back the subject-like organization may stand.
    private const int MaxSentencesBack = 3;

    /// <summary>The entity of a described organization, or null when <paramref name="speaker"/> is no such description.</summary>
    public static string? Resolve(ClaimContext ctx, ArticleMentions mentions, TextSpan speaker)
    {
        var first = ctx.TokenAtOrAfter(speaker.Start);
        var last = ctx.TokenAtOrAfter(speaker.End) - 1;
        if (last <= first || last - first >= MaxDescriptionTokens || !ctx.Is(first, SpeakerWordRole.Organization) ||
            !SourcePhraseReader.IsDemonstrative(ctx, last) || UnnamedSources.HasRelativeClause(ctx, first, last))
        {
            return null;
        }

        for (var k = first + 1; k < last; k++)
        {
            if (!ctx.IsWord(k) || (ctx.IsCapitalized(k) && !IsPlace(mentions, ctx.Tokens[k].Span)))
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

        return named?.Canonical ?? SubjectOrganization(ctx, mentions, speaker.Start, head) ?? speaker.GetText(ctx.Text);
    }

    private static bool IsPlace(ArticleMentions mentions, TextSpan word)
    {
        foreach (var e in mentions.Overlapping(word))
        {
            if (e.Type is EntityType.Gpe or EntityType.Location)
            {
                return true;
            }
        }

        return false;
    }

    // The organization the latest of the few sentences before `offset` is about: its subject when that is an
    // organization or a name the entity stage did not type (`Goldman Sachs dalam risetnya … memperkirakan …`), else its
    // first organization outside quotations. An organization whose name opens with another kind of organization word
    // (`Kementerian Keuangan` for `Bank itu`) is of another kind and does not count.
    private static string? SubjectOrganization(ClaimContext ctx, ArticleMentions mentions, int offset, ReadOnlySpan<char> head)
    {
        var sentence = mentions.SentenceOfOffset(offset);
        for (var s = sentence - 1; s >= 0 && sentence - s <= MaxSentencesBack; s--)
        {
            var first = ctx.Sentences[s].FirstToken;
            var end = ctx.Sentences[s].EndToken;
            if (end <= first)
            {
                continue;
            }

            if (ctx.QuoteOf(first) < 0 && SentenceSubjects.NamesBefore(ctx, first, end) is { } subject && NamedOrganization(ctx, mentions, subject, head) is { } named)
            {
                return named;
            }

            foreach (var e in mentions.Overlapping(new TextSpan(ctx.Tokens[first].Start, ctx.Tokens[end - 1].End)))
            {
                var t = ctx.TokenAtOrAfter(e.Start);
                if (e.Type == EntityType.Organization && FitsHead(ctx, e, head) && t < ctx.Tokens.Length && ctx.QuoteOf(t) < 0)
                {
                    return e.Canonical;
                }
            }
        }

        return null;
    }

    // The organization a subject names: its organization mention, or its words when the entity stage typed none of them
    // and no title opens it.
    private static string? NamedOrganization(ClaimContext ctx, ArticleMentions mentions, TextSpan subject, ReadOnlySpan<char> head)
    {
        var any = false;
        foreach (var e in mentions.Overlapping(subject))
        {
            if (e.Type == EntityType.Organization && FitsHead(ctx, e, head))
            {
                return e.Canonical;
            }

            any = true;
        }

        // Two to four capitalized words and nothing else (`Goldman Sachs`): one capitalized word opens any sentence.
        var first = ctx.TokenAtOrAfter(subject.Start);
        var last = ctx.TokenAtOrAfter(subject.End) - 1;
        if (any || last == first || last - first > 3 || ctx.Is(first, SpeakerWordRole.Title | SpeakerWordRole.Honorific | SpeakerWordRole.Pronoun | SpeakerWordRole.Organization) ||
            !SourcePhraseReader.AllCapitalized(ctx, first, last))
        {
            return null;
        }

        return subject.GetText(ctx.Text);
    }

    private static bool FitsHead(ClaimContext ctx, EntityMention e, ReadOnlySpan<char> head)
    {
        var space = e.Text.IndexOf(' ', StringComparison.Ordinal);
        var firstWord = space < 0 ? e.Text.AsSpan() : e.Text.AsSpan(0, space);
        return (ctx.Lexicon.SpeakerWord(firstWord) & SpeakerWordRole.Organization) == 0 || firstWord.Equals(head, StringComparison.OrdinalIgnoreCase);
    }
}
