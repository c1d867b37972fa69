using Geopolitics.Nlp.Claims;

namespace Geopolitics.Nlp.Evaluation.Claims;

/// <summary>
/// Scores predicted claims against gold ones. A prediction matches a gold claim when their contents overlap with a
/// character Jaccard of at least 0.5 and their speakers agree: strictly, the same speaker entity (both unresolved, that
/// is without an entity or with the speaker phrase itself as entity: overlapping speaker spans); relaxed, overlapping speaker spans whatever the entity. Matching is one-to-one, greedy
/// by content overlap.
/// </summary>
public static class ClaimScorer
{
    /// <summary>The minimum character Jaccard between contents for a match.</summary>
    public const double MinContentJaccard = 0.5;

    /// <summary>Scores one document.</summary>
    public static ClaimScore Score(string name, IReadOnlyList<Claim> predicted, IReadOnlyList<Claim> gold)
    {
        var strictPairs = Match(predicted, gold, StrictSpeaker);
        var relaxed = Match(predicted, gold, (p, g) => p.Speaker.Span.Overlaps(g.Speaker.Span));
        var exact = Match(predicted, gold, (p, g) => p.Speaker.Span == g.Speaker.Span && p.Content.Span == g.Content.Span);
        var kindCorrect = strictPairs.Count(x => predicted[x.P].Kind == gold[x.G].Kind);
        var misses = new List<string>();
        var matchedGold = strictPairs.Select(x => x.G).ToHashSet();
        var matchedPredicted = strictPairs.Select(x => x.P).ToHashSet();
        for (var g = 0; g < gold.Count; g++)
        {
            if (!matchedGold.Contains(g))
            {
                misses.Add($"{name}: missed {Describe(gold[g])}");
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (!matchedPredicted.Contains(p))
            {
                misses.Add($"{name}: spurious {Describe(predicted[p])}");
            }
        }

        return new ClaimScore(
            name,
            new PrecisionRecall(strictPairs.Count, predicted.Count, gold.Count),
            new PrecisionRecall(relaxed.Count, predicted.Count, gold.Count),
            new PrecisionRecall(exact.Count, predicted.Count, gold.Count),
            kindCorrect,
            misses);
    }

    /// <summary>Character Jaccard of two half-open spans.</summary>
    public static double Jaccard(int aStart, int aEnd, int bStart, int bEnd)
    {
        var inter = Math.Max(0, Math.Min(aEnd, bEnd) - Math.Max(aStart, bStart));
        var union = Math.Max(aEnd, bEnd) - Math.Min(aStart, bStart);
        return union <= 0 ? 0 : (double)inter / union;
    }

    private static bool StrictSpeaker(Claim p, Claim g) =>
        Unresolved(p) && Unresolved(g)
            ? p.Speaker.Span.Overlaps(g.Speaker.Span)
            : string.Equals(p.Speaker.Entity, g.Speaker.Entity, StringComparison.OrdinalIgnoreCase);

    // A speaker that names no entity beyond its own words: no entity (the seeds' convention) or the phrase itself (the
    // news convention for unnamed officials and lists of countries, `pejabat senior X`).
    private static bool Unresolved(Claim c) =>
        c.Speaker.Entity is null || string.Equals(c.Speaker.Entity, c.Speaker.Text, StringComparison.OrdinalIgnoreCase);

    private static List<(int P, int G)> Match(IReadOnlyList<Claim> predicted, IReadOnlyList<Claim> gold, Func<Claim, Claim, bool> speakerAgrees)
    {
        var candidates = new List<(double J, int P, int G)>();
        for (var p = 0; p < predicted.Count; p++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                var j = Jaccard(predicted[p].Content.Start, predicted[p].Content.End, gold[g].Content.Start, gold[g].Content.End);
                if (j >= MinContentJaccard && speakerAgrees(predicted[p], gold[g]))
                {
                    candidates.Add((j, p, g));
                }
            }
        }

        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, p, g) in candidates.OrderByDescending(c => c.J))
        {
            if (usedP.Add(p))
            {
                if (usedG.Add(g))
                {
                    pairs.Add((p, g));
                }
                else
                {
                    usedP.Remove(p);
                }
            }
        }

        return pairs;
    }

    private static string Describe(Claim c) =>
        $"{c.Kind} cue='{c.Cue.Text}' speaker='{c.Speaker.Text}'→{c.Speaker.Entity ?? "null"} content[{c.Content.Start}..{c.Content.End})='{Shorten(c.Content.Text)}'";

    private static string Shorten(string s) => (s.Length <= 90 ? s : s[..90] + "…").ReplaceLineEndings("⏎");
}
