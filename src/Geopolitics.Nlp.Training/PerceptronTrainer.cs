using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Evaluation.Entities;

namespace Geopolitics.Nlp.Training;

/// <summary>One training sentence with its features extracted once.</summary>
internal sealed record TrainingSentence(int[] Features, int[] Labels, bool Caseless);

/// <summary>
/// Averaged structured perceptron (Collins 2002) over the hashed features of <see cref="NerFeatures"/>, Viterbi-decoded
/// under BIO constraints; averaging uses the "w − u/c" trick so an update costs the same as in the plain perceptron.
/// </summary>
internal sealed class PerceptronTrainer(int bucketBits, IReadOnlyDictionary<string, int> clusters)
{
    private const int L = NerLabel.Count;
    private readonly float[] _w = new float[(1 << bucketBits) * L];
    private readonly float[] _u = new float[(1 << bucketBits) * L];
    private readonly float[] _tw = new float[(L + 1) * L];
    private readonly float[] _tu = new float[(L + 1) * L];
    private long _c = 1;

    public int Mask => (1 << bucketBits) - 1;

    public void Epoch(IReadOnlyList<TrainingSentence> data, Random random)
    {
        var order = Enumerable.Range(0, data.Count).ToArray();
        random.Shuffle(order);
        var current = new PerceptronModel(bucketBits, _w, _tw, clusters);
        foreach (var index in order)
        {
            var s = data[index];
            var predicted = new int[s.Labels.Length];
            current.Decode(s.Features, s.Labels.Length, predicted);
            if (!predicted.AsSpan().SequenceEqual(s.Labels))
            {
                Update(s, s.Labels, +1);
                Update(s, predicted, -1);
            }

            _c++;
        }
    }

    /// <summary>The averaged weights as a model.</summary>
    public PerceptronModel Averaged()
    {
        var e = new float[_w.Length];
        for (var i = 0; i < e.Length; i++)
        {
            e[i] = _w[i] - _u[i] / _c;
        }

        var t = new float[_tw.Length];
        for (var i = 0; i < t.Length; i++)
        {
            t[i] = _tw[i] - _tu[i] / _c;
        }

        return new PerceptronModel(bucketBits, e, t, clusters);
    }

    private void Update(TrainingSentence s, int[] labels, float delta)
    {
        var previous = L;
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            foreach (var f in s.Features.AsSpan(i * NerFeatures.PerToken, NerFeatures.PerToken))
            {
                if (f < 0)
                {
                    break;
                }

                _w[f * L + label] += delta;
                _u[f * L + label] += _c * delta;
            }

            _tw[previous * L + label] += delta;
            _tu[previous * L + label] += _c * delta;
            previous = label;
        }
    }
}

/// <summary>Exact-span F1 over coarse classes for model selection on dev data.</summary>
internal static class DevScore
{
    public static double F1(PerceptronModel model, IReadOnlyList<TrainingSentence> data)
    {
        int tp = 0, predicted = 0, gold = 0;
        foreach (var s in data)
        {
            var labels = new int[s.Labels.Length];
            model.Decode(s.Features, labels.Length, labels);
            var p = NerLabel.Spans(labels);
            var g = NerLabel.Spans(s.Labels).ToHashSet();
            predicted += p.Count;
            gold += g.Count;
            tp += p.Count(g.Contains);
        }

        return tp == 0 ? 0 : 2.0 * tp / (predicted + gold);
    }

    public static List<TrainingSentence> Prepare(NerFeatures features, IEnumerable<ConllSentence> sentences, bool caseless, int mask) =>
        sentences.Select(s =>
        {
            var f = new int[s.Tokens.Length * NerFeatures.PerToken];
            features.Extract(s.Tokens, caseless, mask, f);
            return new TrainingSentence(f, s.Labels, caseless);
        }).ToList();
}
