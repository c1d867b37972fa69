namespace Geopolitics.Nlp.Entities;

/// <summary>
/// Hashed sparse features of each token in a sentence: word forms in a ±2 window, affixes, shape, gazetteer hits and
/// title words. Casing features are left out for lower-cased text (NERP), so that corpus teaches words, not case.
/// </summary>
internal sealed class NerFeatures(Gazetteer gazetteer, WordLists words)
{
    /// <summary>Features per token, at most.</summary>
    public const int PerToken = 40;

    /// <summary>
    /// Fills <paramref name="features"/> (tokens.Count × <see cref="PerToken"/>, unused slots = -1) with feature hashes
    /// masked to <paramref name="mask"/>.
    /// </summary>
    public void Extract(IReadOnlyList<string> tokens, bool caseless, int mask, Span<int> features)
    {
        var n = tokens.Count;
        var lower = new string[n];
        var gaz = new int[n];
        for (var i = 0; i < n; i++)
        {
            lower[i] = tokens[i].ToLowerInvariant();
        }

        for (var i = 0; i < n;)
        {
            var len = gazetteer.Match(tokens, i, out var entry);
            if (len == 0)
            {
                i++;
                continue;
            }

            var type = 1 + (int)entry.Type * 2;
            gaz[i] = type;
            for (var k = i + 1; k < i + len; k++)
            {
                gaz[k] = type + 1;
            }

            i += len;
        }

        features.Fill(-1);
        for (var i = 0; i < n; i++)
        {
            var f = features.Slice(i * PerToken, PerToken);
            var j = 0;
            var w = lower[i];
            Put(f, ref j, mask, Hash(1, ""));
            Put(f, ref j, mask, Hash(2, w));
            Put(f, ref j, mask, Hash(3, i > 0 ? lower[i - 1] : "<s>"));
            Put(f, ref j, mask, Hash(4, i + 1 < n ? lower[i + 1] : "</s>"));
            Put(f, ref j, mask, Hash(5, i > 1 ? lower[i - 2] : "<s>"));
            Put(f, ref j, mask, Hash(6, i + 2 < n ? lower[i + 2] : "</s>"));
            Put(f, ref j, mask, Hash(7, i > 0 ? lower[i - 1] : "<s>", w));
            Put(f, ref j, mask, Hash(8, w, i + 1 < n ? lower[i + 1] : "</s>"));
            for (var k = 1; k <= 4 && k <= w.Length; k++)
            {
                Put(f, ref j, mask, Hash(10 + k, w.AsSpan(0, k)));
                Put(f, ref j, mask, Hash(20 + k, w.AsSpan(w.Length - k)));
            }

            Put(f, ref j, mask, Hash(30, gaz[i]));
            Put(f, ref j, mask, Hash(31, i > 0 ? gaz[i - 1] : -1));
            Put(f, ref j, mask, Hash(32, i + 1 < n ? gaz[i + 1] : -1));
            Put(f, ref j, mask, Hash(33, i > 0 && words.IsTitle(lower[i - 1]) ? "t" : "-"));
            Put(f, ref j, mask, Hash(34, words.IsTitle(w) ? "t" : "-"));
            Put(f, ref j, mask, Hash(35, i > 0 && words.IsEventHead(lower[i - 1]) ? "e" : "-"));
            Put(f, ref j, mask, Hash(36, words.IsLocationHead(w) ? "l" : "-"));
            Put(f, ref j, mask, Hash(37, w.Contains('-', StringComparison.Ordinal) ? "h" : "-"));
            if (caseless)
            {
                Put(f, ref j, mask, Hash(40, "caseless"));
                continue;
            }

            var shape = Shape(tokens[i]);
            Put(f, ref j, mask, Hash(41, shape));
            Put(f, ref j, mask, Hash(42, tokens[i]));
            Put(f, ref j, mask, Hash(43, i > 0 ? Shape(tokens[i - 1]) : "<s>"));
            Put(f, ref j, mask, Hash(44, i + 1 < n ? Shape(tokens[i + 1]) : "</s>"));
            Put(f, ref j, mask, Hash(45, i == 0 ? "first" : "mid", shape));
            Put(f, ref j, mask, Hash(46, shape, w));
        }
    }

    /// <summary>A short word shape: runs of upper (X), lower (x), digit (d) and other characters collapsed.</summary>
    public static string Shape(string token)
    {
        Span<char> buffer = stackalloc char[6];
        var n = 0;
        foreach (var c in token)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (n == 0 || buffer[n - 1] != s)
            {
                if (n == buffer.Length)
                {
                    break;
                }

                buffer[n++] = s;
            }
        }

        return new string(buffer[..n]);
    }

    private static void Put(Span<int> f, ref int j, int mask, uint hash) => f[j++] = (int)(hash & (uint)mask);

    private static uint Hash(int template, int value) => Hash(template, [(char)(value & 0xFFFF), (char)(value >> 16)]);

    private static uint Hash(int template, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var h = Hash(template, first);
        foreach (var c in second)
        {
            h = (h ^ c) * 16777619u;
        }

        return (h ^ (h >> 15)) * 2246822519u;
    }

    private static uint Hash(int template, ReadOnlySpan<char> text)
    {
        var h = 2166136261u ^ (uint)template * 16777619u;
        foreach (var c in text)
        {
            h = (h ^ c) * 16777619u;
        }

        return (h ^ (h >> 15)) * 2246822519u;
    }
}
