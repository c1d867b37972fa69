using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Dates;

/// <summary>
/// The tokens of one text with each token's lexicon entry looked up once, so the matcher's look-ahead reads an array
/// instead of hashing the same word again.
/// </summary>
internal readonly ref struct TokenView(ReadOnlySpan<Token> tokens, ReadOnlySpan<WordInfo> words)
{
    private readonly ReadOnlySpan<Token> _tokens = tokens;
    private readonly ReadOnlySpan<WordInfo> _words = words;

    public int Length => _tokens.Length;

    public Token this[int index] => _tokens[index];

    /// <summary>The lexicon entry of token <paramref name="index"/>; empty outside the text and for numbers.</summary>
    public WordInfo Word(int index) => (uint)index < (uint)_words.Length ? _words[index] : default;
}
