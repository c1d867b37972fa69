using System.Globalization;
using System.Text;

namespace Geopolitics.Nlp.Cli.Output;

/// <summary>
/// Makes text safe to print on a terminal. Article text and file names are untrusted: an escape sequence in them
/// (<c>ESC]0;…</c> retitles the window, <c>ESC[2J</c> clears it) or a bidi override (which reorders what the reader
/// sees) must show as visible characters instead of acting. Every control character becomes an escape a person can
/// read: C0 and DEL and C1 as <c>\x1b</c>, bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
/// line and paragraph separators and lone surrogates as <c>\u202e</c>.
/// </summary>
internal static class TerminalText
{
    /// <summary>Returns <paramref name="text"/> with every unsafe character replaced by a visible escape.</summary>
    /// <param name="text">Text to print.</param>
    /// <param name="keepLineBreaks">Keep <c>\n</c> (multi-line output); otherwise it is escaped too, so the result is one line.</param>
    /// <param name="keepTabs">Keep <c>\t</c>.</param>
    public static string Sanitize(string? text, bool keepLineBreaks = false, bool keepTabs = true)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var first = FirstUnsafe(text, keepLineBreaks, keepTabs);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsUnsafe(c, keepLineBreaks, keepTabs))
            {
                builder.Append(c < 0x100
                    ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture)
                    : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int FirstUnsafe(string text, bool keepLineBreaks, bool keepTabs)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsUnsafe(c, keepLineBreaks, keepTabs))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsUnsafe(char c, bool keepLineBreaks, bool keepTabs) => c switch
    {
        '\n' => !keepLineBreaks,
        '\t' => !keepTabs,
        < ' ' => true,
        >= '\x7f' and <= '\x9f' => true,
        >= '\u202a' and <= '\u202e' => true,
        >= '\u2066' and <= '\u2069' => true,
        '\u2028' or '\u2029' => true,
        _ => char.IsSurrogate(c),
    };
}
