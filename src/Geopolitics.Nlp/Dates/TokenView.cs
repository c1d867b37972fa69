using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Dates;

/// <summary>
/// The tokens of one sentence with each token's lexicon entry looked up once, so the matchers' look-ahead reads an
/// array instead of hashing the same word again. Indexes outside the sentence read as nothing, so a pattern never
/// crosses a sentence boundary.
/// </summary>
internal readonly ref struct TokenView(ReadOnlySpan<Token> tokens, ReadOnlySpan<WordInfo> words, DateLexicon lexicon)
{
    private readonly ReadOnlySpan<Token> _tokens = tokens;
    private readonly ReadOnlySpan<WordInfo> _words = words;

    public int Length => _tokens.Length;

    public DateLexicon Lexicon { get; } = lexicon;

    public Token this[int index] => _tokens[index];

    /// <summary>The lexicon entry of token <paramref name="index"/>; empty outside the sentence and for numbers.</summary>
    public WordInfo Word(int index) => (uint)index < (uint)_words.Length ? _words[index] : default;

    /// <summary>Whether token <paramref name="index"/> is <paramref name="s"/>, ignoring case.</summary>
    public bool Is(int index, string s) =>
        (uint)index < (uint)_tokens.Length && _tokens[index].AsSpan().Equals(s, StringComparison.OrdinalIgnoreCase);

    public bool IsNumber(int index) => (uint)index < (uint)_tokens.Length && _tokens[index].Kind == TokenKind.Number;

    /// <summary>A range connective: <c>hingga</c>, <c>sampai</c>, <c>-</c>, <c>s.d.</c>.</summary>
    public bool IsRange(int index) => Word(index).Is(WordClass.Range);

    /// <summary>
    /// A range connective at <paramref name="index"/> for the expression that starts at <paramref name="first"/>: also
    /// <c>dan</c> when <c>antara</c> opens it (<c>antara 15 Juli dan 5 Agustus 2024</c>, <c>antara 2020 dan 2023</c>), where
    /// two dates bound one stretch rather than name two times.
    /// </summary>
    public bool IsRange(int index, int first) =>
        IsRange(index) || (Is(index, "dan") && (Is(first - 1, "antara") || (Is(first - 2, "antara") && Is(first - 1, "tanggal"))));

    /// <summary>
    /// Where an expression that ends with token <paramref name="index"/> ends in the text: a year glued to a credit
    /// (<c>2023/RMOL</c>) ends after its four digits.
    /// </summary>
    public int EndOf(int index)
    {
        var token = _tokens[index];
        return Numerals.IsGluedYear(token.AsSpan()) ? token.Start + 4 : token.End;
    }
}
