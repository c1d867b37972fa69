namespace Geopolitics.Nlp.Claims;

/// <summary>
/// The speaker names an article has resolved so far, in the order first seen, with the lookups speaker resolution asks
/// of them: is a name known, and which known name (the earliest) starts or ends with given words (<c>Lavrov</c> →
/// <c>Sergei Lavrov</c>). Every word-boundary prefix and suffix of a name is indexed when the name is added, so each
/// lookup is one hash probe: scanning the list instead made an article with thousands of distinct speakers quadratic.
/// </summary>
internal sealed class KnownNames
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    // Word-boundary prefix (`Sergei` of `Sergei Lavrov`) → the earliest name with it, with that name's rank.
    private readonly Dictionary<string, (string Name, int Rank)> _byPrefix = new(StringComparer.Ordinal);

    // Word-boundary suffix (`Lavrov` of `Sergei Lavrov`) → the earliest name with it, with that name's rank.
    private readonly Dictionary<string, (string Name, int Rank)> _bySuffix = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is known.</summary>
    public bool Contains(string name) => _names.Contains(name);

    /// <summary>Adds <paramref name="name"/> unless it is known already.</summary>
    public void Add(string name)
    {
        if (!_names.Add(name))
        {
            return;
        }

        var rank = _names.Count;
        for (var space = name.IndexOf(' ', StringComparison.Ordinal); space >= 0; space = name.IndexOf(' ', space + 1))
        {
            _byPrefix.TryAdd(name[..space], (name, rank));
            _bySuffix.TryAdd(name[(space + 1)..], (name, rank));
        }
    }

    /// <summary>The earliest known name that ends with the words <paramref name="words"/> after a space.</summary>
    public string? EndingWith(string words) => _bySuffix.TryGetValue(words, out var found) ? found.Name : null;

    /// <summary>The earliest known name that starts or ends with the words <paramref name="words"/> next to a space.</summary>
    public string? StartingOrEndingWith(string words)
    {
        var hasPrefix = _byPrefix.TryGetValue(words, out var prefix);
        var hasSuffix = _bySuffix.TryGetValue(words, out var suffix);
        return hasPrefix && hasSuffix ? (prefix.Rank <= suffix.Rank ? prefix.Name : suffix.Name)
            : hasPrefix ? prefix.Name
            : hasSuffix ? suffix.Name
            : null;
    }
}
