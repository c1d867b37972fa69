using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Evaluation.Entities;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Geopolitics.Nlp.Training;

/// <summary>
/// The same hashed features trained with ML.NET's SDCA maximum-entropy multiclass trainer, one example per token with
/// the previous gold label as a feature, decoded greedily left to right with the predicted previous label and BIO
/// repair. For comparison with the averaged perceptron only; nothing of it ships.
/// </summary>
internal static class MlNetComparison
{
    private const int Bits = 18;
    private const int Size = (1 << Bits) + NerLabel.Count + 1;

    private sealed class Row
    {
        [VectorType(Size)]
        public VBuffer<float> Features { get; set; }

        public uint Label { get; set; }
    }

    private sealed class Prediction
    {
        public uint PredictedLabel { get; set; }
    }

    public static void Run(NerFeatures features, IReadOnlyList<(ConllSentence Sentence, bool Caseless)> train,
        IReadOnlyList<(string Name, NerScheme Scheme, List<ConllSentence> Sentences)> tests)
    {
        var ml = new MLContext(seed: 20260124);
        var rows = new List<Row>();
        foreach (var (s, caseless) in train)
        {
            var f = Extract(features, s.Tokens, caseless);
            for (var i = 0; i < s.Tokens.Length; i++)
            {
                rows.Add(new Row { Features = Vector(f, i, i == 0 ? NerLabel.Count : s.Labels[i - 1]), Label = (uint)s.Labels[i] });
            }
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(maximumNumberOfIterations: 10))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        var model = pipeline.Fit(data);
        Console.WriteLine($"ML.NET SDCA trained on {rows.Count} tokens in {watch.Elapsed.TotalSeconds:0} s");
        var engine = ml.Model.CreatePredictionEngine<Row, Prediction>(model);
        foreach (var (name, scheme, sentences) in tests)
        {
            int tp = 0, predicted = 0, gold = 0, tokens = 0;
            watch.Restart();
            foreach (var s in sentences)
            {
                var caseless = scheme == NerScheme.Nerp;
                var f = Extract(features, s.Tokens, caseless);
                var labels = new int[s.Tokens.Length];
                for (var i = 0; i < labels.Length; i++)
                {
                    var previous = i == 0 ? NerLabel.Count : labels[i - 1];
                    var label = (int)engine.Predict(new Row { Features = Vector(f, i, previous) }).PredictedLabel;
                    labels[i] = NerLabel.Allowed(i == 0 ? 0 : labels[i - 1], label) ? label : NerLabel.Begin(NerLabel.ClassOf(label));
                }

                tokens += labels.Length;
                var p = NerLabel.Spans(labels).Select(x => (x.Start, x.End, ConllNerCorpus.CorpusType(NerLabel.Classes[x.Class], scheme)))
                    .Where(x => x.Item3 is not null).ToList();
                var g = ConllNerCorpus.GoldSpans(s.OriginalLabels).Select(x => (x.Start, x.End, (string?)x.Type)).ToHashSet();
                predicted += p.Count;
                gold += g.Count;
                tp += p.Count(g.Contains);
            }

            var precision = (double)tp / Math.Max(1, predicted);
            var recall = (double)tp / Math.Max(1, gold);
            Console.WriteLine($"ML.NET {name}: P {precision:0.0000} R {recall:0.0000} F1 {2 * precision * recall / Math.Max(1e-9, precision + recall):0.0000}; " +
                $"PredictionEngine {tokens / watch.Elapsed.TotalSeconds:0} tokens/s");
        }
    }

    private static int[] Extract(NerFeatures features, string[] tokens, bool caseless)
    {
        var f = new int[tokens.Length * NerFeatures.PerToken];
        features.Extract(tokens, caseless, (1 << Bits) - 1, f);
        return f;
    }

    private static VBuffer<float> Vector(int[] f, int token, int previous)
    {
        var indices = f.AsSpan(token * NerFeatures.PerToken, NerFeatures.PerToken).ToArray().Where(x => x >= 0)
            .Append((1 << Bits) + previous).Distinct().Order().ToArray();
        var values = Enumerable.Repeat(1f, indices.Length).ToArray();
        return new VBuffer<float>(Size, indices.Length, values, indices);
    }
}
