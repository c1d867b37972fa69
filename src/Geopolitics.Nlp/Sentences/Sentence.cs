using System.Text.Json.Serialization;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Sentences;

/// <summary>A sentence: its offsets in the text and the range of tokens it holds.</summary>
/// <param name="Start">UTF-16 index of the sentence's first character.</param>
/// <param name="End">UTF-16 index one past its last character.</param>
/// <param name="FirstToken">Index of its first token in <c>ArticleAnalysis.Tokens</c>.</param>
/// <param name="TokenCount">Number of tokens in it.</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    /// <summary>The sentence's offsets.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, End);

    /// <summary>Index one past its last token.</summary>
    [JsonIgnore]
    public int EndToken => FirstToken + TokenCount;
}
