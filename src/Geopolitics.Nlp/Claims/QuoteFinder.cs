using System.Collections.Immutable;
using Geopolitics.Nlp.Text;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Pairs quotation marks in one left-to-right pass. Curly marks pair by direction, except a <c>”</c> placed as an
/// opening mark (after white space, before a letter); a straight <c>"</c> opens when no quote is open and closes
/// otherwise. A quote left open at a paragraph end continues when the next paragraph opens
/// with a mark again (the newspaper convention for quotes over several paragraphs) and otherwise ends with the
/// paragraph; a closing mark with no opening one closes a quote left open at one of the last paragraph ends (its
/// inner short quotes are absorbed), else starts its quote at the paragraph start or, when a quotation already ended in
/// that paragraph, right after it. Offsets never leave the text, quotations never overlap, and the pass is linear: no
/// stray mark reaches back over text another quotation already holds. LF, CRLF and a lone CR all end a paragraph.
/// </summary>
internal static class QuoteFinder
{
    private const int MaxOpenParagraphs = 3;
    private const int MaxInnerQuoteWords = 3;

    /// <summary>The quotations in <paramref name="text"/>, in text order.</summary>
    public static ImmutableArray<Quotation> Find(string text)
    {
        var result = ImmutableArray.CreateBuilder<Quotation>();
        var paragraphStart = 0;
        var open = -1;
        var contentStart = -1;
        var pending = -1; // the index of a quote left open at a recent paragraph end, which a stray closing mark may close
        var pendingParagraphs = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (CharClass.IsLineBreakAt(text, i))
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

                    pending = result.Count;
                    pendingParagraphs = 0;
                    result.Add(new Quotation(open, contentStart, TrimEnd(text, contentStart, i), i, Closed: false));
                    open = -1;
                }

                pending = ++pendingParagraphs > MaxOpenParagraphs ? -1 : pending;
                paragraphStart = i + 1;
                continue;
            }

            if (open < 0)
            {
                if ((c == '\u201D' && !IsOpening(text, i)) || (c == '"' && IsStrayClosing(text, i)))
                {
                    if (pending >= 0)
                    {
                        // `"… ⏎ …," kata X`: the quote opened paragraphs ago closes here; inner quotes belong to it.
                        var opened = result[pending];
                        result.RemoveRange(pending, result.Count - pending);
                        result.Add(new Quotation(opened.OuterStart, opened.ContentStart, i, i + 1, Closed: true));
                        pending = -1;
                        continue;
                    }

                    // A closing mark with no opening one: the quote started with the paragraph, or after the quotation
                    // that last ended in it (so a run of stray marks does not rescan the paragraph for each).
                    var start = SkipSpace(text, Math.Max(paragraphStart, result.Count > 0 ? result[^1].OuterEnd : 0));
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
                pending = Words(text, contentStart, i) > MaxInnerQuoteWords ? -1 : pending; // a long quote closed: nothing pends
                open = -1;
            }
        }

        if (open >= 0)
        {
            result.Add(new Quotation(open, contentStart, TrimEnd(text, contentStart, text.Length), text.Length, Closed: false));
        }

        return result.ToImmutable();
    }

    // A straight mark after a word and before a space or punctuation closes (`kalangan," kata`).
    private static bool IsStrayClosing(string text, int i) =>
        i > 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || char.IsPunctuation(text[i + 1]));

    private static int Words(string text, int start, int end)
    {
        var words = 0;
        for (var k = start; k < end && words <= MaxInnerQuoteWords; k++)
        {
            words += char.IsWhiteSpace(text[k]) ? 1 : 0;
        }

        return words;
    }

    private static bool IsOpening(string text, int i) =>
        text[i] switch
        {
            '\u201C' or '\u201E' => true,
            '\u201D' => QuotationMarks.IsPlacedAsOpening(text, i),
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
