using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Text;

/// <summary>
/// The positions of a text's line-break characters (<see cref="CharClass.IsLineBreak"/>), found in one pass, so the
/// line around any offset is two binary searches away. Rules that ask "what line is this in?" once per candidate
/// would otherwise walk to the line's ends each time: linear per question, quadratic over a one-line page.
/// </summary>
internal sealed class LineIndex
{
    private readonly List<int> _breaks = [];

    /// <summary>Indexes the line breaks of <paramref name="text"/>.</summary>
    public LineIndex(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (CharClass.IsLineBreak(text[i]))
            {
                _breaks.Add(i);
            }
        }

        Length = text.Length;
    }

    /// <summary>The indexed text's length.</summary>
    public int Length { get; }

    /// <summary>The position just after the last line break before <paramref name="offset"/>, or 0.</summary>
    public int LineStart(int offset)
    {
        var at = _breaks.BinarySearch(offset - 1);
        var previous = at >= 0 ? at : ~at - 1; // the last break at or before offset - 1
        return previous >= 0 ? _breaks[previous] + 1 : 0;
    }

    /// <summary>The position of the first line break at or after <paramref name="offset"/>, or the text's length.</summary>
    public int LineEnd(int offset)
    {
        var at = _breaks.BinarySearch(offset);
        var next = at >= 0 ? at : ~at;
        return next < _breaks.Count ? _breaks[next] : Length;
    }
}
