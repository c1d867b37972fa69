using System.Numerics;

namespace Geopolitics.Nlp.Text;

/// <summary>
/// Whether some key may begin with a given text: a set of 32-bit hashes of every prefix of every key, built without a
/// string per prefix. A miss is certain (no key begins so); a hit may be a hash collision, so callers use it only to
/// skip work whose outcome the keys themselves decide.
/// </summary>
internal sealed class PrefixFilter
{
    private const uint Basis = 2166136261u; // FNV-1a
    private const uint Prime = 16777619u;

    /// <summary>Open addressing, linear probing; 0 marks an empty slot (a hash of 0 is stored as 1).</summary>
    private readonly uint[] _slots;

    /// <summary>Builds the filter over every non-empty prefix of each of <paramref name="keys"/>.</summary>
    public PrefixFilter(IReadOnlyCollection<string> keys)
    {
        var prefixes = 0;
        foreach (var key in keys)
        {
            prefixes += key.Length;
        }

        // At most half full, so a miss ends within a few slots.
        _slots = new uint[BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, prefixes * 2))];
        foreach (var key in keys)
        {
            var hash = Basis;
            foreach (var c in key)
            {
                hash = Step(hash, c);
                Add(hash);
            }
        }
    }

    /// <summary>False when no key begins with <paramref name="prefix"/>; true when one may.</summary>
    public bool MayBegin(ReadOnlySpan<char> prefix)
    {
        var hash = Basis;
        foreach (var c in prefix)
        {
            hash = Step(hash, c);
        }

        var stored = hash == 0 ? 1 : hash;
        var mask = _slots.Length - 1;
        for (var i = (int)(stored & (uint)mask); _slots[i] != 0; i = (i + 1) & mask)
        {
            if (_slots[i] == stored)
            {
                return true;
            }
        }

        return false;
    }

    private static uint Step(uint hash, char c) => (hash ^ c) * Prime;

    private void Add(uint hash)
    {
        var stored = hash == 0 ? 1 : hash;
        var mask = _slots.Length - 1;
        var i = (int)(stored & (uint)mask);
        while (_slots[i] != 0 && _slots[i] != stored)
        {
            i = (i + 1) & mask;
        }

        _slots[i] = stored;
    }
}
