using System.Buffers;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// Hashed sparse features of each token in a sentence: word forms in a ±2 window, affixes, shape, unsupervised word
/// classes, gazetteer hits (BIO of the longest match) and title / event / place head words. Casing features are left
/// out for lower-cased text (NERP), so that corpus teaches words, not case. What a word contributes is computed once per
/// distinct form (<see cref="WordForm"/>); features are integer mixes of those hashes.
/// </summary>
internal sealed class NerFeatures
{
    /// <summary>Features per token, at most.</summary>
    public const int PerToken = 56;

    private const uint Start = 0x9E3779B9u;
    private const uint End = 0x85EBCA6Bu;

    /// <summary>Padded arrays up to this many tokens live on the stack; longer sentences rent them.</summary>
    private const int StackTokens = 256;

    private readonly Gazetteer _gazetteer;
    private readonly bool _hasClasses;
    private readonly bool _granular;

    public NerFeatures(Gazetteer gazetteer, EntityLexicon words, IReadOnlyDictionary<string, int> clusters)
    {
        _gazetteer = gazetteer;
        _hasClasses = clusters.Count > 0;
        _granular = clusters.Values.Any(v => v >= 1 << 10);
        Forms = new WordFormTable(gazetteer, words, clusters);
    }

    /// <summary>The word forms the features read, shared by every sentence this instance tags.</summary>
    public WordFormTable Forms { get; }

    /// <summary>
    /// Fills <paramref name="features"/> (tokens.Count × <see cref="PerToken"/>, unused slots = -1) with feature hashes
    /// masked to <paramref name="mask"/>.
    /// </summary>
    public void Extract(IReadOnlyList<string> tokens, bool caseless, int mask, Span<int> features) =>
        Extract(Forms.GetAll(tokens), tokens, caseless, mask, features);

    /// <summary>
    /// Fills <paramref name="features"/> for a sentence whose word forms are <paramref name="forms"/> and whose tokens,
    /// as the gazetteer reads them, are <paramref name="tokens"/>.
    /// </summary>
    public void Extract(ReadOnlySpan<WordForm> forms, IReadOnlyList<string> tokens, bool caseless, int mask, Span<int> features) =>
        Extract(forms, tokens, caseless, mask, features, withForm: true);

    /// <summary>
    /// Like <see cref="Extract(ReadOnlySpan{WordForm}, IReadOnlyList{string}, bool, int, Span{int})"/>, but only the
    /// features that read a token's neighbours or position: the rest are <see cref="FormFeatures"/>.
    /// </summary>
    public void ExtractContext(ReadOnlySpan<WordForm> forms, IReadOnlyList<string> tokens, bool caseless, int mask, Span<int> features) =>
        Extract(forms, tokens, caseless, mask, features, withForm: false);

    private void Extract(ReadOnlySpan<WordForm> forms, IReadOnlyList<string> tokens, bool caseless, int mask, Span<int> features, bool withForm)
    {
        var n = forms.Length;
        var padded = n + 4;
        uint[]? rented = null;
        var scratch = padded <= StackTokens + 4
            ? stackalloc uint[5 * padded]
            : (rented = ArrayPool<uint>.Shared.Rent(5 * padded)).AsSpan(0, 5 * padded);
        try
        {
            Extract(forms, tokens, caseless, mask, features, scratch, withForm);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<uint>.Shared.Return(rented);
            }
        }
    }

    private void Extract(
        ReadOnlySpan<WordForm> forms, IReadOnlyList<string> tokens, bool caseless, int mask, Span<int> features, Span<uint> scratch, bool withForm)
    {
        var n = forms.Length;
        var padded = n + 4;
        var word = scratch[..padded];
        var cluster = scratch.Slice(padded, padded);
        var coarse = scratch.Slice(2 * padded, padded);
        var gaz = scratch.Slice(3 * padded, padded);
        var shape = scratch.Slice(4 * padded, padded);
        gaz.Clear();
        word[0] = word[1] = cluster[0] = cluster[1] = coarse[0] = coarse[1] = shape[0] = shape[1] = Start;
        word[n + 2] = word[n + 3] = cluster[n + 2] = cluster[n + 3] = coarse[n + 2] = coarse[n + 3] = shape[n + 2] = shape[n + 3] = End;
        gaz[0] = gaz[1] = gaz[n + 2] = gaz[n + 3] = 99;
        for (var i = 0; i < n; i++)
        {
            var form = forms[i];
            word[i + 2] = form.WordHash;
            // Word classes packed 10 bits per granularity: middle, coarse, fine (0x3FF = none); the fine one is a form feature.
            var packed = form.Classes;
            cluster[i + 2] = packed & 0x3FF;
            coarse[i + 2] = (packed >> 10) & 0x3FF;
            shape[i + 2] = form.ShapeHash;
        }

        for (var i = 0; i < n;)
        {
            GazetteerEntry entry = null!;
            var len = forms[i].Has(WordFlags.NameStart) ? _gazetteer.Match(tokens, i, out entry) : 0;
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
            var j = withForm ? FormFeatures(forms[i], caseless, mask, f) : 0;
            var x = i + 2; // index into the padded arrays
            var titleBefore = i > 0 && forms[i - 1].Has(WordFlags.Title);
            var titleTwoBefore = i > 1 && forms[i - 2].Has(WordFlags.Title);
            f[j++] = (int)(Mix(3, word[x - 1]) & m);
            f[j++] = (int)(Mix(4, word[x + 1]) & m);
            f[j++] = (int)(Mix(5, word[x - 2]) & m);
            f[j++] = (int)(Mix(6, word[x + 2]) & m);
            f[j++] = (int)(Mix(7, word[x - 1], word[x]) & m);
            f[j++] = (int)(Mix(8, word[x], word[x + 1]) & m);
            f[j++] = (int)(Mix(9, word[x - 1], word[x + 1]) & m);
            f[j++] = (int)(Mix(30, gaz[x]) & m);
            f[j++] = (int)(Mix(31, gaz[x - 1]) & m);
            f[j++] = (int)(Mix(32, gaz[x + 1]) & m);
            f[j++] = (int)(Mix(38, gaz[x - 1], gaz[x]) & m);
            f[j++] = (int)(Mix(39, gaz[x], word[x]) & m);
            f[j++] = (int)(Mix(33, titleBefore ? 1u : 0u) & m);
            f[j++] = (int)(Mix(35, i > 0 && forms[i - 1].Has(WordFlags.EventHead) ? 1u : 0u) & m);
            f[j++] = (int)(Mix(47, titleTwoBefore ? 1u : 0u, titleBefore ? 1u : 0u) & m);
            f[j++] = (int)(Mix(48, titleBefore ? 1u : 0u, word[x]) & m);
            if (_hasClasses)
            {
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
                    f[j++] = (int)(Mix(66, coarse[x - 1]) & m);
                    f[j++] = (int)(Mix(67, coarse[x + 1]) & m);
                    f[j++] = (int)(Mix(69, coarse[x - 1], coarse[x]) & m);
                    f[j++] = (int)(Mix(70, coarse[x], coarse[x + 1]) & m);
                }
            }

            f[j++] = (int)(Mix(59, i == 0 ? 1u : i == n - 1 ? 2u : 0u) & m);
            if (caseless)
            {
                continue;
            }

            f[j++] = (int)(Mix(43, shape[x - 1]) & m);
            f[j++] = (int)(Mix(44, shape[x + 1]) & m);
            f[j++] = (int)(Mix(45, i == 0 ? 1u : 0u, shape[x]) & m);
            f[j++] = (int)(Mix(60, shape[x - 1], shape[x]) & m);
            f[j++] = (int)(Mix(61, shape[x], shape[x + 1]) & m);
            f[j++] = (int)(Mix(62, shape[x - 2]) & m);
            f[j] = (int)(Mix(63, shape[x + 2]) & m);
        }
    }

    /// <summary>
    /// Writes the features that read nothing but the word form itself (its word, affixes, flags, classes and shape) into
    /// <paramref name="features"/>; returns how many. They are the same wherever the form stands, so a tagger may score
    /// them once per form.
    /// </summary>
    public int FormFeatures(WordForm form, bool caseless, int mask, Span<int> features)
    {
        var m = (uint)mask;
        var f = features;
        var j = 0;
        var cluster = form.Classes & 0x3FF;
        f[j++] = (int)(Mix(1, 0) & m);
        f[j++] = (int)(Mix(2, form.WordHash) & m);
        for (var k = 1; k <= form.AffixCount; k++)
        {
            f[j++] = (int)(Mix(10 + (uint)k, form.Prefix(k)) & m);
        }

        for (var k = 1; k <= form.AffixCount; k++)
        {
            f[j++] = (int)(Mix(20 + (uint)k, form.Suffix(k)) & m);
        }

        f[j++] = (int)(Mix(34, form.Has(WordFlags.Title) ? 1u : 0u) & m);
        f[j++] = (int)(Mix(36, form.Has(WordFlags.LocationHead) ? 1u : 0u) & m);
        f[j++] = (int)(Mix(37, form.Has(WordFlags.Hyphenated) ? 1u : 0u) & m);
        if (_hasClasses)
        {
            f[j++] = (int)(Mix(50, cluster) & m);
            if (_granular)
            {
                f[j++] = (int)(Mix(65, (form.Classes >> 10) & 0x3FF) & m);
                f[j++] = (int)(Mix(68, form.Classes >> 20) & m);
            }
        }

        if (caseless)
        {
            f[j++] = (int)(Mix(40, 0) & m);
            return j;
        }

        f[j++] = (int)(Mix(41, form.ShapeHash) & m);
        f[j++] = (int)(Mix(42, form.RawHash) & m);
        f[j++] = (int)(Mix(46, form.ShapeHash, form.WordHash) & m);
        f[j++] = (int)(Mix(64, form.ShapeHash, cluster) & m);
        return j;
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
