using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// Canonical names that follow the article's own spelling: a reader (and an annotator) names a person or an
/// organization the way the article writes it in full, not the way a gazetteer or another outlet spells it.
/// </summary>
internal static class WrittenSpellings
{
    /// <summary>
    /// A person the gazetteer knows under another romanization (<c>Sergey Lavrov</c>) is named as the article writes the
    /// full name (<c>Sergei Lavrov</c>) when it never uses the gazetteer's spelling; the id stays. Only a spelling variant
    /// of the same name qualifies (as many parts, each within an edit or so), so a title tagged into a name cannot
    /// become the canonical form.
    /// </summary>
    public static void PreferWrittenPersonNames(List<EntityMention> mentions)
    {
        using var groups = new CanonicalGroups(mentions, EntityType.Person);
        for (var start = 0; start < groups.Count;)
        {
            var group = groups.GroupAt(start);
            start += group.Length;
            var canonical = mentions[group[0]].Canonical;
            if (IsWrittenAsIs(mentions, group, canonical))
            {
                continue;
            }

            // A gazetteer name is written without diacritics, as Indonesian news writes foreign names: its variant too.
            var fold = canonical.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F') < 0;
            var parts = NameSpelling.Parts(canonical);
            string? written = null;
            foreach (var i in group)
            {
                var text = fold ? NameSpelling.FoldDiacritics(mentions[i].Text) : mentions[i].Text;
                if (IsSpellingOf(NameSpelling.Parts(text), parts))
                {
                    written = text;
                    break;
                }
            }

            if (written is null)
            {
                continue;
            }

            foreach (var i in group)
            {
                mentions[i] = mentions[i] with { Canonical = written };
            }
        }
    }

    // The same letters in another typography (Kim Jong Un for Kim Jong-un) are the same spelling: the name stays. A
    // mention written exactly as the canonical name settles it without comparing letters.
    private static bool IsWrittenAsIs(List<EntityMention> mentions, ReadOnlySpan<int> group, string canonical)
    {
        foreach (var i in group)
        {
            if (string.Equals(mentions[i].Text, canonical, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var letters = Letters(canonical);
        foreach (var i in group)
        {
            if (Letters(NameSpelling.FoldDiacritics(mentions[i].Text)) == letters || Letters(mentions[i].Text) == letters)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An organization written as a one-word abbreviation before a place (<c>Kemlu Prancis</c>, <c>Kedubes Jepang</c>)
    /// is named as the organization the same article writes in full with that place (<c>Kementerian Luar Negeri
    /// Prancis</c>), when the abbreviation's letters run through the full head in order from its first letter (the way
    /// Indonesian clips syllables: <c>Kem-lu</c> from <c>Kementerian Luar</c>). Without the place in common the gazetteer
    /// would give the bare abbreviation's own reading (<c>Kemlu</c> alone is Indonesia's ministry).
    /// </summary>
    public static void ExpandAbbreviatedOrganizations(List<EntityMention> mentions)
    {
        // The full names by their last word, so each abbreviation looks only at organizations ending with its place.
        // Words are read as spans: this runs over every mention of the article, and most are not organizations.
        var fullByTail = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type == EntityType.Organization && NameWords.Count(m.Text, 3) >= 3)
            {
                var last = NameWords.Last(m.Text);
                var list = FindTail(fullByTail, last);
                if (list is null)
                {
                    list = [];
                    fullByTail[last.ToString()] = list;
                }

                if (list.Count < KnownPeople.MaxCandidates)
                {
                    list.Add(i);
                }
            }
        }

        if (fullByTail.Count == 0)
        {
            return;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type != EntityType.Organization || m.Canonical != m.Text || NameWords.Count(m.Text, 2) < 2 ||
                FindTail(fullByTail, NameWords.Last(m.Text)) is not { } candidates)
            {
                continue;
            }

            var abbreviation = NameWords.First(m.Text);
            var tail = NameWords.AfterFirst(m.Text);
            foreach (var c in candidates)
            {
                var full = mentions[c].Text.AsSpan();
                if (c != i && full.Length > tail.Length && full.EndsWith(tail, StringComparison.OrdinalIgnoreCase) &&
                    full[full.Length - tail.Length - 1] == ' ' &&
                    Abbreviates(abbreviation, full[..(full.Length - tail.Length - 1)]))
                {
                    mentions[i] = m with { Canonical = mentions[c].Canonical, Id = m.Id ?? mentions[c].Id };
                    break;
                }
            }
        }
    }

    private static List<int>? FindTail(Dictionary<string, List<int>> fullByTail, ReadOnlySpan<char> last)
    {
#if NET9_0_OR_GREATER
        return fullByTail.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(last, out var list) ? list : null;
#else
        return fullByTail.TryGetValue(last.ToString(), out var list) ? list : null;
#endif
    }

    /// <summary>
    /// Whether <paramref name="abbreviation"/> (one word, three letters or more) is a clipping of the several words of
    /// <paramref name="head"/>: the same first letter, its letters in order within the head, and at least one letter
    /// taken from the head's second word.
    /// </summary>
    internal static bool Abbreviates(string abbreviation, string head) => Abbreviates(abbreviation.AsSpan(), head.AsSpan());

    private static bool Abbreviates(ReadOnlySpan<char> abbreviation, ReadOnlySpan<char> head)
    {
        if (abbreviation.Length < 3 || NameWords.Count(head, 2) < 2 || !IsAllLetters(abbreviation) ||
            char.ToLowerInvariant(abbreviation[0]) != char.ToLowerInvariant(NameWords.First(head)[0]))
        {
            return false;
        }

        var a = 0;
        var word = -1;
        var usedLaterWord = false;
        var previousWasSpace = true;
        foreach (var ch in head)
        {
            if (ch == ' ')
            {
                previousWasSpace = true;
                continue;
            }

            if (previousWasSpace)
            {
                word++;
                previousWasSpace = false;
            }

            if (a < abbreviation.Length && char.ToLowerInvariant(ch) == char.ToLowerInvariant(abbreviation[a]))
            {
                a++;
                usedLaterWord |= word > 0;
            }
        }

        return a == abbreviation.Length && usedLaterWord;
    }

    private static bool IsAllLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Letters(string name) =>
        new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static bool IsSpellingOf(string[] written, string[] canonical)
    {
        if (written.Length != canonical.Length || written.Length < 2)
        {
            return false;
        }

        for (var k = 0; k < written.Length; k++)
        {
            var a = written[k].ToLowerInvariant();
            var b = canonical[k].ToLowerInvariant();
            if (a != b && !NameSpelling.Similar(NameSpelling.TransliterationKey(a), NameSpelling.TransliterationKey(b)))
            {
                return false;
            }
        }

        return true;
    }
}
