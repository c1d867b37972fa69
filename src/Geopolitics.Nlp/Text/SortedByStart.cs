using System.Collections.Immutable;

namespace Geopolitics.Nlp.Text;

/// <summary>Binary search over items sorted by their start offset (tokens, mentions, timexes).</summary>
internal static class SortedByStart
{
    /// <summary>
    /// The index of the first item whose start is at or after <paramref name="offset"/>, or the item count. Pass a
    /// static lambda as <paramref name="startOf"/>: it is cached, so a search allocates nothing.
    /// </summary>
    public static int FirstAtOrAfter<T>(ImmutableArray<T> items, Func<T, int> startOf, int offset)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (startOf(items[mid]) < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
