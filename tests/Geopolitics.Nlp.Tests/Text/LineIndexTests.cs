using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Tests.Text;

/// <summary>The line around an offset, from the text's indexed line breaks.</summary>
public sealed class LineIndexTests
{
    [Theory]
    [InlineData("ab\ncd\n\nef", 0, 0, 2)]
    [InlineData("ab\ncd\n\nef", 2, 0, 2)] // at a break: the line it ends
    [InlineData("ab\ncd\n\nef", 3, 3, 5)]
    [InlineData("ab\ncd\n\nef", 6, 6, 6)] // the empty line between two breaks
    [InlineData("ab\ncd\n\nef", 9, 7, 9)]
    [InlineData("ab\ncd\n\nef", 7, 7, 9)]
    [InlineData("ab\r\ncd", 4, 4, 6)] // CRLF: both characters are breaks
    [InlineData("ab\rcd", 3, 3, 5)] // a lone CR ends a line
    [InlineData("ab\u2029cd", 1, 0, 2)] // the paragraph separator too
    [InlineData("", 0, 0, 0)]
    [InlineData("one line", 4, 0, 8)]
    public void Finds_the_line_around_an_offset(string text, int offset, int start, int end)
    {
        var lines = new LineIndex(text);

        Assert.Equal((start, end), (lines.LineStart(offset), lines.LineEnd(offset)));
    }
}
