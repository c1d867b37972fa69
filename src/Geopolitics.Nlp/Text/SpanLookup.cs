using System.Collections.Frozen;

namespace Geopolitics.Nlp.Text;

/// <summary>
/// A read-only string-keyed table looked up by <see cref="ReadOnlySpan{T}"/> without allocating, on every target
/// framework: .NET 9+ uses the frozen dictionary's alternate lookup; .NET 8, which has no alternate lookups, uses a
/// small chained hash table over the same keys, hashed with <see cref="string.GetHashCode(ReadOnlySpan{char}, StringComparison)"/>.
/// </summary>
/// <typeparam name="TValue">The value stored under each key.</typeparam>
internal sealed class SpanLookup<TValue>
{
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
#else
    private readonly StringComparison _comparison;
    private readonly int[] _buckets;
    private readonly int[] _next;
    private readonly int[] _hashes;
    private readonly string[] _keys;
    private readonly TValue[] _values;
#endif

    /// <summary>Builds the table over <paramref name="entries"/>; the later of two equal keys wins.</summary>
    /// <param name="entries">Keys and values.</param>
    /// <param name="ignoreCase">Compare keys with <see cref="StringComparison.OrdinalIgnoreCase"/> instead of ordinal.</param>
    public SpanLookup(IEnumerable<KeyValuePair<string, TValue>> entries, bool ignoreCase)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var map = new Dictionary<string, TValue>(comparer);
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        Dictionary = map.ToFrozenDictionary(comparer);
#if NET9_0_OR_GREATER
        _lookup = Dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
#else
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var count = map.Count;
        _buckets = new int[Math.Max(1, count * 2)];
        _next = new int[count];
        _hashes = new int[count];
        _keys = new string[count];
        _values = new TValue[count];
        var i = 0;
        foreach (var (key, value) in map)
        {
            var hash = string.GetHashCode(key.AsSpan(), _comparison);
            var bucket = (int)((uint)hash % (uint)_buckets.Length);
            _hashes[i] = hash;
            _keys[i] = key;
            _values[i] = value;
            _next[i] = _buckets[bucket] - 1;
            _buckets[bucket] = i + 1; // 0 marks an empty bucket
            i++;
        }
#endif
    }

    /// <summary>The same entries as an ordinary frozen dictionary, for callers that hold a string.</summary>
    public FrozenDictionary<string, TValue> Dictionary { get; }

    /// <summary>Number of keys.</summary>
    public int Count => Dictionary.Count;

    /// <summary>Finds the value stored under <paramref name="key"/>.</summary>
    /// <param name="key">The key as a span.</param>
    /// <param name="value">The value, or the default when the key is absent.</param>
    /// <returns>Whether the key is present.</returns>
    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
#if NET9_0_OR_GREATER
        return _lookup.TryGetValue(key, out value!);
#else
        var hash = string.GetHashCode(key, _comparison);
        for (var i = _buckets[(int)((uint)hash % (uint)_buckets.Length)] - 1; i >= 0; i = _next[i])
        {
            if (_hashes[i] == hash && key.Equals(_keys[i].AsSpan(), _comparison))
            {
                value = _values[i];
                return true;
            }
        }

        value = default!;
        return false;
#endif
    }

    /// <summary>Whether <paramref name="key"/> is present.</summary>
    /// <param name="key">The key as a span.</param>
    /// <returns><see langword="true"/> when the table holds the key.</returns>
    public bool ContainsKey(ReadOnlySpan<char> key) => TryGetValue(key, out _);
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
