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
        var groups = Enumerable.Range(0, mentions.Count).Where(i => mentions[i].Type == EntityType.Person)
            .GroupBy(i => mentions[i].Canonical, StringComparer.Ordinal).ToList();
        foreach (var group in groups)
        {
            var canonical = group.Key;
            // The same letters in another typography (Kim Jong Un for Kim Jong-un) are the same spelling: the name stays.
            var letters = Letters(canonical);
            if (group.Any(i => Letters(EntityCanonicalizer.FoldDiacritics(mentions[i].Text)) == letters || Letters(mentions[i].Text) == letters))
            {
                continue;
            }

            // A gazetteer name is written without diacritics, as Indonesian news writes foreign names: its variant too.
            var fold = canonical.All(char.IsAscii);
            var parts = EntityCanonicalizer.Parts(canonical);
            var written = group.Select(i => fold ? EntityCanonicalizer.FoldDiacritics(mentions[i].Text) : mentions[i].Text)
                .FirstOrDefault(text => IsSpellingOf(EntityCanonicalizer.Parts(text), parts));
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
        var fullByTail = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var words = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (m.Type == EntityType.Organization && words.Length >= 3)
            {
                if (!fullByTail.TryGetValue(words[^1], out var list))
                {
                    list = [];
                    fullByTail[words[^1]] = list;
                }

                if (list.Count < KnownPeople.MaxCandidates)
                {
                    list.Add(i);
                }
            }
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var words = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (m.Type != EntityType.Organization || words.Length < 2 || m.Canonical != m.Text ||
                !fullByTail.TryGetValue(words[^1], out var candidates))
            {
                continue;
            }

            var abbreviation = words[0];
            var tail = string.Join(' ', words.Skip(1));
            foreach (var c in candidates)
            {
                var full = mentions[c].Text;
                if (c != i && full.EndsWith(" " + tail, StringComparison.OrdinalIgnoreCase) &&
                    Abbreviates(abbreviation, full[..(full.Length - tail.Length - 1)]))
                {
                    mentions[i] = m with { Canonical = mentions[c].Canonical, Id = m.Id ?? mentions[c].Id };
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="abbreviation"/> (one word, three letters or more) is a clipping of the several words of
    /// <paramref name="head"/>: the same first letter, its letters in order within the head, and at least one letter
    /// taken from the head's second word.
    /// </summary>
    internal static bool Abbreviates(string abbreviation, string head)
    {
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (abbreviation.Length < 3 || words.Length < 2 || !abbreviation.All(char.IsLetter) ||
            char.ToLowerInvariant(abbreviation[0]) != char.ToLowerInvariant(words[0][0]))
        {
            return false;
        }

        var a = 0;
        var usedLaterWord = false;
        for (var w = 0; w < words.Length && a < abbreviation.Length; w++)
        {
            foreach (var ch in words[w])
            {
                if (a < abbreviation.Length && char.ToLowerInvariant(ch) == char.ToLowerInvariant(abbreviation[a]))
                {
                    a++;
                    usedLaterWord |= w > 0;
                }
            }
        }

        return a == abbreviation.Length && usedLaterWord;
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
            if (a != b && !EntityCanonicalizer.Similar(EntityCanonicalizer.TransliterationKey(a), EntityCanonicalizer.TransliterationKey(b)))
            {
                return false;
            }
        }

        return true;
    }
}
