using System.Collections.Immutable;
using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Links a speaker phrase to the entity that speaks. Names and titles take the entity stage's canonical name of the
/// person (else organization or country) inside the phrase; pronouns and the <c>-nya</c> clitic take the salient
/// antecedent (the last speaker nearby, else the last person mentioned); group speakers (<c>para analis</c>, lists of
/// countries) stay unresolved. Without entities it falls back to the capitalized name in the phrase.
/// </summary>
/// <remarks>One resolver serves one article, in text order, since antecedents depend on the claims before.</remarks>
internal sealed class SpeakerResolver(ClaimContext ctx, ImmutableArray<EntityMention> entities)
{
    private const int AntecedentSentences = 6;
    private const int TitleSearchWindow = 20_000;

    private readonly List<string> _knownNames = [];

    // Per article: a short name or title expands to the same full name each time, so the text is searched once per form.
    private readonly Dictionary<string, string?> _expansions = new(StringComparer.Ordinal);
    private HashSet<string>? _places;
    private string? _lastSpeaker;
    private int _lastSpeakerSentence = int.MinValue;

    /// <summary>The entity the speaker refers to, or <see langword="null"/> when the text does not say.</summary>
    public string? Resolve(TextSpan speaker)
    {
        var first = ctx.TokenAtOrAfter(speaker.Start);
        var sentence = first < ctx.Tokens.Length ? ctx.SentenceIndexOf(first) : 0;
        var clitic = speaker.Start > 0 && char.IsLetter(ctx.Text[speaker.Start - 1]); // the `nya` of `ujarnya`
        var anaphoric = clitic || (speaker.Length <= 6 && ctx.Is(first, SpeakerWordRole.Pronoun) && ctx.Tokens[first].End == speaker.End) ||
                        Described(speaker);
        string? entity;
        if (anaphoric)
        {
            entity = sentence - _lastSpeakerSentence <= AntecedentSentences && _lastSpeaker is not null
                ? _lastSpeaker
                : entities.IsEmpty ? PreviousSubject(sentence) : LastPersonBefore(speaker.Start)?.Canonical;
        }
        else if (ctx.Is(first, SpeakerWordRole.Plural))
        {
            entity = null;
        }
        else
        {
            entity = FromEntities(speaker, first) ?? FromText(speaker, first);
        }

        _lastSpeaker = entity;
        _lastSpeakerSentence = sentence;
        if (entity is not null && !_knownNames.Contains(entity))
        {
            _knownNames.Add(entity);
        }

        return entity;
    }

    private string? FromEntities(TextSpan speaker, int first)
    {
        var inside = Overlapping(speaker).ToList();
        if (inside.Count == 0)
        {
            return null;
        }

        if (inside.FirstOrDefault(e => e.Type == EntityType.Person) is { } person)
        {
            // `Agung` when the entity stage missed the earlier `Agung Laksono`: the full name from the text.
            return person.Canonical.Contains(' ', StringComparison.Ordinal) || person.Canonical.Length < 3 ? person.Canonical
                : _knownNames.FirstOrDefault(k => k.StartsWith(person.Canonical + " ", StringComparison.Ordinal) || k.EndsWith(" " + person.Canonical, StringComparison.Ordinal))
                  ?? FullPersonNameBefore(person.Canonical, speaker.Start) ?? person.Canonical;
        }

        if (ctx.Is(first, SpeakerWordRole.Title) && inside.Select(m => SpeakerNames.NameEndingOrganization(ctx, Places(), m)).FirstOrDefault(n => n is not null) is { } named)
        {
            return named; // `Wakil Ketua Umum Partai Demokrat Nurhayati Ali Assegaf` read as one organization
        }

        var distinct = inside.Select(e => e.Canonical).Distinct(StringComparer.Ordinal).Count();
        if (distinct > 1 && HasCoordination(speaker, firstSegmentOnly: false))
        {
            return null;
        }

        if (ctx.Is(first, SpeakerWordRole.Title) && ctx.Tokens[first].Start == speaker.Start && TitleHolder(speaker) is { } holder)
        {
            return holder;
        }

        return inside[0].Canonical;
    }

    // `Ketua DPR ini`: a description refers back unless it names a person.
    private bool Described(TextSpan speaker) => SpeakerNames.IsDescription(ctx, speaker) && !Overlapping(speaker).Any(e => e.Type == EntityType.Person);

    // The places the entity stage names in the article, gathered once.
    private HashSet<string> Places() =>
        _places ??= entities.Where(e => e.Type is EntityType.Gpe or EntityType.Location).Select(e => e.Canonical).ToHashSet(StringComparer.Ordinal);

    // `Menteri Luar Negeri Rusia` alone: the person the same title introduced earlier (`Menteri Luar Negeri Rusia Sergey Lavrov`).
    private string? TitleHolder(TextSpan speaker)
    {
        var title = speaker.GetText(ctx.Text);
        var from = speaker.Start - 1;
        var stop = Math.Max(0, speaker.Start - TitleSearchWindow);
        while (from >= stop && from >= title.Length - 1)
        {
            var at = ctx.Text.LastIndexOf(title, from, from - stop + 1, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                break;
            }

            var after = at + title.Length;
            foreach (var e in Overlapping(new TextSpan(after, Math.Min(ctx.Text.Length, after + 4))))
            {
                if (e.Type == EntityType.Person && e.Start >= after)
                {
                    return e.Canonical;
                }
            }

            from = at - 1;
        }

        return null;
    }

    private string? FromText(TextSpan speaker, int first)
    {
        if (entities.Length > 0 && Overlapping(speaker).Any())
        {
            return null;
        }

        if (HasCoordination(speaker, firstSegmentOnly: true))
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
            return rest.Count >= 3 ? string.Join(' ', rest[^2..])
                : NameAfterEarlierTitle(string.Join(' ', capitalized), speaker.Start) ?? (rest.Count > 0 ? string.Join(' ', rest) : string.Join(' ', capitalized));
        }

        var name = string.Join(' ', capitalized);
        return capitalized.Count == 1
            ? _knownNames.FirstOrDefault(k => k.EndsWith(" " + name, StringComparison.Ordinal)) ?? FullNameBefore(name, speaker.Start) ?? name
            : name;
    }

    // `Wells` → `Samuel Wells`: the given name before the first earlier mention of the surname.
    // With entities, the longer name must be one the entity stage found as a person: text search would also find a
    // headline's `Sugiono Dorong` (a name run on into the verb). Without entities, the text is all there is.
    private string? FullPersonNameBefore(string name, int before)
    {
        if (entities.IsEmpty)
        {
            return FullNameBefore(name, before);
        }

        return entities.Where(e => e.Type == EntityType.Person && e.Start < before).Select(e => e.Canonical)
            .LastOrDefault(c => c.StartsWith(name + " ", StringComparison.Ordinal) || c.EndsWith(" " + name, StringComparison.Ordinal));
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

    private string? NameAfterEarlierTitle(string title, int before)
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

    // `AS, Jepang, dan Korea Selatan`: a list of sources. With firstSegmentOnly, a `dan` inside an apposition
    // (`pakar di Institut Ekonomi dan Hubungan Internasional`) does not count.
    private bool HasCoordination(TextSpan speaker, bool firstSegmentOnly)
    {
        var inFirstSegment = true;
        for (var t = ctx.TokenAtOrAfter(speaker.Start); t < ctx.Tokens.Length && ctx.Tokens[t].End <= speaker.End; t++)
        {
            if (ctx.IsMark(t, ','))
            {
                inFirstSegment = false;
                if (ctx.IsWordText(t + 1, "dan") || ctx.IsWordText(t + 1, "serta"))
                {
                    return true;
                }
            }
            else if ((inFirstSegment || !firstSegmentOnly) && (ctx.IsWordText(t, "dan") || ctx.IsWordText(t, "serta") || ctx.IsWordText(t, "yaitu")))
            {
                return true;
            }
        }

        return false;
    }

    // The salient person: the first person named in the latest sentence before `offset` that names one (its subject,
    // as a rule), not merely the last person mentioned (`Bapak Lavrov … bertemu dengan Kim Jong-un. Di sana, beliau …`).
    private EntityMention? LastPersonBefore(int offset)
    {
        var i = FirstEndingAfter(offset) - 1;
        for (var seen = 0; i >= 0 && seen < 300; i--, seen++)
        {
            if (entities[i].Type != EntityType.Person || entities[i].End > offset)
            {
                continue;
            }

            var sentence = SentenceOfOffset(entities[i].Start);
            var first = i;
            for (var k = i - 1; k >= 0 && i - k < 50 && SentenceOfOffset(entities[k].Start) == sentence; k--)
            {
                if (entities[k].Type == EntityType.Person)
                {
                    first = k;
                }
            }

            return entities[first];
        }

        return null;
    }

    // Without entities: the named subject of one of the two sentences before.
    private string? PreviousSubject(int sentence)
    {
        for (var s = sentence - 1; s >= 0 && sentence - s <= 2; s--)
        {
            var first = ctx.Sentences[s].FirstToken;
            if (SpeakerPhraseFinder.SentenceSubject(ctx, first, ctx.Sentences[s].EndToken) is { } subject &&
                ctx.IsCapitalized(ctx.TokenAtOrAfter(subject.Start)) && FromText(subject, first) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    private int SentenceOfOffset(int offset)
    {
        var t = ctx.TokenAtOrAfter(offset);
        return t < ctx.Tokens.Length ? ctx.SentenceIndexOf(t) : -1;
    }

    private IEnumerable<EntityMention> Overlapping(TextSpan span)
    {
        for (var i = FirstEndingAfter(span.Start); i < entities.Length && entities[i].Start < span.End; i++)
        {
            if (entities[i].Span.Overlaps(span))
            {
                yield return entities[i];
            }
        }
    }

    // Entities are sorted by start; mentions do not nest deeply, so the first one that may overlap is found by binary search on Start.
    private int FirstEndingAfter(int offset)
    {
        int lo = 0, hi = entities.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (entities[mid].Start < offset - 64)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        while (lo < entities.Length && entities[lo].End <= offset && entities[lo].Start < offset)
        {
            lo++;
        }

        return lo;
    }
}
