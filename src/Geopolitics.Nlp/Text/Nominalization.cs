namespace Geopolitics.Nlp.Text;

/// <summary>
/// Nouns formed with the Indonesian circumfixes ke-…-an and pe(r)-…-an (<c>keprihatinan</c>, <c>Kepresidenan</c>,
/// <c>penolakan</c>, <c>Persatuan</c>): names of states, acts and offices, never a person's name or a clause's verb.
/// </summary>
internal static class Nominalization
{
    private const int MinLength = 8;

    /// <summary>
    /// Whether <paramref name="word"/> has the shape of such a noun: <c>ke</c> or <c>pe</c> (any case for the first letter),
    /// <c>an</c> at the end, no capital after the first letter, and eight letters or more (<c>kelapa</c>, <c>Pertiwi</c>,
    /// <c>dengan</c> are not).
    /// </summary>
    public static bool IsKeOrPeAn(ReadOnlySpan<char> word) =>
        word.Length >= MinLength && (word[0] | 0x20) is 'k' or 'p' && word[1] == 'e' && word.EndsWith("an", StringComparison.Ordinal) &&
        word[1..].IndexOfAnyInRange('A', 'Z') < 0;
}
