using System.Buffers;
using System.Runtime.Intrinsics;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// A first-order linear-chain model: hashed emission weights (bucket × label) plus a label-transition matrix, decoded
/// with Viterbi under BIO constraints. Trained as an averaged structured perceptron by <c>Geopolitics.Nlp.Training</c>.
/// </summary>
/// <remarks>File format (little-endian, uncompressed so that loading is a copy, not a decompression): magic <c>GNER</c>,
/// version 3, bucket bits, label count, transitions as float32 ((labels + 1) × labels, row = previous label, last row =
/// sentence start), word-class count and (lower-case word, classes as int32: 10 bits per granularity) pairs, then the
/// emission weights as float16 without the zeros (<see cref="EmissionRows.Write"/>).</remarks>
internal sealed class PerceptronModel
{
    private const int Magic = 0x52454E47; // "GNER"

    private const int Version = 3;

    /// <summary>For each label, the labels BIO allows before it, in ascending order (the order ties are broken in).</summary>
    private static readonly int[][] Predecessors = [.. Enumerable.Range(0, NerLabel.Count)
        .Select(l => Enumerable.Range(0, NerLabel.Count).Where(p => NerLabel.Allowed(p, l)).ToArray())];

    /// <summary>A model over dense weights (bucket × label), kept, not copied: training updates them in place.</summary>
    public PerceptronModel(int bucketBits, float[] emissions, float[] transitions, IReadOnlyDictionary<string, int> clusters)
        : this(bucketBits, EmissionRows.Dense(emissions), transitions, clusters)
    {
    }

    private PerceptronModel(int bucketBits, EmissionRows emissions, float[] transitions, IReadOnlyDictionary<string, int> clusters)
    {
        BucketBits = bucketBits;
        Emissions = emissions;
        Transitions = transitions;
        Clusters = clusters;
    }

    /// <summary>Unsupervised word classes (lower-case word → class) the features were trained with.</summary>
    public IReadOnlyDictionary<string, int> Clusters { get; }

    public int BucketBits { get; }

    public int Mask => (1 << BucketBits) - 1;

    /// <summary>The emission weights, a row of <see cref="NerLabel.Count"/> per bucket that has any.</summary>
    public EmissionRows Emissions { get; }

    /// <summary>Weights, index = previous × <see cref="NerLabel.Count"/> + label; previous = Count is the start.</summary>
    public float[] Transitions { get; }

    /// <summary>The best BIO-valid label sequence for a sentence whose features are given.</summary>
    public void Decode(ReadOnlySpan<int> features, int tokenCount, Span<int> labels)
    {
        if (tokenCount == 0)
        {
            return;
        }

        var size = tokenCount * NerLabel.Count;
        float[]? rented = null;
        var emission = size <= 2304 ? stackalloc float[size] : (rented = ArrayPool<float>.Shared.Rent(size)).AsSpan(0, size);
        emission.Clear();
        for (var i = 0; i < tokenCount; i++)
        {
            AddScores(features.Slice(i * NerFeatures.PerToken, NerFeatures.PerToken), emission.Slice(i * NerLabel.Count, NerLabel.Count));
        }

        Viterbi(emission, tokenCount, labels);
        if (rented is not null)
        {
            ArrayPool<float>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Adds the emission weights of <paramref name="features"/> (up to the first negative slot) to <paramref name="scores"/>
    /// (one per label): independent memory reads, labels 0–7 in one vector add and the ninth (NerLabel.Count is 9) apart.
    /// </summary>
    public void AddScores(ReadOnlySpan<int> features, Span<float> scores)
    {
        const int L = NerLabel.Count;
        var emissions = Emissions;
        var weights = emissions.Weights;
        var sum = Vector256.Create<float>(scores);
        var ninth = scores[8];
        foreach (var f in features)
        {
            if (f < 0)
            {
                break;
            }

            // A bucket without a row has only zero weights: skipping it leaves every sum as it was.
            var r = emissions.RowOf(f);
            if (r < 0)
            {
                continue;
            }

            var row = weights.Slice(r * L, L);
            sum += Vector256.Create<float>(row);
            ninth += row[8];
        }

        sum.CopyTo(scores);
        scores[8] = ninth;
    }

    /// <summary>The best BIO-valid label sequence given each token's emission scores (tokenCount × NerLabel.Count).</summary>
    public void Viterbi(ReadOnlySpan<float> emission, int tokenCount, Span<int> labels)
    {
        const int L = NerLabel.Count;
        if (tokenCount == 0)
        {
            return;
        }

        var size = tokenCount * L;
        float[]? rentedScores = null;
        int[]? rentedBack = null;
        var score = size <= 2304 ? stackalloc float[size] : (rentedScores = ArrayPool<float>.Shared.Rent(size)).AsSpan(0, size);
        var back = size <= 2304 ? stackalloc int[size] : (rentedBack = ArrayPool<int>.Shared.Rent(size)).AsSpan(0, size);
        var transitions = Transitions.AsSpan();
        for (var l = 0; l < L; l++)
        {
            score[l] = (NerLabel.IsInside(l) ? float.NegativeInfinity : transitions[L * L + l]) + emission[l];
            back[l] = 0;
        }

        for (var i = 1; i < tokenCount; i++)
        {
            var previous = score.Slice((i - 1) * L, L);
            for (var l = 0; l < L; l++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                foreach (var p in Predecessors[l])
                {
                    var s = previous[p] + transitions[p * L + l];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                score[i * L + l] = best + emission[i * L + l];
                back[i * L + l] = arg;
            }
        }

        var last = 0;
        for (var l = 1; l < L; l++)
        {
            if (score[(tokenCount - 1) * L + l] > score[(tokenCount - 1) * L + last])
            {
                last = l;
            }
        }

        for (var i = tokenCount - 1; i >= 0; i--)
        {
            labels[i] = last;
            last = back[i * L + last];
        }

        if (rentedScores is not null)
        {
            ArrayPool<float>.Shared.Return(rentedScores);
        }

        if (rentedBack is not null)
        {
            ArrayPool<int>.Shared.Return(rentedBack);
        }
    }

    public void Save(Stream stream)
    {
        const int L = NerLabel.Count;
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(BucketBits);
        writer.Write(L);
        foreach (var t in Transitions)
        {
            writer.Write(t);
        }

        writer.Write(Clusters.Count);
        foreach (var (word, cls) in Clusters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(cls);
        }

        Emissions.Write(writer);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream holds no model of this version, or one for other labels.</exception>
    public static PerceptronModel Load(Stream stream)
    {
        const int L = NerLabel.Count;
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException($"Not a Geopolitics.Nlp entity model (version {Version}).");
        }

        var bits = reader.ReadInt32();
        if (reader.ReadInt32() != L || bits is < 8 or > 24)
        {
            throw new InvalidDataException("The entity model's label set or size does not match this library.");
        }

        var transitions = new float[(L + 1) * L];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var clusterCount = reader.ReadInt32();
        var clusters = new Dictionary<string, int>(clusterCount, StringComparer.Ordinal);
        for (var i = 0; i < clusterCount; i++)
        {
            var word = reader.ReadString();
            clusters[word] = reader.ReadInt32();
        }

        return new PerceptronModel(bits, EmissionRows.Read(stream, bits), transitions, clusters);
    }
}
