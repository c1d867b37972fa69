namespace Geopolitics.Nlp.Entities;

/// <summary>
/// Hashed sparse features of each token in a sentence: word forms in a ±2 window, affixes, shape, unsupervised word
/// classes, gazetteer hits (BIO of the longest match) and title / event / place head words. Casing features are left
/// out for lower-cased text (NERP), so that corpus teaches words, not case. Every string is hashed once per token;
/// features are integer mixes of those hashes.
/// </summary>
internal sealed class NerFeatures(Gazetteer gazetteer, EntityLexicon words, IReadOnlyDictionary<string, int> clusters)
{
    /// <summary>Features per token, at most.</summary>
    public const int PerToken = 56;

    private const uint Start = 0x9E3779B9u;
    private const uint End = 0x85EBCA6Bu;

    private readonly bool _granular = clusters.Values.Any(v => v >= 1 << 10);

    /// <summary>
    /// Fills <paramref name="features"/> (tokens.Count × <see cref="PerToken"/>, unused slots = -1) with feature hashes
    /// masked to <paramref name="mask"/>.
    /// </summary>
    public void Extract(IReadOnlyList<string> tokens, bool caseless, int mask, Span<int> features)
    {
        var n = tokens.Count;
        var word = new uint[n + 4];
        var cluster = new uint[n + 4];
        var coarse = new uint[n + 4];
        var fine = new uint[n + 4];
        var gaz = new uint[n + 4];
        var title = new bool[n + 4];
        var shape = new uint[n + 4];
        word[0] = word[1] = cluster[0] = cluster[1] = coarse[0] = coarse[1] = shape[0] = shape[1] = Start;
        word[n + 2] = word[n + 3] = cluster[n + 2] = cluster[n + 3] = coarse[n + 2] = coarse[n + 3] = shape[n + 2] = shape[n + 3] = End;
        gaz[0] = gaz[1] = gaz[n + 2] = gaz[n + 3] = 99;
        var lower = new string[n];
        for (var i = 0; i < n; i++)
        {
            var w = lower[i] = tokens[i].ToLowerInvariant();
            word[i + 2] = Fnv(w);
            // Up to three granularities packed 10 bits each: middle, coarse, fine (0x3FF = none).
            var packed = clusters.TryGetValue(w, out var c) ? (uint)c : 0x3FFFFFFFu;
            cluster[i + 2] = packed & 0x3FF;
            coarse[i + 2] = (packed >> 10) & 0x3FF;
            fine[i + 2] = packed >> 20;
            title[i + 2] = words.IsTitle(w);
            shape[i + 2] = ShapeHash(tokens[i]);
        }

        for (var i = 0; i < n;)
        {
            var len = gazetteer.Match(tokens, i, out var entry);
            if (len == 0)
            {
                i++;
                continue;
            }

            var type = 1 + (uint)entry.Type * 2;
            gaz[i + 2] = type;
            for (var k = i + 1; k < i + len; k++)
            {
                gaz[k + 2] = type + 1;
            }

            i += len;
        }

        features.Fill(-1);
        var m = (uint)mask;
        for (var i = 0; i < n; i++)
        {
            var f = features.Slice(i * PerToken, PerToken);
            var j = 0;
            var x = i + 2; // index into the padded arrays
            var w = lower[i];
            f[j++] = (int)(Mix(1, 0) & m);
            f[j++] = (int)(Mix(2, word[x]) & m);
            f[j++] = (int)(Mix(3, word[x - 1]) & m);
            f[j++] = (int)(Mix(4, word[x + 1]) & m);
            f[j++] = (int)(Mix(5, word[x - 2]) & m);
            f[j++] = (int)(Mix(6, word[x + 2]) & m);
            f[j++] = (int)(Mix(7, word[x - 1], word[x]) & m);
            f[j++] = (int)(Mix(8, word[x], word[x + 1]) & m);
            f[j++] = (int)(Mix(9, word[x - 1], word[x + 1]) & m);
            var prefix = 2166136261u;
            for (var k = 1; k <= 4 && k <= w.Length; k++)
            {
                prefix = (prefix ^ w[k - 1]) * 16777619u;
                f[j++] = (int)(Mix(10 + (uint)k, prefix) & m);
            }

            var suffix = 2166136261u;
            for (var k = 1; k <= 4 && k <= w.Length; k++)
            {
                suffix = (suffix ^ w[^k]) * 16777619u;
                f[j++] = (int)(Mix(20 + (uint)k, suffix) & m);
            }

            f[j++] = (int)(Mix(30, gaz[x]) & m);
            f[j++] = (int)(Mix(31, gaz[x - 1]) & m);
            f[j++] = (int)(Mix(32, gaz[x + 1]) & m);
            f[j++] = (int)(Mix(38, gaz[x - 1], gaz[x]) & m);
            f[j++] = (int)(Mix(39, gaz[x], word[x]) & m);
            f[j++] = (int)(Mix(33, title[x - 1] ? 1u : 0u) & m);
            f[j++] = (int)(Mix(34, title[x] ? 1u : 0u) & m);
            f[j++] = (int)(Mix(35, i > 0 && words.IsEventHead(lower[i - 1]) ? 1u : 0u) & m);
            f[j++] = (int)(Mix(36, words.IsLocationHead(w) ? 1u : 0u) & m);
            f[j++] = (int)(Mix(37, w.Contains('-', StringComparison.Ordinal) ? 1u : 0u) & m);
            f[j++] = (int)(Mix(47, title[x - 2] ? 1u : 0u, title[x - 1] ? 1u : 0u) & m);
            f[j++] = (int)(Mix(48, title[x - 1] ? 1u : 0u, word[x]) & m);
            if (clusters.Count > 0)
            {
                f[j++] = (int)(Mix(50, cluster[x]) & m);
                f[j++] = (int)(Mix(51, cluster[x - 1]) & m);
                f[j++] = (int)(Mix(52, cluster[x + 1]) & m);
                f[j++] = (int)(Mix(53, cluster[x - 2]) & m);
                f[j++] = (int)(Mix(54, cluster[x + 2]) & m);
                f[j++] = (int)(Mix(55, cluster[x - 1], cluster[x]) & m);
                f[j++] = (int)(Mix(56, cluster[x], cluster[x + 1]) & m);
                f[j++] = (int)(Mix(57, cluster[x], word[x - 1]) & m);
                f[j++] = (int)(Mix(58, cluster[x], word[x + 1]) & m);
                if (_granular)
                {
                    f[j++] = (int)(Mix(65, coarse[x]) & m);
                    f[j++] = (int)(Mix(66, coarse[x - 1]) & m);
                    f[j++] = (int)(Mix(67, coarse[x + 1]) & m);
                    f[j++] = (int)(Mix(68, fine[x]) & m);
                    f[j++] = (int)(Mix(69, coarse[x - 1], coarse[x]) & m);
                    f[j++] = (int)(Mix(70, coarse[x], coarse[x + 1]) & m);
                }
            }

            f[j++] = (int)(Mix(59, i == 0 ? 1u : i == n - 1 ? 2u : 0u) & m);
            if (caseless)
            {
                f[j++] = (int)(Mix(40, 0) & m);
                continue;
            }

            f[j++] = (int)(Mix(41, shape[x]) & m);
            f[j++] = (int)(Mix(42, Fnv(tokens[i])) & m);
            f[j++] = (int)(Mix(43, shape[x - 1]) & m);
            f[j++] = (int)(Mix(44, shape[x + 1]) & m);
            f[j++] = (int)(Mix(45, i == 0 ? 1u : 0u, shape[x]) & m);
            f[j++] = (int)(Mix(46, shape[x], word[x]) & m);
            f[j++] = (int)(Mix(60, shape[x - 1], shape[x]) & m);
            f[j++] = (int)(Mix(61, shape[x], shape[x + 1]) & m);
            f[j++] = (int)(Mix(62, shape[x - 2]) & m);
            f[j++] = (int)(Mix(63, shape[x + 2]) & m);
            f[j++] = (int)(Mix(64, shape[x], cluster[x]) & m);
        }
    }

    /// <summary>A short word shape: runs of upper (X), lower (x), digit (d) and other characters collapsed.</summary>
    public static string Shape(string token)
    {
        Span<char> buffer = stackalloc char[6];
        return new string(buffer[..ShapeOf(token, buffer)]);
    }

    private static int ShapeOf(string token, Span<char> buffer)
    {
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

        return n;
    }

    private static uint ShapeHash(string token)
    {
        Span<char> buffer = stackalloc char[6];
        return Fnv(buffer[..ShapeOf(token, buffer)]);
    }

    private static uint Fnv(ReadOnlySpan<char> text)
    {
        var h = 2166136261u;
        foreach (var c in text)
        {
            h = (h ^ c) * 16777619u;
        }

        return h;
    }

    private static uint Mix(uint template, uint value)
    {
        var h = (template * 0x9E3779B1u) ^ value;
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        return h ^ (h >> 16);
    }

    private static uint Mix(uint template, uint first, uint second) => Mix(template, Mix(first + 0x27D4EB2Fu, second));
}
