using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Geopolitics.Nlp.Resources;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// The people named so far in one document, in order of first mention, indexed so that resolving a mention costs the
/// same whether the document names ten people or ten thousand (a scraped list of names must not make the canonical
/// names quadratic in their number).
/// </summary>
internal sealed class KnownPeople
{
    /// <summary>
    /// How many of the most recent candidates a lookup examines. No news article names this many people sharing a part
    /// of their name or a name length; the bound only keeps adversarial lists linear.
    /// </summary>
    internal const int MaxCandidates = 64;

    private readonly List<(string Canonical, string? Id, string[] Parts, string Key, ulong Letters)> _people = [];
    private readonly HashSet<string> _canonicals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byPart = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, List<int>> _byPartCount = [];

    /// <summary>How many people are known.</summary>
    public int Count => _people.Count;

    /// <summary>Forgets everyone, for the next document.</summary>
    public void Clear()
    {
        _people.Clear();
        _canonicals.Clear();
        _byPart.Clear();
        _byPartCount.Clear();
    }

    /// <summary>Adds a person's canonical name unless it is already known.</summary>
    public void Add(string canonical, string? id)
    {
        if (!_canonicals.Add(canonical))
        {
            return;
        }

        var parts = NameSpelling.Parts(canonical);
        var index = _people.Count;
        var key = NameSpelling.TransliterationKey(canonical);
        _people.Add((canonical, id, parts, key, NameSpelling.Letters(key)));
        for (var k = 0; k < parts.Length; k++)
        {
            if (!SeenBefore(parts, k))
            {
                ListFor(_byPart, parts[k]).Add(index);
            }
        }

        ListFor(_byPartCount, parts.Length).Add(index);
    }

    // Whether every part is one of the name's parts, ignoring case (a loop: a lambda here was an allocation per candidate).
    private static bool ContainsAll(string[] name, string[] parts)
    {
        foreach (var part in parts)
        {
            var found = false;
            foreach (var w in name)
            {
                if (string.Equals(w, part, StringComparison.OrdinalIgnoreCase))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The person named first, among the most recent candidates, whose name has more parts than <paramref name="parts"/>
    /// and contains each of them (<c>Lavrov</c> → <c>Sergey Lavrov</c>), or null. A surname alone refers to the person
    /// the article introduced first, as a rule the one it is about (<c>Presiden Joe Biden … Hunter Biden … Biden</c> →
    /// <c>Joe Biden</c>); a name with a generational suffix (<c>Donald Trump Jr.</c>) is another person, taken only when
    /// no one else fits.
    /// </summary>
    public (string Canonical, string? Id)? LongerNameWithParts(string[] parts)
    {
        // Every match holds each part, so the shortest list of people holding one of them holds every match.
        List<int>? candidates = null;
        foreach (var part in parts)
        {
            if (!_byPart.TryGetValue(part, out var list))
            {
                return null;
            }

            if (candidates is null || list.Count < candidates.Count)
            {
                candidates = list;
            }
        }

        var count = candidates?.Count ?? _people.Count;
        (string Canonical, string? Id)? suffixed = null;
        for (var n = Math.Min(count, MaxCandidates) - 1; n >= 0; n--)
        {
            var p = _people[candidates is null ? _people.Count - 1 - n : candidates[count - 1 - n]];
            if (parts.Length < p.Parts.Length && ContainsAll(p.Parts, parts))
            {
                if (!HasOwnSuffix(p.Parts, parts))
                {
                    return (p.Canonical, p.Id);
                }

                suffixed ??= (p.Canonical, p.Id);
            }
        }

        return suffixed;
    }

    // Whether the name carries a generational suffix (`Jr.`) that the short form leaves out.
    private static bool HasOwnSuffix(string[] name, string[] parts)
    {
        foreach (var w in name)
        {
            if (Suffixes.Contains(w) && !ContainsAll(parts, [w]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> Suffixes =
        ResourceText.ReadDataLines("Entities/name-suffixes.txt").Select(l => l.Trim()).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The initials of a name (`W.`, `H.W.`, `J`): parts of one to three letters written with periods or as one capital.
    private static List<string> Initials(string[] parts)
    {
        var initials = new List<string>(2);
        foreach (var part in parts)
        {
            var letters = 0;
            foreach (var c in part)
            {
                letters += char.IsLetter(c) ? 1 : 0;
            }

            if ((part.Contains('.', StringComparison.Ordinal) && letters is >= 1 and <= 3) || (part.Length == 1 && char.IsUpper(part[0])))
            {
                initials.Add(part);
            }
        }

        return initials;
    }

    // Two names whose initials differ (`George H.W. Bush`, `George W. Bush`) are two people however close their letters.
    private static bool InitialsDiffer(string[] a, string[] b)
    {
        var ia = Initials(a);
        var ib = Initials(b);
        if (ia.Count == 0 || ib.Count == 0)
        {
            return false; // `Retno Marsudi` and `Retno L. Marsudi` may be one person
        }

        if (ia.Count != ib.Count)
        {
            return true;
        }

        for (var i = 0; i < ia.Count; i++)
        {
            if (!string.Equals(ia[i], ib[i], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Two names that differ in their regnal numeral (`Leo XIII`, `Leo XIV`; `Pius XI`, `Pius XII`) are two people however
    // close their letters: the numeral is the only thing that tells a pope or a monarch from a predecessor.
    private static bool NumeralsDiffer(string[] a, string[] b)
    {
        // Only a last part is a numeral: `XI JINPING`, `LI QIANG` in capitals, Balinese `I Wayan` open with one.
        var na = a.Length > 1 && NameShape.IsRegnalNumeral(a[^1]) ? a[^1] : null;
        var nb = b.Length > 1 && NameShape.IsRegnalNumeral(b[^1]) ? b[^1] : null;

        return (na is not null || nb is not null) && !string.Equals(na, nb, StringComparison.Ordinal);
    }

    /// <summary>
    /// The first-named person, among the most recent with as many name parts, whose transliteration key is within a
    /// small edit distance of <paramref name="key"/> (<c>Choi Son-hee</c> → <c>Choe Son Hui</c>), or null.
    /// </summary>
    public (string Canonical, string? Id)? Variant(int partCount, string key, string[]? parts = null)
    {
        if (!_byPartCount.TryGetValue(partCount, out var candidates))
        {
            return null;
        }

        var letters = NameSpelling.Letters(key);
        var people = CollectionsMarshal.AsSpan(_people); // by reference: no copy of each candidate's record
        for (var n = Math.Max(0, candidates.Count - MaxCandidates); n < candidates.Count; n++)
        {
            ref readonly var p = ref people[candidates[n]];
            if (NameSpelling.Similar(key, letters, p.Key, p.Letters) && (parts is null || !(InitialsDiffer(parts, p.Parts) || NumeralsDiffer(parts, p.Parts))))
            {
                return (p.Canonical, p.Id);
            }
        }

        return null;
    }

    /// <summary>
    /// The most recent person with a longer name one of whose parts is one edit away from the single name
    /// <paramref name="name"/> (a surname misspelt once: <c>Wiryawn</c> after <c>Budi Wiryawan</c>), or null. Names
    /// shorter than six letters never match: too many real surnames are one edit apart.
    /// </summary>
    public (string Canonical, string? Id)? MisspeltPart(string name)
    {
        if (name.Length < MinMisspeltLength)
        {
            return null;
        }

        for (var n = _people.Count - 1; n >= Math.Max(0, _people.Count - MaxCandidates); n--)
        {
            var p = _people[n];
            if (p.Parts.Length >= 2 && p.Parts.Any(part => part.Length >= MinMisspeltLength &&
                NameSpelling.OneEditApart(part.ToLowerInvariant(), name.ToLowerInvariant())))
            {
                return (p.Canonical, p.Id);
            }
        }

        return null;
    }

    private const int MinMisspeltLength = 6;

    // Whether parts[k] repeats an earlier part, ignoring case (a name has a handful of parts: no set needed).
    private static bool SeenBefore(string[] parts, int k)
    {
        for (var j = 0; j < k; j++)
        {
            if (string.Equals(parts[j], parts[k], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static List<int> ListFor<TKey>(Dictionary<TKey, List<int>> index, TKey key)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        return list;
    }
}
