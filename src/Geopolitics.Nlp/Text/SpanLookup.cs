namespace Geopolitics.Nlp.Text;

/// <summary>
/// A read-only string-keyed table looked up by <see cref="ReadOnlySpan{T}"/> without allocating, on every target
/// framework: a chained hash table over the keys, hashed with
/// <see cref="string.GetHashCode(ReadOnlySpan{char}, StringComparison)"/>. Not a frozen dictionary: freezing analyses
/// the keys and JIT-compiles a specialized dictionary per value type, which costs more at a process's first result than
/// the tables' lookups save (the word lists are read once per distinct word form, not per token).
/// </summary>
/// <typeparam name="TValue">The value stored under each key.</typeparam>
internal sealed class SpanLookup<TValue>
{
    private readonly StringComparison _comparison;
    private readonly int[] _buckets;
    private readonly int[] _next;
    private readonly int[] _hashes;
    private readonly string[] _keys;
    private readonly TValue[] _values;

    /// <summary>Builds the table over <paramref name="entries"/>; the later of two equal keys wins.</summary>
    /// <param name="entries">Keys and values.</param>
    /// <param name="ignoreCase">Compare keys with <see cref="StringComparison.OrdinalIgnoreCase"/> instead of ordinal.</param>
    public SpanLookup(IEnumerable<KeyValuePair<string, TValue>> entries, bool ignoreCase)
    {
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var capacity = entries.TryGetNonEnumeratedCount(out var known) ? known : 16;
        _keys = new string[capacity];
        _values = new TValue[capacity];
        var count = 0;
        foreach (var (key, value) in entries)
        {
            if (count == _keys.Length)
            {
                Array.Resize(ref _keys, Math.Max(16, count * 2));
                Array.Resize(ref _values, Math.Max(16, count * 2));
            }

            _keys[count] = key;
            _values[count++] = value;
        }

        _buckets = new int[Math.Max(1, count * 2)];
        _next = new int[count];
        _hashes = new int[count];
        for (var i = 0; i < count; i++)
        {
            var hash = string.GetHashCode(_keys[i].AsSpan(), _comparison);
            var bucket = (int)((uint)hash % (uint)_buckets.Length);
            var existing = Find(_keys[i], hash);
            if (existing >= 0)
            {
                _values[existing] = _values[i]; // a repeated key: the later value wins, the slot stays unused
                _next[i] = -1;
                continue;
            }

            _hashes[i] = hash;
            _next[i] = _buckets[bucket] - 1;
            _buckets[bucket] = i + 1; // 0 marks an empty bucket
            Count++;
        }
    }

    /// <summary>Number of keys.</summary>
    public int Count { get; }

    /// <summary>Finds the value stored under <paramref name="key"/>.</summary>
    /// <param name="key">The key as a span.</param>
    /// <param name="value">The value, or the default when the key is absent.</param>
    /// <returns>Whether the key is present.</returns>
    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        var i = Find(key, string.GetHashCode(key, _comparison));
        value = i >= 0 ? _values[i] : default!;
        return i >= 0;
    }

    /// <summary>Whether <paramref name="key"/> is present.</summary>
    /// <param name="key">The key as a span.</param>
    /// <returns><see langword="true"/> when the table holds the key.</returns>
    public bool ContainsKey(ReadOnlySpan<char> key) => Find(key, string.GetHashCode(key, _comparison)) >= 0;

    private int Find(ReadOnlySpan<char> key, int hash)
    {
        for (var i = _buckets[(int)((uint)hash % (uint)_buckets.Length)] - 1; i >= 0; i = _next[i])
        {
            if (_hashes[i] == hash && key.Equals(_keys[i].AsSpan(), _comparison))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>A read-only set of strings looked up by span without allocating, on .NET 8 and .NET 9+ alike.</summary>
internal sealed class SpanSet
{
    private readonly SpanLookup<bool> _lookup;

    /// <summary>Builds the set.</summary>
    /// <param name="items">The strings in the set.</param>
    /// <param name="ignoreCase">Compare with <see cref="StringComparison.OrdinalIgnoreCase"/> instead of ordinal.</param>
    public SpanSet(IEnumerable<string> items, bool ignoreCase = false) =>
        _lookup = new SpanLookup<bool>(items.Select(item => KeyValuePair.Create(item, true)), ignoreCase);

    /// <summary>Number of strings.</summary>
    public int Count => _lookup.Count;

    /// <summary>Whether <paramref name="item"/> is in the set.</summary>
    /// <param name="item">The string as a span.</param>
    /// <returns><see langword="true"/> when the set holds it.</returns>
    public bool Contains(ReadOnlySpan<char> item) => _lookup.ContainsKey(item);
}
