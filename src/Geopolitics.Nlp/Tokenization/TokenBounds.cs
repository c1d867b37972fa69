using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Tokenization;

/// <summary>A token's offsets and kind, without a reference to the text: what the tokenizer yields over a span.</summary>
/// <param name="Start">UTF-16 index of the first character.</param>
/// <param name="End">UTF-16 index one past the last character.</param>
/// <param name="Kind">What the token is made of.</param>
/// <param name="CliticStart">Where an enclitic begins; equal to <paramref name="End"/> when there is none.</param>
public readonly record struct TokenBounds(int Start, int End, TokenKind Kind, int CliticStart)
{
    /// <summary>The token's offsets.</summary>
    public TextSpan Span => new(Start, End);
}
