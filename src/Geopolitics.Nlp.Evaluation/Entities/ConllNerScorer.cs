using Geopolitics.Nlp.Entities;

namespace Geopolitics.Nlp.Evaluation.Entities;

/// <summary>Exact-span precision/recall/F1 per type of the entity tagger on a CoNLL corpus, in the corpus's own types.</summary>
public sealed record ConllNerScore(int Sentences, int Excluded, IReadOnlyDictionary<string, PrecisionRecall> PerType, PrecisionRecall Overall);

/// <summary>
/// Runs the embedded tagger on a corpus's own tokens (no re-tokenization) and compares spans in the corpus's types:
/// our GPE and LOCATION are one place class there, and types the corpus lacks are dropped from the predictions.
/// </summary>
public static class ConllNerScorer
{
    /// <param name="path">The CoNLL file.</param>
    /// <param name="scheme">Its tag set.</param>
    /// <param name="exclude">Files whose sentences are removed from the evaluation (the training data).</param>
    public static ConllNerScore Score(string path, NerScheme scheme, IEnumerable<string> exclude)
    {
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in exclude)
        {
            foreach (var s in ConllNerCorpus.Load(file, scheme))
            {
                excluded.Add(Key(s.Tokens));
            }
        }

        var tagger = EntityRecognizer.Default.Tagger;
        var counts = new Dictionary<string, PrecisionRecall>(StringComparer.Ordinal);
        int used = 0, dropped = 0;
        foreach (var sentence in ConllNerCorpus.Load(path, scheme))
        {
            if (excluded.Contains(Key(sentence.Tokens)))
            {
                dropped++;
                continue;
            }

            used++;
            var labels = tagger.Tag(sentence.Tokens, caseless: scheme == NerScheme.Nerp);
            var predicted = NerLabel.Spans(labels)
                .Select(s => (s.Start, s.End, Type: ConllNerCorpus.CorpusType(NerLabel.Classes[s.Class], scheme)))
                .Where(s => s.Type is not null).Select(s => (s.Start, s.End, s.Type!)).ToList();
            var gold = ConllNerCorpus.GoldSpans(sentence.OriginalLabels);
            foreach (var type in predicted.Select(p => p.Item3).Concat(gold.Select(g => g.Type)).Distinct())
            {
                var score = PrecisionRecall.Compare(predicted.Where(p => p.Item3 == type), gold.Where(g => g.Type == type));
                counts[type] = counts.TryGetValue(type, out var c) ? c + score : score;
            }
        }

        var overall = counts.Values.Aggregate(new PrecisionRecall(0, 0, 0), (a, b) => a + b);
        return new ConllNerScore(used, dropped, counts, overall);
    }

    private static string Key(string[] tokens) => string.Join(' ', tokens).ToLowerInvariant();
}
