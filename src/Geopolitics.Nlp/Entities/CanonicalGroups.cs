using System.Buffers;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// The mentions of one type grouped by canonical name, each group in document order: the index of every such mention
/// in a pooled array sorted by (canonical name, position), so a group is a run. Grouping this way costs no allocation
/// per article, where LINQ's <c>GroupBy</c> made a grouping object and an array for every name.
/// </summary>
internal readonly struct CanonicalGroups : IDisposable
{
    private readonly int[] _rented;
    private readonly List<EntityMention> _mentions;

    public CanonicalGroups(List<EntityMention> mentions, EntityType type)
    {
        _mentions = mentions;
        _rented = ArrayPool<int>.Shared.Rent(Math.Max(1, mentions.Count));
        var count = 0;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type == type)
            {
                _rented[count++] = i;
            }
        }

        Count = count;
        _rented.AsSpan(0, count).Sort(new ByCanonical(mentions));
    }

    /// <summary>How many mentions the groups hold.</summary>
    public int Count { get; }

    /// <summary>The group starting at <paramref name="start"/> (an offset into the sorted indices); its end is start + length.</summary>
    public ReadOnlySpan<int> GroupAt(int start)
    {
        var sorted = _rented.AsSpan(0, Count);
        var canonical = _mentions[sorted[start]].Canonical;
        var end = start + 1;
        while (end < sorted.Length && string.Equals(_mentions[sorted[end]].Canonical, canonical, StringComparison.Ordinal))
        {
            end++;
        }

        return sorted[start..end];
    }

    public void Dispose() => ArrayPool<int>.Shared.Return(_rented);

    private readonly struct ByCanonical(List<EntityMention> mentions) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var byName = string.CompareOrdinal(mentions[x].Canonical, mentions[y].Canonical);
            return byName != 0 ? byName : x.CompareTo(y);
        }
    }
}
