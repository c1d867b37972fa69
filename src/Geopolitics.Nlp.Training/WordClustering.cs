namespace Geopolitics.Nlp.Training;

/// <summary>
/// Unsupervised word classes by the exchange algorithm (Kneser &amp; Ney 1993; Martin, Liermann &amp; Ney 1998): moves
/// each word to the class that most increases the likelihood of a class-bigram model of the raw text. Deterministic:
/// words are visited by frequency (ties ordinal), initial class = frequency rank mod class count, ties keep the lowest
/// class index.
/// </summary>
internal static class WordClustering
{
    private const string Boundary = "<s>";
    private const string Unknown = "<unk>";

    /// <summary>Lower-case word → class for every word seen at least <paramref name="minCount"/> times.</summary>
    public static Dictionary<string, int> Compute(IEnumerable<string[]> sentences, int classes, int minCount, int iterations)
    {
        var text = sentences.Select(s => s.Select(t => t.ToLowerInvariant()).ToArray()).ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in text.SelectMany(s => s))
        {
            frequency[token] = frequency.GetValueOrDefault(token) + 1;
        }

        var vocabulary = frequency.Where(p => p.Value >= minCount).OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).Prepend(Unknown).Prepend(Boundary).ToList();
        var index = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var v = vocabulary.Count;

        // Word bigram counts (sentence boundaries as a word) as successor / predecessor lists.
        var bigrams = new Dictionary<long, int>();
        var count = new int[v];
        foreach (var sentence in text)
        {
            var previous = 0;
            count[0]++;
            foreach (var token in sentence.Append(Boundary))
            {
                var id = token == Boundary ? 0 : index.GetValueOrDefault(token, 1);
                if (token != Boundary)
                {
                    count[id]++;
                }

                var key = ((long)previous << 32) | (uint)id;
                bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
                previous = id;
            }
        }

        var successors = new List<(int Word, int Count)>[v];
        var predecessors = new List<(int Word, int Count)>[v];
        for (var i = 0; i < v; i++)
        {
            (successors[i], predecessors[i]) = ([], []);
        }

        foreach (var (key, n) in bigrams.OrderBy(p => p.Key))
        {
            int a = (int)(key >> 32), b = (int)(key & 0xFFFFFFFF);
            successors[a].Add((b, n));
            predecessors[b].Add((a, n));
        }

        var total = count.Sum() + bigrams.Values.Sum();
        var f = new double[total + 1];
        for (var x = 1; x <= total; x++)
        {
            f[x] = x * Math.Log(x);
        }

        var cls = new int[v];
        var m = new int[classes * classes];
        var nc = new int[classes];
        for (var i = 0; i < v; i++)
        {
            cls[i] = i % classes;
            nc[cls[i]] += count[i];
        }

        foreach (var (key, n) in bigrams)
        {
            m[cls[(int)(key >> 32)] * classes + cls[(int)(key & 0xFFFFFFFF)]] += n;
        }

        var right = new int[classes];
        var left = new int[classes];
        var touchedRight = new List<int>();
        var touchedLeft = new List<int>();
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var moved = 0;
            for (var w = 0; w < v; w++)
            {
                var self = 0;
                touchedRight.Clear();
                touchedLeft.Clear();
                foreach (var (u, n) in successors[w])
                {
                    if (u == w)
                    {
                        self = n;
                        continue;
                    }

                    if (right[cls[u]] == 0)
                    {
                        touchedRight.Add(cls[u]);
                    }

                    right[cls[u]] += n;
                }

                foreach (var (u, n) in predecessors[w])
                {
                    if (u == w)
                    {
                        continue;
                    }

                    if (left[cls[u]] == 0)
                    {
                        touchedLeft.Add(cls[u]);
                    }

                    left[cls[u]] += n;
                }

                var from = cls[w];
                Move(from, -1);
                var best = from;
                var bestDelta = Delta(from);
                for (var b = 0; b < classes; b++)
                {
                    var d = Delta(b);
                    if (d > bestDelta + 1e-9)
                    {
                        (best, bestDelta) = (b, d);
                    }
                }

                Move(best, +1);
                if (best != from)
                {
                    cls[w] = best;
                    moved++;
                }

                foreach (var c in touchedRight)
                {
                    right[c] = 0;
                }

                foreach (var c in touchedLeft)
                {
                    left[c] = 0;
                }

                double Delta(int b)
                {
                    var d = 0.0;
                    foreach (var c in touchedRight)
                    {
                        if (c != b)
                        {
                            d += f[m[b * classes + c] + right[c]] - f[m[b * classes + c]];
                        }
                    }

                    foreach (var c in touchedLeft)
                    {
                        if (c != b)
                        {
                            d += f[m[c * classes + b] + left[c]] - f[m[c * classes + b]];
                        }
                    }

                    var bb = m[b * classes + b];
                    d += f[bb + right[b] + left[b] + self] - f[bb];
                    return d - 2 * (f[nc[b] + count[w]] - f[nc[b]]);
                }

                void Move(int c, int sign)
                {
                    foreach (var r in touchedRight)
                    {
                        m[c * classes + r] += sign * right[r];
                    }

                    foreach (var l in touchedLeft)
                    {
                        m[l * classes + c] += sign * left[l];
                    }

                    m[c * classes + c] += sign * self;
                    nc[c] += sign * count[w];
                }
            }

            Console.WriteLine($"  clustering pass {iteration + 1}: {moved} of {v} words moved");
            if (moved == 0)
            {
                break;
            }
        }

        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 2; i < v; i++)
        {
            result[vocabulary[i]] = cls[i];
        }

        return result;
    }

    /// <summary>Surface tokens of a CoNLL-U file (multiword tokens as written, their parts skipped).</summary>
    public static IEnumerable<string[]> ReadConllu(string path)
    {
        var tokens = new List<string>();
        var skipUntil = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (tokens.Count > 0)
                {
                    yield return tokens.ToArray();
                }

                tokens.Clear();
                skipUntil = 0;
                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            var id = fields[0];
            if (id.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            var dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                skipUntil = int.Parse(id[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                tokens.Add(fields[1]);
                continue;
            }

            if (int.Parse(id, System.Globalization.CultureInfo.InvariantCulture) > skipUntil)
            {
                tokens.Add(fields[1]);
            }
        }

        if (tokens.Count > 0)
        {
            yield return tokens.ToArray();
        }
    }
}
