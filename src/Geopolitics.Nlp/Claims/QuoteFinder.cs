using System.Collections.Immutable;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Pairs quotation marks in one left-to-right pass. Curly marks pair by direction; a straight <c>"</c> opens when no
/// quote is open and closes otherwise. A quote left open at a paragraph end continues when the next paragraph opens
/// with a mark again (the newspaper convention for quotes over several paragraphs) and otherwise ends with the
/// paragraph; a closing mark with no opening one starts its quote at the paragraph start. Offsets never leave the text.
/// </summary>
internal static class QuoteFinder
{
    /// <summary>The quotations in <paramref name="text"/>, in text order.</summary>
    public static ImmutableArray<Quotation> Find(string text)
    {
        var result = ImmutableArray.CreateBuilder<Quotation>();
        var paragraphStart = 0;
        var open = -1;
        var contentStart = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (open >= 0)
                {
                    var next = SkipSpace(text, i);
                    if (next < text.Length && IsOpening(text, next))
                    {
                        i = next; // the quote goes on in the next paragraph: skip the repeated opening mark
                        paragraphStart = next;
                        continue;
                    }

                    result.Add(new Quotation(open, contentStart, TrimEnd(text, contentStart, i), i, Closed: false));
                    open = -1;
                }

                paragraphStart = i + 1;
                continue;
            }

            if (open < 0)
            {
                if (c == '\u201D')
                {
                    // A closing mark with no opening one: the quote started with the paragraph.
                    var start = SkipSpace(text, paragraphStart);
                    if (start < i)
                    {
                        result.Add(new Quotation(start, start, i, i + 1, Closed: true));
                    }
                }
                else if (IsOpening(text, i))
                {
                    open = i;
                    contentStart = i + 1;
                }
            }
            else if (c is '\u201D' or '"' || (c == '\u201C' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                result.Add(new Quotation(open, contentStart, i, i + 1, Closed: true));
                open = -1;
            }
        }

        if (open >= 0)
        {
            result.Add(new Quotation(open, contentStart, TrimEnd(text, contentStart, text.Length), text.Length, Closed: false));
        }

        return result.ToImmutable();
    }

    private static bool IsOpening(string text, int i) =>
        text[i] switch
        {
            '\u201C' or '\u201E' => true,
            '"' => (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]),
            _ => false,
        };

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
