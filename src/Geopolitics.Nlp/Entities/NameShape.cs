namespace Geopolitics.Nlp.Entities;

/// <summary>What a token's spelling says about names: capitals, acronyms, ordinals, and runs of capitalized words.</summary>
internal static class NameShape
{
    /// <summary>Starts with a capital or a digit (<c>Rusia</c>, <c>88</c>).</summary>
    public static bool IsCapitalized(string token) =>
        token.Length > 0 && (char.IsUpper(token[0]) || char.IsDigit(token[0]));

    /// <summary>
    /// A name-like word: three letters or more, a capital first and lower-case letters after it (<c>Erdogan</c>,
    /// <c>McDonald</c>; not an acronym, which may name anything).
    /// </summary>
    public static bool IsNameWord(string token) =>
        token.Length >= 3 && char.IsUpper(token[0]) && token.AsSpan(1).ContainsAnyInRange('a', 'z');

    /// <summary>A brand written in lower case with a capital inside (<c>iNews</c>, <c>detikNews</c>, <c>eBay</c>).</summary>
    public static bool IsCamelCase(string token) =>
        token.Length >= 4 && char.IsLower(token[0]) && token.AsSpan(1).ContainsAnyInRange('A', 'Z');

    /// <summary>Starts with a letter or a digit (not punctuation).</summary>
    public static bool IsWord(string token) => token.Length > 0 && char.IsLetterOrDigit(token[0]);

    /// <summary>Mostly capitals (<c>KCNA</c>, <c>RDRK</c>, <c>IAEA</c>, <c>PBNU</c>), as an acronym in parentheses is written.</summary>
    public static bool IsAcronym(string token) =>
        token.Length is >= 2 and <= 10 && char.IsUpper(token[0]) && token.Count(char.IsUpper) * 2 > token.Length;

    /// <summary>Only capitals and digits, 2–8 long (<c>ASEAN</c>, <c>G20</c>).</summary>
    public static bool LooksLikeAcronym(string token) =>
        token.Length is >= 2 and <= 8 && char.IsUpper(token[0]) && token.All(c => char.IsUpper(c) || char.IsDigit(c));

    /// <summary>An edition number written <c>ke-43</c>.</summary>
    public static bool IsOrdinal(string token) =>
        token.Length > 3 && token.StartsWith("ke-", StringComparison.OrdinalIgnoreCase) && token.AsSpan(3).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>
    /// A regnal numeral (<c>XIII</c>, <c>II</c>, <c>I</c>): Roman numeral capitals only, up to six of them, as a pope's or a
    /// monarch's name ends (<c>Leo XIV</c>, <c>Charles III</c>); alone, only <c>I</c>, <c>V</c> or <c>X</c> (an <c>L</c> or
    /// <c>C</c> alone is an initial).
    /// </summary>
    public static bool IsRegnalNumeral(string token) =>
        token.Length is >= 1 and <= 6 && !token.AsSpan().ContainsAnyExcept("IVXLC") && (token.Length > 1 || token[0] is 'I' or 'V' or 'X');

    /// <summary>A spaced dash (<c>-</c>, en or em dash).</summary>
    public static bool IsDash(string token) => token is "-" or "\u2013" or "\u2014";

    /// <summary>
    /// A lower-case word that no name writes in lower case (<c>berita</c>, not <c>dan</c>, <c>bin</c>, <c>van</c>,
    /// <c>al-Sharaa</c> or <c>ke-43</c>): a name's own words are capitalized, so such a word describes the name instead.
    /// </summary>
    public static bool IsLowerCaseWord(string token)
    {
        if (token.Length == 0 || !char.IsLower(token[0]) || NameConnectives.Contains(token) || Passes.NameParticlePass.IsParticle(token))
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    // Lower-case words that join the words of a name besides surname particles (NameParticlePass): Indonesian, English
    // and other conjunctions, prepositions and articles (`Bosnia dan Herzegovina`, `Institute for the Study of War`).
    private static readonly HashSet<string> NameConnectives = new(StringComparer.Ordinal)
    {
        "dan", "untuk", "bagi", "tentang", "di", "dari", "ke", "of", "the", "for", "and", "on", "in", "at", "la", "le", "les", "el", "al",
        "ibn", "y", "e", "und", "des", "zu",
    };

    /// <summary>End of the run of capitalized words from <paramref name="start"/>, joined by <c>dan</c> or hyphens.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="start">First token of the run.</param>
    /// <param name="english">Whether English function words (<c>for</c>, <c>of</c>) may join it, as in English names.</param>
    public static int CapitalizedRun(IReadOnlyList<string> tokens, int start, bool english = false)
    {
        var end = start;
        while (end < tokens.Count)
        {
            if (IsCapitalized(tokens[end]))
            {
                end++;
            }
            else if ((tokens[end] is "dan" or "-" || (english && tokens[end] is "for" or "of" or "on" or "and" or "the" or "in")) &&
                     (end > start || english) && end + 1 < tokens.Count && IsCapitalized(tokens[end + 1]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>The first letters of the capitalized words in <paramref name="start"/>..<paramref name="end"/>.</summary>
    public static string Initials(IReadOnlyList<string> tokens, int start, int end)
    {
        var chars = new char[end - start];
        var n = 0;
        for (var k = start; k < end; k++)
        {
            if (char.IsUpper(tokens[k][0]))
            {
                chars[n++] = tokens[k][0];
            }
        }

        return new string(chars, 0, n);
    }
}
