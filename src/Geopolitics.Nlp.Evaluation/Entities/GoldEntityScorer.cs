using System.Text.Json;
using Geopolitics.Nlp.Entities;

namespace Geopolitics.Nlp.Evaluation.Entities;

/// <summary>One gold or predicted entity, compared by offsets and type.</summary>
public readonly record struct EntityKey(int Start, int End, string Type);

/// <summary>Entity scores over gold files: exact span + type, per type and overall, and the differences.</summary>
public sealed record GoldEntityScore(
    IReadOnlyDictionary<string, PrecisionRecall> PerType, PrecisionRecall Overall, IReadOnlyList<string> Errors);

/// <summary>Scores the analyzer's entities against <c>seeds/*.gold.json</c>-style files (field <c>entities</c>).</summary>
public static class GoldEntityScorer
{
    /// <param name="analyzer">The analyzer to run.</param>
    /// <param name="goldFiles">Gold JSON files; each article's text is the <c>.txt</c> file beside it (same name without <c>.gold.json</c>).</param>
    public static GoldEntityScore Score(IArticleAnalyzer analyzer, IEnumerable<string> goldFiles)
    {
        var counts = new Dictionary<string, PrecisionRecall>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var file in goldFiles)
        {
            var textFile = file.EndsWith(".gold.json", StringComparison.Ordinal) ? file[..^".gold.json".Length] + ".txt" : file;
            var text = File.ReadAllText(textFile);
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var gold = doc.RootElement.GetProperty("entities").EnumerateArray()
                .Select(e => new EntityKey(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("type").GetString()!))
                .ToList();
            var predicted = analyzer.Analyze(text).Entities.Select(e => new EntityKey(e.Start, e.End, e.Type.ToName())).ToList();
            foreach (var type in gold.Select(g => g.Type).Concat(predicted.Select(p => p.Type)).Distinct())
            {
                var score = PrecisionRecall.Compare(predicted.Where(p => p.Type == type), gold.Where(g => g.Type == type));
                counts[type] = counts.TryGetValue(type, out var c) ? c + score : score;
            }

            var goldSet = gold.ToHashSet();
            var predictedSet = predicted.ToHashSet();
            var name = Path.GetFileName(file);
            errors.AddRange(predicted.Where(p => !goldSet.Contains(p)).Select(p => $"{name} spurious {p.Type} '{text[p.Start..p.End]}' @{p.Start}"));
            errors.AddRange(gold.Where(g => !predictedSet.Contains(g)).Select(g => $"{name} missed   {g.Type} '{text[g.Start..g.End]}' @{g.Start}"));
        }

        var overall = counts.Values.Aggregate(new PrecisionRecall(0, 0, 0), (a, b) => a + b);
        return new GoldEntityScore(counts, overall, errors);
    }
}
