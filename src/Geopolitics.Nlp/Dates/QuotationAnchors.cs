using Geopolitics.Nlp.Sentences;
using Geopolitics.Nlp.Text;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Dates;

/// <summary>
/// The day a quotation was spoken, where its attribution gives one (<c>"Kami tiba kemarin," kata Menlu, Rabu (3/9).</c>
/// or <c>Menlu mengatakan pada Rabu (3/9): "…"</c>): <c>kemarin</c>, <c>hari ini</c> and <c>besok</c> inside it count
/// from that day, not from the document date. Built once per text; <see cref="DayFor"/> is asked in text order.
/// </summary>
internal sealed class QuotationAnchors
{
    private readonly List<(int Start, int End, DateOnly Day)> _quotes;
    private int _cursor;

    private QuotationAnchors(List<(int Start, int End, DateOnly Day)> quotes) => _quotes = quotes;

    /// <summary>No quotation is dated.</summary>
    public static QuotationAnchors None => new([]);

    /// <summary>The dated quotations of a text, given its tokens, sentences and recognized expressions (in text order).</summary>
    /// <remarks>A <c>”</c> opens a quotation only where Kompas writes it as the opening mark (<see cref="QuotationMarks"/>).</remarks>
    public static QuotationAnchors Build(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, List<DateCandidate> candidates, DateOnly? anchor)
    {
        var quotes = new List<(int, int, DateOnly)>();
        var open = -1;
        var openSentenceStart = 0;
        var sentence = 0;
        var next = 0;
        for (var k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Punctuation || token.Length != 1 || token.AsSpan()[0] is not ('"' or '\u201C' or '\u201D'))
            {
                continue;
            }

            while (sentence < sentences.Length && sentences[sentence].End <= token.Start)
            {
                sentence++;
            }

            var ch = token.AsSpan()[0];
            if (open < 0 && (ch != '\u201D' || QuotationMarks.IsPlacedAsOpening(text, token.Start)))
            {
                open = token.Start;
                openSentenceStart = sentence < sentences.Length ? sentences[sentence].Start : 0;
                continue;
            }

            if (open < 0)
            {
                continue;
            }

            // The attribution: the rest of the closing quote's sentence, else the part of the opening one before the quote.

            var sentenceEnd = sentence < sentences.Length ? sentences[sentence].End : int.MaxValue;
            while (next < candidates.Count && candidates[next].Start < token.End)
            {
                next++;
            }

            if ((next < candidates.Count && candidates[next].Start < sentenceEnd && TryDay(candidates[next], anchor, out var day)) ||
                TryDayBefore(candidates, next, open, openSentenceStart, anchor, out day))
            {
                quotes.Add((open, token.End, day));
            }

            open = -1;
        }

        return new QuotationAnchors(quotes);
    }

    /// <summary>The day of the dated quotation around <paramref name="offset"/>, or <see langword="null"/>.</summary>
    public DateOnly? DayFor(int offset)
    {
        while (_cursor < _quotes.Count && _quotes[_cursor].End <= offset)
        {
            _cursor++;
        }

        return _cursor < _quotes.Count && _quotes[_cursor].Start <= offset ? _quotes[_cursor].Day : null;
    }

    // "Menlu mengatakan pada Rabu (3/9): "…"": a date in the opening quote's sentence, before the quote.
    private static bool TryDayBefore(List<DateCandidate> candidates, int after, int open, int start, DateOnly? anchor, out DateOnly day)
    {
        day = default;
        for (var k = after - 1; k >= 0 && candidates[k].Start >= start; k--)
        {
            if (candidates[k].End <= open)
            {
                return TryDay(candidates[k], anchor, out day);
            }
        }

        return false;
    }

    private static bool TryDay(in DateCandidate c, DateOnly? anchor, out DateOnly day)
    {
        day = default;
        if (c.Kind != CandidateKind.Calendar || !c.To.IsEmpty || !DateNormalizer.TryResolve(c, anchor, null, out var r) ||
            r.Begin is not { } begin || r.Begin != r.End)
        {
            return false;
        }

        day = begin;
        return true;
    }
}
