using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// The emission weights of a <see cref="PerceptronModel"/>, one row of <see cref="NerLabel.Count"/> weights per hash
/// bucket. A trained model keeps only the rows of buckets that have a weight (about half of them: the others are never
/// hit by a training feature) and finds a bucket's row by a bitmap and a running count, so a loaded model fills 9 MB
/// instead of 19 MB: memory a fresh process must fault in before the first result, and that the tagger's random reads
/// then share with the other cores. Training uses the dense form (row = bucket), which it updates in place.
/// </summary>
internal sealed class EmissionRows
{
    private const int L = NerLabel.Count;

    /// <summary>Row weights, row-major; for the dense form, bucket × <see cref="NerLabel.Count"/> + label.</summary>
    private readonly float[] _weights;

    /// <summary>One bit per bucket, set when the bucket has a row; <see langword="null"/> for the dense form.</summary>
    private readonly ulong[]? _present;

    /// <summary>For each 64-bucket word of <see cref="_present"/>, the number of rows before it.</summary>
    private readonly int[]? _rowsBefore;

    private EmissionRows(int bucketCount, float[] weights, ulong[]? present, int[]? rowsBefore)
    {
        BucketCount = bucketCount;
        _weights = weights;
        _present = present;
        _rowsBefore = rowsBefore;
    }

    public int BucketCount { get; }

    /// <summary>Rows held: every bucket for the dense form, the buckets with a weight for a loaded model.</summary>
    public int RowCount => _weights.Length / L;

    /// <summary>The weights, <see cref="RowOf"/> × <see cref="NerLabel.Count"/> + label.</summary>
    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>Rows that are the buckets themselves: <paramref name="weights"/> (bucket × label) is kept, not copied.</summary>
    public static EmissionRows Dense(float[] weights)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(weights.Length % L, 0, nameof(weights));
        return new EmissionRows(weights.Length / L, weights, present: null, rowsBefore: null);
    }

    /// <summary>The row of <paramref name="bucket"/>, or -1 when it has no weight.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RowOf(int bucket)
    {
        if (_present is null)
        {
            return bucket;
        }

        var word = _present[bucket >> 6];
        var bit = 1UL << (bucket & 63);
        return (word & bit) == 0 ? -1 : _rowsBefore![bucket >> 6] + BitOperations.PopCount(word & (bit - 1));
    }

    /// <summary>The weight of <paramref name="label"/> in <paramref name="bucket"/> (0 for a bucket without a row).</summary>
    public float Weight(int bucket, int label)
    {
        var row = RowOf(bucket);
        return row < 0 ? 0f : _weights[row * L + label];
    }

    /// <summary>
    /// Writes the rows as float16: the counts of rows and weights, then for each bucket a uint16 label mask (bit l: a
    /// weight for label l) followed by its weights in label order. Most weights are zero, so they are not written.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        var masks = new ushort[BucketCount];
        var rows = 0;
        var values = 0;
        for (var bucket = 0; bucket < BucketCount; bucket++)
        {
            for (var l = 0; l < L; l++)
            {
                if (BitConverter.HalfToUInt16Bits((Half)Weight(bucket, l)) != 0)
                {
                    masks[bucket] |= (ushort)(1 << l);
                    values++;
                }
            }

            rows += masks[bucket] == 0 ? 0 : 1;
        }

        writer.Write(rows);
        writer.Write(values);
        for (var bucket = 0; bucket < BucketCount; bucket++)
        {
            writer.Write(masks[bucket]);
            for (var mask = (uint)masks[bucket]; mask != 0; mask &= mask - 1)
            {
                writer.Write(BitConverter.HalfToUInt16Bits((Half)Weight(bucket, BitOperations.TrailingZeroCount(mask))));
            }
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote for 2^<paramref name="bucketBits"/> buckets, keeping only the rows with a weight.</summary>
    /// <exception cref="InvalidDataException">The counts, masks or weights do not agree, or the stream ends early.</exception>
    public static EmissionRows Read(Stream stream, int bucketBits)
    {
        var bucketCount = 1 << bucketBits;
        Span<byte> counts = stackalloc byte[8];
        stream.ReadExactly(counts);
        var rowCount = BinaryPrimitives.ReadInt32LittleEndian(counts);
        var valueCount = BinaryPrimitives.ReadInt32LittleEndian(counts[4..]);
        if (rowCount < 0 || rowCount > bucketCount || valueCount < rowCount || valueCount > rowCount * L)
        {
            throw new InvalidDataException("The entity model's weight counts are out of range.");
        }

        var weights = new float[rowCount * L];
        var present = new ulong[(bucketCount + 63) >> 6];
        var rowsBefore = new int[present.Length];
        var row = 0;
        var values = 0;
        var input = new UInt16Reader(stream);
        try
        {
            for (var bucket = 0; bucket < bucketCount; bucket++)
            {
                if ((bucket & 63) == 0)
                {
                    rowsBefore[bucket >> 6] = row;
                }

                uint mask = input.Next();
                if (mask == 0)
                {
                    continue;
                }

                if (mask >> L != 0 || row == rowCount)
                {
                    throw new InvalidDataException("The entity model's label masks do not match its row count.");
                }

                present[bucket >> 6] |= 1UL << (bucket & 63);
                for (; mask != 0; mask &= mask - 1, values++)
                {
                    weights[row * L + BitOperations.TrailingZeroCount(mask)] = (float)BitConverter.UInt16BitsToHalf(input.Next());
                }

                row++;
            }
        }
        finally
        {
            input.Dispose();
        }

        return row == rowCount && values == valueCount
            ? new EmissionRows(bucketCount, weights, present, rowsBefore)
            : throw new InvalidDataException("The entity model's weights do not match its counts.");
    }

    /// <summary>Little-endian uint16 values from a stream through a small pooled buffer.</summary>
    private sealed class UInt16Reader(Stream stream) : IDisposable
    {
        private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        private int _position;
        private int _end;

        public ushort Next()
        {
            if (_end - _position < 2)
            {
                var left = _end - _position;
                _buffer.AsSpan(_position, left).CopyTo(_buffer);
                _end = left + stream.ReadAtLeast(_buffer.AsSpan(left), 2 - left, throwOnEndOfStream: false);
                _position = 0;
                if (_end < 2)
                {
                    throw new InvalidDataException("The entity model ends before its weights do.");
                }
            }

            var value = BinaryPrimitives.ReadUInt16LittleEndian(_buffer.AsSpan(_position));
            _position += 2;
            return value;
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
    }
}
