using System.Collections.Immutable;

namespace Geopolitics.Nlp.Tokenization;

/// <summary>
/// Splits Indonesian text into surface tokens as Universal Dependencies counts them: words keep internal hyphens,
/// apostrophes and clitics (<c>negara-negara</c>, <c>Jum'at</c>, <c>ujarnya</c>); numbers keep their separators
/// (<c>1.000.000</c>, <c>10,5</c>, <c>3/9/2023</c>); known abbreviations keep their period; URLs and e-mail addresses
/// are single tokens; every other mark is a token of its own.
/// </summary>
/// <remarks>
/// One left-to-right pass with constant look-ahead, so time is linear in the input and nothing backtracks.
/// The scanner allocates nothing per token: <see cref="EnumerateTokens"/> yields offsets over a span.
/// Instances are immutable and safe to share between threads.
/// </remarks>
public sealed class IndonesianTokenizer
{
    private static readonly Lazy<IndonesianTokenizer> LazyDefault =
        new(() => new IndonesianTokenizer(AbbreviationLexicon.LoadEmbedded()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly AbbreviationLexicon _lexicon;

    internal IndonesianTokenizer(AbbreviationLexicon lexicon) => _lexicon = lexicon;

    /// <summary>The tokenizer with the embedded abbreviation list, loaded once.</summary>
    public static IndonesianTokenizer Default => LazyDefault.Value;

    internal AbbreviationLexicon Lexicon => _lexicon;

    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    /// <param name="text">The text; tokens refer to it by offset.</param>
    /// <returns>The tokens in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Token> Tokenize(string text) => Tokenize(text, CancellationToken.None);

    /// <summary>Tokenizes <paramref name="text"/>, checking <paramref name="cancellationToken"/> every 4,096 tokens.</summary>
    internal ImmutableArray<Token> Tokenize(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Collect into a pooled buffer and copy once into an array of the exact size: the only allocation.
        var buffer = System.Buffers.ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 4));
        var count = 0;
        try
        {
            foreach (var bounds in EnumerateTokens(text))
            {
                if ((count & 4095) == 4095)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (count == buffer.Length)
                {
                    var larger = System.Buffers.ArrayPool<Token>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ReturnCleared(buffer, count);
                    buffer = larger;
                }

                buffer[count++] = new Token(text, bounds.Start, bounds.End, bounds.Kind, bounds.CliticStart);
            }

            return ImmutableArray.Create(buffer.AsSpan(0, count));
        }
        finally
        {
            ReturnCleared(buffer, count);
        }
    }

    // Tokens hold the text: the used part is cleared so the pool keeps no article alive. Only that part: the buffer is
    // sized for the worst case, and clearing all of it cost more than filling it.
    private static void ReturnCleared(Token[] buffer, int used)
    {
        buffer.AsSpan(0, Math.Min(used, buffer.Length)).Clear();
        System.Buffers.ArrayPool<Token>.Shared.Return(buffer);
    }

    /// <summary>Counts the tokens in <paramref name="text"/> without building them.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number of tokens.</returns>
    public int CountTokens(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in EnumerateTokens(text))
        {
            count++;
        }

        return count;
    }

    /// <summary>Enumerates token offsets over <paramref name="text"/> without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <returns>An enumerator for <see langword="foreach"/>.</returns>
    public TokenEnumerator EnumerateTokens(ReadOnlySpan<char> text) => new(this, text);

    /// <summary>Finds the next token at or after <paramref name="position"/>; false at the end of the text.</summary>
    internal bool TryScan(ReadOnlySpan<char> text, ref int position, out TokenBounds token)
    {
        var i = position;
        while (i < text.Length && CharClass.IsSeparator(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            position = text.Length;
            token = default;
            return false;
        }

        token = ScanAt(text, i);
        position = token.End;
        return true;
    }

    private TokenBounds ScanAt(ReadOnlySpan<char> text, int start)
    {
        var c = text[start];
        if (char.IsSurrogate(c))
        {
            var pair = char.IsHighSurrogate(c) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]);
            var end = start + (pair ? 2 : 1);
            return new TokenBounds(start, end, TokenKind.Symbol, end);
        }

        if (UrlScanner.TryScan(text, start, out var urlEnd))
        {
            return new TokenBounds(start, urlEnd, TokenKind.Url, urlEnd);
        }

        if (CharClass.IsWordChar(c))
        {
            return ScanWord(text, start);
        }

        if (c == '.')
        {
            var end = start + 1;
            while (end < text.Length && text[end] == '.')
            {
                end++;
            }

            return new TokenBounds(start, end, TokenKind.Punctuation, end);
        }

        // TeX-style quotes (``…'') are one mark each, as UD writes them.
        if (c is '`' or '\'' && start + 1 < text.Length && text[start + 1] == c)
        {
            return new TokenBounds(start, start + 2, TokenKind.Punctuation, start + 2);
        }

        var kind = char.IsPunctuation(c) || c == '`' ? TokenKind.Punctuation : TokenKind.Symbol;
        return new TokenBounds(start, start + 1, kind, start + 1);
    }

    private TokenBounds ScanWord(ReadOnlySpan<char> text, int start)
    {
        var end = WordScanner.ScanWordRun(text, start, out var shape);

        if (shape.HasAt)
        {
            return new TokenBounds(start, end, TokenKind.Email, end);
        }

        // "Rp10.000": UD writes the currency and the amount as two tokens.
        if (end - start > 2 && text[start] == 'R' && text[start + 1] == 'p' && char.IsAsciiDigit(text[start + 2]))
        {
            return new TokenBounds(start, start + 2, TokenKind.Word, start + 2);
        }

        if (end < text.Length && text[end] == '.' && IsAbbreviationBeforePeriod(text, start, end, shape))
        {
            return new TokenBounds(start, end + 1, TokenKind.Abbreviation, end + 1);
        }

        if (shape.StartsWithDigit && !shape.HasLetter)
        {
            return new TokenBounds(start, end, TokenKind.Number, end);
        }

        if (shape.StartsWithDigit && shape.IsDecadeSuffix)
        {
            return new TokenBounds(start, end, TokenKind.Number, end);
        }

        return new TokenBounds(start, end, TokenKind.Word, CliticRule.FindCliticStart(text, start, end, _lexicon));
    }

    private bool IsAbbreviationBeforePeriod(ReadOnlySpan<char> text, int start, int end, WordShape shape)
    {
        var word = text[start..end];
        if (_lexicon.IsAbbreviation(word))
        {
            return true;
        }

        // Initials written with periods (A.S., S.H., M.Si.): the run already holds an inner period.
        if (shape.HasInnerPeriod && shape.HasLetter)
        {
            return true;
        }

        // A single capital followed by a name (George W. Bush): an initial, not the end of a sentence.
        if (word.Length == 1 && CharClass.IsUpper(word[0]))
        {
            var next = end + 1;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            return next > end + 1 && next < text.Length && CharClass.IsUpper(text[next]);
        }

        return false;
    }

    /// <summary>A <see langword="foreach"/>-able sequence of token offsets over a span.</summary>
    public ref struct TokenEnumerator
    {
        private readonly IndonesianTokenizer _tokenizer;
        private readonly ReadOnlySpan<char> _text;
        private int _position;

        internal TokenEnumerator(IndonesianTokenizer tokenizer, ReadOnlySpan<char> text)
        {
            _tokenizer = tokenizer;
            _text = text;
            _position = 0;
            Current = default;
        }

        /// <summary>The current token.</summary>
        public TokenBounds Current { get; private set; }

        /// <summary>Returns this enumerator.</summary>
        /// <returns>This enumerator.</returns>
        public readonly TokenEnumerator GetEnumerator() => this;

        /// <summary>Advances to the next token.</summary>
        /// <returns>False at the end of the text.</returns>
        public bool MoveNext()
        {
            if (!_tokenizer.TryScan(_text, ref _position, out var token))
            {
                return false;
            }

            Current = token;
            return true;
        }
    }
}
