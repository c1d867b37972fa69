namespace Geopolitics.Nlp.Entities;

/// <summary>
/// Whether a short form abbreviates a run of words: by the words' beginnings in order, where function words of
/// foreign names may give a letter or none (<c>Petroleos de Venezuela SA</c> → <c>PDVSA</c>, <c>Petroleos
/// Mexicanos</c> → <c>Pemex</c>, <c>Bank of Japan</c> → <c>BOJ</c>), or, for an Indonesian translation of an English
/// acronym, by the same initials in another order (<c>Organisasi Maritim Internasional</c> → <c>IMO</c>).
/// </summary>
internal static class AbbreviationMatch
{
    /// <summary>The longest run read; longer runs are no expansion (and keep the matching bounded).</summary>
    private const int MaxWords = 10;

    /// <summary>Lower-case function words inside Spanish, Portuguese, French, Dutch, German and English names.</summary>
    private static readonly string[] Particles =
        ["de", "del", "la", "las", "los", "el", "des", "du", "da", "do", "dos", "das", "van", "von", "der", "of", "for", "and", "the", "y", "et"];

    /// <summary>A lower-case function word that a foreign name holds between its capitalized words.</summary>
    public static bool IsParticle(string token) => Array.IndexOf(Particles, token) >= 0;

    /// <summary>Whether <paramref name="shortForm"/> abbreviates the words [<paramref name="first"/>, <paramref name="end"/>) by their beginnings, in order.</summary>
    public static bool InOrder(string shortForm, IReadOnlyList<string> tokens, int first, int end)
    {
        if (end - first is < 1 or > MaxWords || shortForm.Length is < 2 or > 10 || !NameShape.IsCapitalized(tokens[first]) ||
            char.ToUpperInvariant(tokens[first][0]) != char.ToUpperInvariant(shortForm[0]))
        {
            return false;
        }

        // reach[a]: the first `a` letters of the short form are spelled by the words read so far.
        Span<bool> reach = stackalloc bool[shortForm.Length + 1];
        Span<bool> next = stackalloc bool[shortForm.Length + 1];
        reach[0] = true;
        for (var k = first; k < end; k++)
        {
            var word = tokens[k];
            // A legal form after the name (SA, AG, NV) may be spelled or not (Petrobras for Petroleo Brasileiro SA).
            var optional = IsParticle(word) || (k > first && word.Length <= 3 && !word.AsSpan().ContainsAnyExceptInRange('A', 'Z'));
            if (!optional && !char.IsUpper(word[0]))
            {
                return false;
            }

            next.Clear();
            for (var a = 0; a <= shortForm.Length; a++)
            {
                if (!reach[a])
                {
                    continue;
                }

                next[a] |= optional;
                // The word gives its first letters: one (Venezuela → V), a syllable (Mexicanos → Mex), or, in capitals, each
                // letter (SA → S, A).
                for (var j = 1; a + j <= shortForm.Length && j <= word.Length; j++)
                {
                    if (char.ToUpperInvariant(word[j - 1]) != char.ToUpperInvariant(shortForm[a + j - 1]))
                    {
                        break;
                    }

                    next[a + j] = true;
                }
            }

            next.CopyTo(reach);
        }

        return reach[shortForm.Length];
    }

    /// <summary>
    /// Whether the capitalized words [<paramref name="first"/>, <paramref name="end"/>), two or more, have exactly the
    /// letters of <paramref name="acronym"/> as initials in some order (a translated name: <c>Organisasi Maritim
    /// Internasional</c>, <c>IMO</c>).
    /// </summary>
    public static bool Permuted(string acronym, IReadOnlyList<string> tokens, int first, int end)
    {
        if (end - first < 2 || end - first != acronym.Length || acronym.Length > MaxWords)
        {
            return false;
        }

        Span<char> initials = stackalloc char[acronym.Length];
        Span<char> letters = stackalloc char[acronym.Length];
        for (var k = first; k < end; k++)
        {
            if (!char.IsUpper(tokens[k][0]) || !char.IsUpper(acronym[k - first]))
            {
                return false;
            }

            initials[k - first] = tokens[k][0];
            letters[k - first] = acronym[k - first];
        }

        initials.Sort();
        letters.Sort();
        return initials.SequenceEqual(letters);
    }
}
