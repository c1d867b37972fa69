namespace Geopolitics.Nlp.Text;

/// <summary>
/// A read-only set of words looked up by <see cref="ReadOnlySpan{T}"/> without allocating, ignoring case: open
/// addressing over a power-of-two table of lower-cased keys, hashed as they are compared (FNV-1a over lower-case
/// chars). Works the same on every target framework, where <c>FrozenSet</c>'s alternate lookup needs .NET 9.
/// </summary>
internal sealed class SpanKeySet<TValue>
{
    private readonly string?[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;

    public SpanKeySet(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var list = entries.ToList();
        var size = 8;
        while (size < list.Count * 2)
        {
            size <<= 1;
        }

        _keys = new string?[size];
        _values = new TValue[size];
        _mask = size - 1;
        foreach (var (key, value) in list)
        {
            var lower = key.ToLowerInvariant();
            var slot = (int)(Hash(lower) & (uint)_mask);
            while (_keys[slot] is { } existing && existing != lower)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] ??= lower;
            _values[slot] = value;
        }

        Count = _keys.Count(k => k is not null);
    }

    public int Count { get; }

    public bool Contains(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        var slot = (int)(Hash(word) & (uint)_mask);
        while (_keys[slot] is { } key)
        {
            if (EqualsLower(key, word))
            {
                value = _values[slot];
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        value = default!;
        return false;
    }

    private static uint Hash(ReadOnlySpan<char> word)
    {
        var h = 2166136261u;
        foreach (var c in word)
        {
            h = (h ^ (c < 128 ? (uint)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c))) * 16777619u;
        }

        return h;
    }

    private static bool EqualsLower(string lowerKey, ReadOnlySpan<char> word)
    {
        if (lowerKey.Length != word.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var lower = c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c);
            if (lower != lowerKey[i])
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A <see cref="SpanKeySet{TValue}"/> of words only.</summary>
internal sealed class SpanWordSet(IEnumerable<string> words)
{
    private readonly SpanKeySet<bool> _set = new(words.Select(w => new KeyValuePair<string, bool>(w, true)));

    public int Count => _set.Count;

    public bool Contains(ReadOnlySpan<char> word) => _set.Contains(word);
}
