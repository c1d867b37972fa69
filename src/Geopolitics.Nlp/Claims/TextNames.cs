using System.Collections.Immutable;
using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Speaker names read from the text itself: the fallback when the entity stage gives no mention, and the full form of a
/// short name (<c>Wells</c> → <c>Samuel Wells</c>) or of a title (<c>Menteri Luar Negeri Rusia</c> → its holder).
/// </summary>
internal sealed class TextNames(ClaimContext ctx, ArticleMentions mentions, KnownNames knownNames)
{
    private const int TitleSearchWindow = 20_000;

    // Per article: a short name or title expands to the same full name each time, so the text is searched once per form.
    private readonly Dictionary<string, string?> _expansions = new(StringComparer.Ordinal);

    /// <summary>The name in the speaker phrase, read from its words.</summary>
    public string? FromText(TextSpan speaker, int first)
    {
        if (!mentions.IsEmpty && mentions.Overlapping(speaker).Any())
        {
            return null;
        }

        if (SpeakerNames.HasCoordination(ctx, speaker, firstSegmentOnly: true))
        {
            return null;
        }

        // The first comma segment that is a bare name, else the first segment; without titles, honorifics and `(ABBR)`.
        var text = speaker.GetText(ctx.Text);
        var segments = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var chosen = segments.FirstOrDefault(s => s.Length > 0 && char.IsUpper(s[0]) && !ctx.Lexicon.SpeakerWord(FirstWord(s)).HasFlag(SpeakerWordRole.Title)) ?? segments.FirstOrDefault();
        if (chosen is null)
        {
            return null;
        }

        var words = chosen.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && (ctx.Lexicon.SpeakerWord(words[0]) & (SpeakerWordRole.Honorific | SpeakerWordRole.Source)) != 0)
        {
            words.RemoveAt(0);
        }

        var paren = words.FindIndex(w => w.StartsWith('('));
        if (paren > 0)
        {
            words.RemoveRange(paren, words.Count - paren);
        }

        while (words.Count > 1 && !char.IsUpper(words[0][0]))
        {
            words.RemoveAt(0); // `pihak RDRK`
        }

        var capitalized = words.TakeWhile(w => w.Length > 0 && char.IsUpper(w[0])).ToList();
        if (capitalized.Count == 0)
        {
            return null;
        }

        if (ctx.Lexicon.SpeakerWord(capitalized[0]).HasFlag(SpeakerWordRole.Title))
        {
            // `Presiden Rusia Vladimir Putin`: the last two words name the person after a title and its country;
            // `Menteri Luar Negeri Rusia` alone: the name that followed the same title earlier, else the title as written.
            var rest = capitalized.SkipWhile(w => ctx.Lexicon.SpeakerWord(w).HasFlag(SpeakerWordRole.Title)).ToList();
            // `Seorang diplomat Barat yang …`: a title word capitalized only to open the sentence, before a description,
            // names no one.
            return rest.Count >= 3 ? string.Join(' ', rest[^2..])
                : NameAfterEarlierTitle(string.Join(' ', capitalized), speaker.Start) ??
                  (rest.Count > 0 ? string.Join(' ', rest) : capitalized.Count == 1 && words.Count > 1 ? null : string.Join(' ', capitalized));
        }

        var name = string.Join(' ', capitalized);
        return capitalized.Count == 1
            ? knownNames.EndingWith(name) ?? (mentions.IsEmpty ? null : FullPersonNameBefore(name, speaker.Start)) ?? FullNameBefore(name, speaker.Start) ?? name
            : name;
    }

    // `Wells` → `Samuel Wells`: the given name before the first earlier mention of the surname.
    // With entities, the longer name must be one the entity stage found as a person: text search would also find a
    // headline's `Sugiono Dorong` (a name run on into the verb). Without entities, the text is all there is.
    /// <summary>The longer name of a person the entity stage found before <paramref name="before"/>.</summary>
    public string? FullPersonNameBefore(string name, int before)
    {
        if (mentions.IsEmpty)
        {
            return FullNameBefore(name, before);
        }

        // Once per name and article, like the text search: a scan per claim would make long articles quadratic.
        if (_expansions.TryGetValue("p:" + name, out var known))
        {
            return known;
        }

        string? found = null;
        foreach (var e in mentions.All)
        {
            if (e.Start >= before)
            {
                break;
            }

            if (e.Type == EntityType.Person && (e.Canonical.StartsWith(name + " ", StringComparison.Ordinal) || e.Canonical.EndsWith(" " + name, StringComparison.Ordinal)))
            {
                found = e.Canonical;
            }
        }

        _expansions["p:" + name] = found;
        return found;
    }

    private string? FullNameBefore(string name, int before)
    {
        if (_expansions.TryGetValue("n:" + name, out var known))
        {
            return known;
        }

        var found = SearchFullName(name, before);
        _expansions["n:" + name] = found;
        return found;
    }

    private string? SearchFullName(string name, int before)
    {
        var text = ctx.Text;
        var from = Math.Max(0, before - TitleSearchWindow);
        for (var at = text.IndexOf(name, from, before - from, StringComparison.Ordinal); at > 0; at = text.IndexOf(name, at + 1, Math.Max(0, before - at - 1), StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if (text[at - 1] != ' ' || (end < text.Length && char.IsLetter(text[end])))
            {
                continue;
            }

            var wordStart = at - 1;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            var given = text.AsSpan(wordStart, at - 1 - wordStart);
            if (given.Length > 1 && char.IsUpper(given[0]) && ctx.Lexicon.SpeakerWord(given) == SpeakerWordRole.None && ctx.Lexicon.Cue(given) == CueRole.None)
            {
                return text.Substring(wordStart, end - wordStart);
            }
        }

        // Family name first (`Kim` → `Kim Jong-un`): the first earlier mention followed by a capitalized word. Not for
        // acronyms (`RDRK`), which a following capitalized word does not extend.
        if (!name.Any(char.IsLower))
        {
            return null;
        }

        for (var at = text.IndexOf(name + " ", from, before - from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name + " ", at + 1, Math.Max(0, before - at - 1), StringComparison.Ordinal))
        {
            var t = ctx.TokenAtOrAfter(at + name.Length);
            if ((at == 0 || !char.IsLetter(text[at - 1])) && ctx.IsCapitalized(t) && ctx.Lexicon.SpeakerWord(ctx.Tokens[t].AsSpan()) == SpeakerWordRole.None &&
                ctx.Lexicon.Cue(ctx.Tokens[t].AsSpan()) == CueRole.None)
            {
                return text[at..ctx.Tokens[t].End];
            }
        }

        return null;
    }

    /// <summary>The name that followed the same title earlier in the article.</summary>
    public string? NameAfterEarlierTitle(string title, int before)
    {
        if (_expansions.TryGetValue("t:" + title, out var known))
        {
            return known;
        }

        var found = SearchNameAfterTitle(title, before);
        _expansions["t:" + title] = found;
        return found;
    }

    private string? SearchNameAfterTitle(string title, int before)
    {
        var text = ctx.Text;
        var from = Math.Max(0, before - TitleSearchWindow);
        var at = text.IndexOf(title, from, before - from, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var t = ctx.TokenAtOrAfter(at + title.Length);
        var k = t;
        while (k < ctx.Tokens.Length && k - t < 3 && ctx.IsCapitalized(k) && !ctx.Is(k, SpeakerWordRole.Title))
        {
            k++;
        }

        return k - t >= 2 ? text[ctx.Tokens[t].Start..ctx.Tokens[k - 1].End] : null;
    }

    private static ReadOnlySpan<char> FirstWord(string s)
    {
        var space = s.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? s : s.AsSpan(0, space);
    }
}
