namespace Geopolitics.Nlp.Entities;

/// <summary>
/// How person names are compared across spellings: diacritics folded, names split into parts, romanizations keyed,
/// and edit distances bounded. The canonicalizer, the known-people index and the written-spelling rules share them.
/// </summary>
internal static class NameSpelling
{
    // Latin letters with diacritics and their plain forms; string normalization is unavailable under invariant globalization.
    private const string Accented = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿĞğŞşİıŁłŽžŠšČčĆćŘřŇňĎďŤťŮůŐőŰűĂăȘșȚțĀāĒēĪīŌōŪūĘęĄąŚśŹźŻżŃń";
    private const string Plain = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyyGgSsIiLlZzSsCcCcRrNnDdTtUuOoUuAaSsTtAaEeIiOoUuEeAaSsZzZzNn";

    internal static string FoldDiacritics(string name)
    {
        if (name.All(char.IsAscii))
        {
            return name;
        }

        return string.Create(name.Length, name, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var at = Accented.IndexOf(source[i], StringComparison.Ordinal);
                span[i] = at < 0 ? source[i] : Plain[at];
            }
        });
    }

    internal static string[] Parts(string name) =>
        name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// A spelling-insensitive key for romanized names: lower-case letters only, with the usual alternations of
    /// Korean, Russian and Chinese romanizations folded (oe/oi → o, ee → i, sh/ch → s, c → s, y → i, double letters → one).
    /// </summary>
    internal static string TransliterationKey(string name)
    {
        // The folds run in this order, each over the whole key like string.Replace (left to right, matches not
        // overlapping), in a buffer on the stack: the key is computed for every new person name.
        Span<char> key = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                key[length++] = char.ToLowerInvariant(c);
            }
        }

        length = Fold(key, length, 'o', 'e', 'o');
        length = Fold(key, length, 'o', 'i', 'o');
        length = Fold(key, length, 'e', 'e', 'i');
        length = Fold(key, length, 's', 'h', 's');
        length = Fold(key, length, 'c', 'h', 's');
        var kept = 0;
        for (var i = 0; i < length; i++)
        {
            var c = key[i] switch { 'c' => 's', 'y' => 'i', var other => other };
            if (kept == 0 || key[kept - 1] != c)
            {
                key[kept++] = c;
            }
        }

        return new string(key[..kept]);
    }

    // Replaces each pair `first second` by `replacement`, left to right, in place; returns the new length.
    private static int Fold(Span<char> key, int length, char first, char second, char replacement)
    {
        var written = 0;
        for (var i = 0; i < length; i++)
        {
            if (key[i] == first && i + 1 < length && key[i + 1] == second)
            {
                key[written++] = replacement;
                i++;
            }
            else
            {
                key[written++] = key[i];
            }
        }

        return written;
    }

    /// <summary>Whether two different words are one insertion, deletion or substitution apart.</summary>
    internal static bool OneEditApart(string a, string b) =>
        a != b && Math.Abs(a.Length - b.Length) <= 1 && WithinEditDistance(a, b, 1);

    internal static bool Similar(string a, string b) => Similar(a, Letters(a), b, Letters(b));

    /// <summary>
    /// <see cref="Similar(string, string)"/> with each key's <see cref="Letters"/> given: a letter one key has and the
    /// other lacks costs at least one edit, so most pairs are told apart without the edit distance.
    /// </summary>
    internal static bool Similar(string a, ulong lettersA, string b, ulong lettersB)
    {
        var limit = Math.Min(a.Length, b.Length) switch { >= 8 => 2, >= 5 => 1, _ => 0 };
        return Math.Abs(a.Length - b.Length) <= limit &&
               Math.Max(ulong.PopCount(lettersA & ~lettersB), ulong.PopCount(lettersB & ~lettersA)) <= (ulong)limit &&
               WithinEditDistance(a, b, limit);
    }

    /// <summary>
    /// The set of letters in <paramref name="key"/> as bits (a–z one each, other characters folded onto the rest). A bit
    /// set in one key's set and not in another's is a character the other lacks, whatever shares the bit.
    /// </summary>
    internal static ulong Letters(string key)
    {
        var bits = 0UL;
        foreach (var c in key)
        {
            bits |= 1UL << (c is >= 'a' and <= 'z' ? c - 'a' : 26 + (c % 38));
        }

        return bits;
    }

    /// <summary>
    /// Whether the Levenshtein distance of <paramref name="a"/> and <paramref name="b"/> is at most
    /// <paramref name="limit"/>, computed in the diagonal band of that width only: linear in the length, so a name of a
    /// megabyte costs no more than reading it.
    /// </summary>
    private static bool WithinEditDistance(string a, string b, int limit)
    {
        const int Far = int.MaxValue / 2;
        var width = 2 * limit + 1;
        Span<int> previous = stackalloc int[width + 2];
        Span<int> current = stackalloc int[width + 2];

        // Cell (i, j) lives at band index j - i + limit + 1 (0 and width + 1 are sentinels outside the band).
        previous.Fill(Far);
        for (var j = 0; j <= Math.Min(limit, b.Length); j++)
        {
            previous[j + limit + 1] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current.Fill(Far);
            var best = Far;
            for (var j = Math.Max(0, i - limit); j <= Math.Min(b.Length, i + limit); j++)
            {
                var at = j - i + limit + 1;
                var value = j == 0
                    ? i
                    : Math.Min(Math.Min(current[at - 1] + 1, previous[at + 1] + 1), previous[at] + (a[i - 1] == b[j - 1] ? 0 : 1));
                current[at] = value;
                best = Math.Min(best, value);
            }

            if (best > limit)
            {
                return false;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        var last = b.Length - a.Length + limit + 1;
        return last >= 1 && last <= width && previous[last] <= limit;
    }
}
