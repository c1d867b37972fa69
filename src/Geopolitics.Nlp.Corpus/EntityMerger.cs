namespace Geopolitics.Nlp.Corpus;

/// <summary>A distinct (type, canonical name) of the corpus's mentions with how often it occurs.</summary>
/// <param name="Type">The entity type label (<c>PERSON</c>, <c>GPE</c>, …).</param>
/// <param name="Canonical">The in-article canonical name.</param>
/// <param name="WikidataId">The most frequent Wikidata id its mentions carry, if any.</param>
/// <param name="Mentions">How many mentions carry this name.</param>
internal sealed record EntityName(string Type, string Canonical, string? WikidataId, long Mentions);

/// <summary>
/// Merges the corpus's names into corpus-level entities, in three steps: names sharing a Wikidata id; then names of
/// one type whose <see cref="NameKey"/> is equal (diacritics and transliteration variants); then a one-word person
/// name (<c>Lavrov</c>, <c>Kim</c>) joins the one person whose full name begins or ends with it — only when the
/// corpus holds exactly one such person, so a bare <c>Kim</c> stays apart when both Kim Jong-un and Kim Yo-jong occur.
/// The result depends only on the set of names, never on the order articles arrived in.
/// </summary>
internal static class EntityMerger
{
    private const string Person = "PERSON";

    /// <summary>Maps every name to its entity id: the Wikidata id when the entity has one, else <c>TYPE:name key</c>.</summary>
    public static Dictionary<(string Type, string Canonical), string> Merge(IReadOnlyList<EntityName> input)
    {
        var names = input.OrderBy(n => n.Type, StringComparer.Ordinal).ThenBy(n => n.Canonical, StringComparer.Ordinal).ToList();
        var sets = new DisjointSets(names.Count);
        var ids = new string?[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            ids[i] = names[i].WikidataId;
        }

        // A group keeps at most one Wikidata id: two ids are two entities, however alike their names.
        bool Join(int a, int b)
        {
            int ra = sets.Find(a), rb = sets.Find(b);
            if (ra == rb || (ids[ra] is { } x && ids[rb] is { } y && x != y))
            {
                return false;
            }

            var root = sets.Union(ra, rb);
            ids[root] = ids[ra] ?? ids[rb];
            return true;
        }

        JoinByKey(names, n => n.WikidataId, Join);
        JoinByKey(names, n => n.Type + "\t" + NameKey.Of(n.Canonical), Join);
        LinkSurnames(names, sets, Join);

        var result = new Dictionary<(string, string), string>();
        foreach (var group in Enumerable.Range(0, names.Count).GroupBy(sets.Find))
        {
            var members = group.Select(i => names[i]).ToList();
            var id = ids[group.Key] ?? EntityKey(members);
            foreach (var member in members)
            {
                result[(member.Type, member.Canonical)] = id;
            }
        }

        return result;
    }

    /// <summary>The display name of a group: its most frequent variant, then the longest, then the first in ordinal order.</summary>
    public static EntityName Representative(IEnumerable<EntityName> members) =>
        members.OrderByDescending(m => m.Mentions).ThenByDescending(m => m.Canonical.Length)
            .ThenBy(m => m.Canonical, StringComparer.Ordinal).First();

    private static string EntityKey(List<EntityName> members)
    {
        var type = members.GroupBy(m => m.Type).OrderByDescending(g => g.Sum(m => m.Mentions)).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        return type + ":" + NameKey.Of(Representative(members).Canonical);
    }

    private static void JoinByKey(List<EntityName> names, Func<EntityName, string?> key, Func<int, int, bool> join)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (key(names[i]) is not { Length: > 0 } k)
            {
                continue;
            }

            if (first.TryGetValue(k, out var j))
            {
                join(j, i);
            }
            else
            {
                first[k] = i;
            }
        }
    }

    private static void LinkSurnames(List<EntityName> names, DisjointSets sets, Func<int, int, bool> join)
    {
        // Word key → the person groups whose multi-word names begin or end with it.
        var holders = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Type != Person || NameKey.Words(names[i].Canonical) is not { Count: > 1 } words)
            {
                continue;
            }

            foreach (var word in new[] { words[0], words[^1] })
            {
                if (!holders.TryGetValue(word, out var groups))
                {
                    holders[word] = groups = [];
                }

                groups.Add(sets.Find(i));
            }
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Type == Person && NameKey.Words(names[i].Canonical) is [var single]
                && holders.TryGetValue(single, out var groups) && groups.Count == 1)
            {
                join(groups.First(), i);
            }
        }
    }

    /// <summary>Union-find with path halving; the smaller index stays the root so results do not depend on join order.</summary>
    private sealed class DisjointSets(int count)
    {
        private readonly int[] _parent = Enumerable.Range(0, count).ToArray();

        public int Find(int x)
        {
            while (_parent[x] != x)
            {
                _parent[x] = _parent[_parent[x]];
                x = _parent[x];
            }

            return x;
        }

        public int Union(int a, int b)
        {
            int ra = Find(a), rb = Find(b);
            var (root, child) = ra < rb ? (ra, rb) : (rb, ra);
            _parent[child] = root;
            return root;
        }
    }
}
