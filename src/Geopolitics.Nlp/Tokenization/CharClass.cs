using System.Globalization;

namespace Geopolitics.Nlp.Tokenization;

/// <summary>Character tests the tokenizer and the later stages share.</summary>
internal static class CharClass
{
    /// <summary>Letters, digits and combining marks: what words are made of.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : IsNonAsciiWordChar(c);

    private static bool IsNonAsciiWordChar(char c)
    {
        if (char.IsSurrogate(c))
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is <= UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    /// <summary>Characters that separate tokens and are never part of one: white space, controls, format characters.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsSeparator(char c) => c <= ' ' || (c >= 127 && IsNonAsciiSeparator(c));

    private static bool IsNonAsciiSeparator(char c)
    {
        if (c == '\u007F' || char.IsWhiteSpace(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format;
    }

    /// <summary>Hyphen-like characters that join the parts of a word (<c>negara-negara</c>).</summary>
    public static bool IsWordHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Apostrophes that may stand inside a word (<c>Jum'at</c>).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>Line breaks, including the Unicode line and paragraph separators.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\u000B' or '\u000C';

    /// <summary>
    /// Whether a line ends at <paramref name="i"/>: LF, a lone CR (old Mac files, some scrapers) and the other
    /// <see cref="IsLineBreak"/> characters each end one, and CRLF ends one line, at its LF.
    /// </summary>
    public static bool IsLineBreakAt(ReadOnlySpan<char> text, int i) =>
        IsLineBreak(text[i]) && !(text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n');

    /// <summary>Whether the character is an upper-case letter.</summary>
    public static bool IsUpper(char c) => c < 128 ? char.IsAsciiLetterUpper(c) : char.IsUpper(c);

    /// <summary>Whether the character is a lower-case letter.</summary>
    public static bool IsLower(char c) => c < 128 ? char.IsAsciiLetterLower(c) : char.IsLower(c);
}
