namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Derives the word forms of a reporting verb's family from its root by Indonesian affixation, so that
/// <c>cues.tsv</c> lists <c>ungkap</c> once with the patterns <c>meN</c>, <c>meN-kan</c>, <c>di</c>, <c>di-kan</c>
/// instead of every form by hand. Patterns: <c>base</c> (the root itself), <c>meN</c>, <c>meN-kan</c>, <c>meN-i</c>,
/// <c>memper</c>, <c>memper-kan</c>, <c>di</c>, <c>di-kan</c>, <c>di-i</c>, <c>diper-kan</c>, <c>ber</c>,
/// <c>ber-an</c>.
/// </summary>
/// <remarks>
/// The active prefix <c>meN-</c> assimilates its nasal to the root's first sound: <c>mem-</c> before b, f, v and p
/// (p drops: <c>puji</c> → <c>memuji</c>); <c>men-</c> before d, c, j, z and t (t drops: <c>tegas</c> →
/// <c>menegaskan</c>); <c>meny-</c> for s (s drops: <c>sampai</c> → <c>menyampaikan</c>); <c>meng-</c> before vowels,
/// g, h and k (k drops: <c>kata</c> → <c>mengatakan</c>); <c>me-</c> before l, m, n, r, w and y; <c>menge-</c> before a
/// one-syllable root. A consonant cluster keeps its first consonant (<c>klaim</c> → <c>mengklaim</c>,
/// <c>prediksi</c> → <c>memprediksi</c>). <c>ber-</c> loses its r before a root that starts with r.
/// </remarks>
internal static class CueMorphology
{
    /// <summary>The form of <paramref name="root"/> under <paramref name="pattern"/>.</summary>
    /// <exception cref="ArgumentException">The pattern is not one of the documented ones, or the root is empty.</exception>
    public static string Derive(string root, string pattern)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        var dash = pattern.IndexOf('-', StringComparison.Ordinal);
        var prefix = dash < 0 ? pattern : pattern[..dash];
        var suffix = dash < 0 ? "" : pattern[(dash + 1)..];
        if (suffix is not ("" or "kan" or "i" or "an"))
        {
            throw new ArgumentException($"unknown suffix in cue pattern '{pattern}'", nameof(pattern));
        }

        var stem = prefix switch
        {
            "base" => root,
            "meN" => Nasal(root),
            "memper" => "memper" + root,
            "di" => "di" + root,
            "diper" => "diper" + root,
            "ber" => (root[0] == 'r' ? "be" : "ber") + root,
            _ => throw new ArgumentException($"unknown prefix in cue pattern '{pattern}'", nameof(pattern)),
        };

        // `-i` after a root ending in i is written once (`meN-i` + `yakin` → `meyakini`, but never `…ii`).
        return suffix == "i" && stem.EndsWith('i') ? stem : stem + suffix;
    }

    /// <summary>The root with the active prefix <c>meN-</c>.</summary>
    public static string Nasal(string root)
    {
        var first = root[0];
        var cluster = root.Length > 1 && IsConsonant(first) && IsConsonant(root[1]) && root[1] is not ('y' or 'h');
        if (Syllables(root) == 1)
        {
            return "menge" + root;
        }

        return first switch
        {
            'b' or 'f' or 'v' => "mem" + root,
            'p' => cluster ? "mem" + root : "mem" + root[1..],
            'd' or 'c' or 'j' or 'z' => "men" + root,
            't' => cluster ? "men" + root : "men" + root[1..],
            's' => cluster ? "men" + root : "meny" + root[1..],
            'k' => cluster ? "meng" + root : "meng" + root[1..],
            'g' or 'h' => "meng" + root,
            'l' or 'm' or 'n' or 'r' or 'w' or 'y' => "me" + root,
            _ when IsVowel(first) => "meng" + root,
            _ => "me" + root,
        };
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsConsonant(char c) => char.IsLetter(c) && !IsVowel(c);

    // Vowel letters: `bom` has one; `klaim` two (kla-im), so vowels are counted one by one, not as groups.
    private static int Syllables(string root)
    {
        var count = 0;
        foreach (var c in root)
        {
            count += IsVowel(c) ? 1 : 0;
        }

        return count;
    }
}
