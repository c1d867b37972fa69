namespace Geopolitics.Nlp.Corpus.Reporting;

/// <summary>A node of the speaker → about network, placed on the drawing.</summary>
internal sealed record NetworkNode(string Id, double X, double Y, long Weight, bool Speaks);

/// <summary>
/// Places the most connected entities of the speaker → about graph on a circle, ordered so that speakers and the
/// entities they talk about alternate around it; a circle keeps every edge visible and needs no iteration, so the
/// drawing is the same on every run.
/// </summary>
internal static class NetworkLayout
{
    public const double Size = 600;

    public static (List<NetworkNode> Nodes, List<AboutEdge> Edges) Place(IReadOnlyList<AboutEdge> edges, int maxNodes)
    {
        var weight = new Dictionary<string, long>(StringComparer.Ordinal);
        var speakers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in edges)
        {
            weight[e.Speaker] = weight.GetValueOrDefault(e.Speaker) + e.Claims;
            weight[e.About] = weight.GetValueOrDefault(e.About) + e.Claims;
            speakers.Add(e.Speaker);
        }

        var chosen = weight.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(maxNodes)
            .Select(p => p.Key).ToList();
        var kept = new HashSet<string>(chosen, StringComparer.Ordinal);
        var keptEdges = edges.Where(e => kept.Contains(e.Speaker) && kept.Contains(e.About)).ToList();

        // Speakers first, then the rest, interleaved so lines cross the circle instead of hugging its rim.
        var first = chosen.Where(speakers.Contains).ToList();
        var rest = chosen.Where(n => !speakers.Contains(n)).ToList();
        var order = new List<string>();
        for (var i = 0; i < Math.Max(first.Count, rest.Count); i++)
        {
            if (i < first.Count)
            {
                order.Add(first[i]);
            }

            if (i < rest.Count)
            {
                order.Add(rest[i]);
            }
        }

        var nodes = new List<NetworkNode>();
        var radius = Size / 2 - 150;
        for (var i = 0; i < order.Count; i++)
        {
            var angle = 2 * Math.PI * i / Math.Max(order.Count, 1) - Math.PI / 2;
            nodes.Add(new NetworkNode(order[i], Size / 2 + radius * Math.Cos(angle), Size / 2 + radius * Math.Sin(angle),
                weight[order[i]], speakers.Contains(order[i])));
        }

        return (nodes, keptEdges);
    }
}
