using System.Collections.Frozen;
using System.Collections.Immutable;
using Geopolitics.Nlp.Text;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Sentences;

/// <summary>
/// Groups tokens into sentences. A sentence ends at a period, question or exclamation mark or ellipsis (with any
/// closing quotes and brackets after it) when the next token does not continue in lower case; at a blank line; and
/// at a single line break unless the next line continues in lower case (hard-wrapped text). Abbreviations that keep
/// their period (<c>Tn.</c>, <c>No.</c>) are tokens of their own and so never end a sentence by their period, except
/// the ones that can close one (<c>dll.</c>, <c>Tbk.</c>) before a capitalized word.
/// </summary>
/// <remarks>
/// Linear in the number of tokens; instances are immutable and safe to share between threads. A sentence is bounded:
/// past <see cref="SoftMaxTokens"/> tokens or <see cref="SoftMaxLength"/> characters it ends after the next token that
/// is followed by white space, and past twice those after the next token whatever follows. Real news sentences stay far
/// below (the longest in the UD Indonesian treebanks and our news sets has 101 tokens and 643 characters); the bound
/// keeps text without sentence punctuation (word lists, punctuation soup, scraped junk) from becoming one sentence of
/// megabytes, so that the later stages' work per sentence stays bounded.
/// </remarks>
public sealed class SentenceSplitter
{
    private static readonly Lazy<SentenceSplitter> LazyDefault =
        new(() => new SentenceSplitter(IndonesianTokenizer.Default.Lexicon), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Tokens after which a sentence ends at the next white space.</summary>
    internal const int SoftMaxTokens = 200;

    /// <summary>Characters after which a sentence ends at the next white space.</summary>
    internal const int SoftMaxLength = 1_000;

    private readonly AbbreviationLexicon _lexicon;

    internal SentenceSplitter(AbbreviationLexicon lexicon) => _lexicon = lexicon;

    /// <summary>The splitter with the embedded abbreviation list.</summary>
    public static SentenceSplitter Default => LazyDefault.Value;

    /// <summary>Splits the tokens of <paramref name="text"/> into sentences.</summary>
    /// <param name="text">The text the tokens index into.</param>
    /// <param name="tokens">The tokens of <paramref name="text"/>, in order.</param>
    /// <returns>The sentences in text order; together they hold every token exactly once.</returns>
    public ImmutableArray<Sentence> Split(string text, ImmutableArray<Token> tokens) => Split(text, tokens, CancellationToken.None);

    /// <summary>Splits the tokens of <paramref name="text"/>, checking <paramref name="cancellationToken"/> every 4,096 tokens.</summary>
    internal ImmutableArray<Sentence> Split(string text, ImmutableArray<Token> tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var first = 0;
        for (var k = 0; k < tokens.Length; k++)
        {
            if ((k & 4095) == 4095)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var last = k;
            bool boundary;
            if (k == tokens.Length - 1)
            {
                boundary = true;
            }
            else if (IsTerminal(tokens[k]))
            {
                last = AbsorbClosers(text, tokens, k, first);
                boundary = last == tokens.Length - 1 || !ContinuesSentence(text, tokens[last], tokens[last + 1]);
            }
            else
            {
                var next = tokens[k + 1];
                var lineBreaks = CountLineBreaks(text.AsSpan(tokens[k].End, next.Start - tokens[k].End));
                boundary = lineBreaks >= 2
                    || (lineBreaks == 1 && !StartsLowerCase(next))
                    || (tokens[k].Kind == TokenKind.Abbreviation && (ClosesSentence(tokens[k]) || EndsOnCapital(tokens[k], next)) && StartsUpperCase(next)
                        && next.Kind != TokenKind.Abbreviation);
            }

            if (!boundary && last + 1 < tokens.Length)
            {
                boundary = TooLong(tokens, first, last, softly: tokens[last + 1].Start > tokens[last].End);
            }

            if (boundary)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last - first + 1));
                first = last + 1;
                k = last;
            }
        }

        return sentences.ToImmutable();
    }

    // Past the soft bound a sentence ends at white space; past twice the bound anywhere (a run of glued punctuation).
    private static bool TooLong(ImmutableArray<Token> tokens, int first, int last, bool softly)
    {
        var factor = softly ? 1 : 2;
        return last - first + 1 >= SoftMaxTokens * factor || tokens[last].End - tokens[first].Start >= SoftMaxLength * factor;
    }

    private static bool IsTerminal(in Token token)
    {
        if (token.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        var c = token.AsSpan()[0];
        return c is '.' or '?' or '!' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049' or '\u061F' or '\u3002';
    }

    // Closing quotes and brackets, and further terminal marks ("?!"), stay with the sentence they close.
    private static int AbsorbClosers(string text, ImmutableArray<Token> tokens, int k, int first)
    {
        var last = k;
        while (last + 1 < tokens.Length && !TooLong(tokens, first, last, softly: false))
        {
            var next = tokens[last + 1];
            var attached = next.Start == tokens[last].End;
            var c = next.AsSpan()[0];
            var closes = next.Kind == TokenKind.Punctuation && next.Length == 1 &&
                         (c is ')' or ']' or '}' or '\u2019' or '\u00BB' or '\u203A'
                          || (attached && c is '"' or '\'')
                          || (c == '\u201D' && !QuotationMarks.IsPlacedAsOpening(text, next.Start))
                          || IsTerminal(next));
            if (!closes || CountLineBreaks(text.AsSpan(tokens[last].End, next.Start - tokens[last].End)) > 0)
            {
                break;
            }

            last++;
        }

        return last;
    }

    private static bool ContinuesSentence(string text, in Token terminal, in Token next)
    {
        if (CountLineBreaks(text.AsSpan(terminal.End, next.Start - terminal.End)) > 0)
        {
            return false;
        }

        // "PMK.011/2007", "detik.com": a period glued to the next word is not the end of a sentence.
        if (next.Start == terminal.End && next.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation)
        {
            return true;
        }

        // "… lalu pergi." ends; "Apa?” tanya dia" and "… dan lain-lain… kata dia" go on.
        return StartsLowerCase(next) || (next.Kind == TokenKind.Punctuation && next.AsSpan()[0] is ',' or ';' or ':');
    }

    private bool ClosesSentence(in Token abbreviation)
    {
        var word = abbreviation.AsSpan()[..^1];
        return _lexicon.IsAbbreviation(word) && !_lexicon.IsPrefixAbbreviation(word);
    }

    // `… melalui media sosial X. Ia mengeklaim …`: a capital letter with its period is an initial inside a name, unless
    // the next word is one that opens sentences and never follows an initial (a pronoun, a conjunction, a preposition).
    private static readonly FrozenSet<string> SentenceOpeners = new[]
    {
        "Ia", "Dia", "Mereka", "Kami", "Kita", "Saya", "Beliau", "Namun", "Tetapi", "Tapi", "Hal", "Sementara", "Selain",
        "Sebelumnya", "Menurut", "Dalam", "Pada", "Ini", "Itu", "Hingga", "Sejak", "Kemudian", "Padahal", "Adapun", "Ketika",
        "Saat", "Sedangkan", "Bahkan", "Meski", "Meskipun", "Karena", "Oleh", "Untuk", "Dengan", "Di", "Ke", "Dari",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool EndsOnCapital(in Token abbreviation, in Token next)
    {
        var word = abbreviation.AsSpan();
        return word.Length == 2 && CharClass.IsUpper(word[0]) && word[1] == '.' && SentenceOpeners.Contains(next.Text);
    }

    private static bool StartsLowerCase(in Token token) => CharClass.IsLower(token.AsSpan()[0]);

    private static bool StartsUpperCase(in Token token) => CharClass.IsUpper(token.AsSpan()[0]);

    private static int CountLineBreaks(ReadOnlySpan<char> gap)
    {
        var count = 0;
        for (var i = 0; i < gap.Length; i++)
        {
            var c = gap[i];
            if (c == '\r' && i + 1 < gap.Length && gap[i + 1] == '\n')
            {
                continue;
            }

            if (CharClass.IsLineBreak(c))
            {
                count++;
            }
        }

        return count;
    }
}
