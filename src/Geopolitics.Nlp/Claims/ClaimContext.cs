using System.Buffers;
using System.Collections.Immutable;
using Geopolitics.Nlp.Sentences;
using Geopolitics.Nlp.Text;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// One article as the claim extractors see it: tokens, sentences, quotations, and per-token lookups (sentence, quote,
/// cue role) computed once in linear time so that no extractor rescans the text. The per-token lookups live in pooled
/// arrays, given back by <see cref="Dispose"/>: four arrays as long as the article would otherwise be garbage per call.
/// </summary>
internal sealed class ClaimContext : IDisposable
{
    private readonly int[] _sentenceOfToken;
    private readonly int[] _quoteOfToken;
    private readonly CueRole[] _cueOfToken;
    private readonly SpeakerWordRole[] _roleOfToken;

    /// <summary>Prepares the lookups for one article.</summary>
    public ClaimContext(
        string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, ClaimLexicon lexicon, CancellationToken cancellationToken = default)
    {
        CancellationToken = cancellationToken;
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Lexicon = lexicon;
        Quotes = QuoteFinder.Find(text);
        Lines = new LineIndex(text);
        _sentenceOfToken = ArrayPool<int>.Shared.Rent(tokens.Length);
        _sentenceOfToken.AsSpan(0, tokens.Length).Clear();
        for (var s = 0; s < sentences.Length; s++)
        {
            var end = Math.Min(sentences[s].EndToken, tokens.Length);
            for (var t = sentences[s].FirstToken; t < end; t++)
            {
                _sentenceOfToken[t] = s;
            }
        }

        _quoteOfToken = ArrayPool<int>.Shared.Rent(tokens.Length);
        var q = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            while (q < Quotes.Length && Quotes[q].ContentEnd <= tokens[t].Start)
            {
                q++;
            }

            _quoteOfToken[t] = q < Quotes.Length && Quotes[q].Covers(tokens[t].Start) ? q : -1;
        }

        // Every extractor asks for cue and speaker-word roles, some several times per token: one lookup per token here.
        _cueOfToken = ArrayPool<CueRole>.Shared.Rent(tokens.Length);
        _roleOfToken = ArrayPool<SpeakerWordRole>.Shared.Rent(tokens.Length);
        for (var t = 0; t < tokens.Length; t++)
        {
            var word = IsWord(t);
            _cueOfToken[t] = word ? lexicon.Cue(tokens[t].HostAsSpan()) : CueRole.None;
            _roleOfToken[t] = word ? lexicon.SpeakerWord(tokens[t].AsSpan()) : SpeakerWordRole.None;
        }
    }

    /// <summary>Gives the per-token lookups back to the pool; the context is not to be used after it.</summary>
    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_sentenceOfToken);
        ArrayPool<int>.Shared.Return(_quoteOfToken);
        ArrayPool<CueRole>.Shared.Return(_cueOfToken);
        ArrayPool<SpeakerWordRole>.Shared.Return(_roleOfToken);
    }

    /// <summary>The article's line breaks: the line around a candidate, without walking to its ends.</summary>
    public LineIndex Lines { get; }

    /// <summary>Checked by the extractors' scans (see <see cref="CheckCancellation"/>).</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// Throws when the analysis was cancelled, every 256th step of a scan: an extractor's scan over a long article can
    /// take a second on adversarial text, so a cancellation must not wait for it to end.
    /// </summary>
    public void CheckCancellation(int step)
    {
        if ((step & 255) == 0)
        {
            CancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>The article text.</summary>
    public string Text { get; }

    /// <summary>Its tokens.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>Its sentences.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>The word lists.</summary>
    public ClaimLexicon Lexicon { get; }

    /// <summary>Its quotations, in text order.</summary>
    public ImmutableArray<Quotation> Quotes { get; }

    /// <summary>The sentence a token belongs to.</summary>
    public Sentence SentenceOf(int token) => Sentences.IsEmpty ? new Sentence(0, Text.Length, 0, Tokens.Length) : Sentences[_sentenceOfToken[token]];

    /// <summary>The index of the sentence a token belongs to.</summary>
    public int SentenceIndexOf(int token) => _sentenceOfToken[token];

    /// <summary>The index of the quotation a token lies in, or -1.</summary>
    public int QuoteOf(int token) => _quoteOfToken[token];

    /// <summary>Whether the token is a word (or an abbreviation such as <c>Tn.</c>).</summary>
    public bool IsWord(int t) => (uint)t < (uint)Tokens.Length && Tokens[t].Kind is TokenKind.Word or TokenKind.Abbreviation;

    /// <summary>Whether the token is the punctuation mark <paramref name="mark"/>.</summary>
    public bool IsMark(int t, char mark) =>
        (uint)t < (uint)Tokens.Length && Tokens[t].Kind == TokenKind.Punctuation && Tokens[t].Length == 1 && Text[Tokens[t].Start] == mark;

    /// <summary>Whether the token is an opening or closing quotation mark.</summary>
    public bool IsQuoteMark(int t) =>
        (uint)t < (uint)Tokens.Length && Tokens[t].Length == 1 && Text[Tokens[t].Start] is '"' or '\u201C' or '\u201D' or '\u201E';

    /// <summary>Whether the word starts with an upper-case letter.</summary>
    public bool IsCapitalized(int t) => IsWord(t) && char.IsUpper(Text[Tokens[t].Start]);

    /// <summary>The cue role of the token's host word (<c>ujar</c> in <c>ujarnya</c>).</summary>
    public CueRole CueOf(int t) => (uint)t < (uint)Tokens.Length ? _cueOfToken[t] : CueRole.None;

    /// <summary>The speaker-phrase roles of the token.</summary>
    public SpeakerWordRole RoleOf(int t) => (uint)t < (uint)Tokens.Length ? _roleOfToken[t] : SpeakerWordRole.None;

    /// <summary>Whether the token has the role.</summary>
    public bool Is(int t, SpeakerWordRole role) => (RoleOf(t) & role) != 0;

    /// <summary>Whether the token, as written, has the boundary role (<c>boundary-words.tsv</c>).</summary>
    public bool Is(int t, BoundaryWordRole role) => IsWord(t) && (Lexicon.BoundaryWord(Tokens[t].AsSpan()) & role) != 0;

    /// <summary>
    /// The number of tokens of a sentence adverbial with one of the <paramref name="roles"/> (<c>Kendati demikian</c>,
    /// <c>Selama ini</c>) that starts at token <paramref name="t"/> and ends by token <paramref name="last"/>, or 0.
    /// </summary>
    public int SentenceAdverbialAt(int t, int last, SentenceAdverbialRole roles) => Lexicon.SentenceAdverbials.Length(Tokens, t, last, roles);

    /// <summary>Whether the phrase opening at token <paramref name="t"/> can name a speaker: a name, title, group or pronoun.</summary>
    public bool NamesSpeaker(int t) => IsCapitalized(t) || Is(t, SpeakerWordRole.Title | SpeakerWordRole.Plural | SpeakerWordRole.Pronoun);

    /// <summary>Whether the token is the word <paramref name="word"/>, ignoring case.</summary>
    public bool IsWordText(int t, string word) => IsWord(t) && Tokens[t].AsSpan().Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a lower-case word looks like a predicate (a verb with the <c>me-</c>, <c>ber-</c> or <c>di-</c> prefix),
    /// which a subject phrase does not contain.
    /// </summary>
    public bool LooksLikePredicate(int t)
    {
        if (!IsWord(t) || char.IsUpper(Text[Tokens[t].Start]) || Tokens[t].Length < 5 || Is(t, SpeakerWordRole.Title | SpeakerWordRole.Noun | SpeakerWordRole.Pronoun))
        {
            return false;
        }

        var w = Tokens[t].AsSpan();
        return w.StartsWith("me", StringComparison.Ordinal) || w.StartsWith("ber", StringComparison.Ordinal) ||
               w.StartsWith("di", StringComparison.Ordinal) || w.StartsWith("ter", StringComparison.Ordinal);
    }

    /// <summary>The span from the start of token <paramref name="first"/> to the end of token <paramref name="last"/>.</summary>
    public TextSpan Span(int first, int last) => new(Tokens[first].Start, Tokens[last].End);

    /// <summary>Whether a comma stands in the text from <paramref name="from"/> up to <paramref name="to"/> (<c>“…,” kata X, “…”</c>).</summary>
    public bool HasCommaBetween(int from, int to) => to > from && Text.AsSpan(from, to - from).Contains(',');

    /// <summary>
    /// Shrinks a span past surrounding white space, quotation marks and final punctuation. Quotation marks that wrap
    /// the whole span go; a mark whose partner stays inside is kept, with what it encloses (<c>menyebut hubungan itu
    /// “strategis.”</c> keeps <c>“strategis.”</c>; <c>“diskusi jujur” dengan Xi</c> keeps its opening mark).
    /// </summary>
    public TextSpan TrimContent(int start, int end)
    {
        start = Math.Clamp(start, 0, Text.Length);
        end = Math.Clamp(end, start, Text.Length);
        var outerStart = start;
        var outerEnd = end;
        while (start < end && (char.IsWhiteSpace(Text[start]) || IsQuoteChar(Text[start]) || Text[start] is ',' or ':'))
        {
            start++;
        }

        start = AfterDateline(start, end);
        while (end > start && (char.IsWhiteSpace(Text[end - 1]) || IsQuoteChar(Text[end - 1]) || Text[end - 1] is '.' or ',' or ';' or ':' or '!' or '\u2013' or '\u2014' or '-'))
        {
            end--;
        }

        return Rebalance(start, end, outerStart, outerEnd);
    }

    private static bool IsQuoteChar(char c) => c is '"' or '\u201C' or '\u201D';

    // A quotation mark left unpaired inside the trimmed span takes back its partner from the trimmed edge: an open
    // quotation inside takes back the closing mark after it (and the punctuation the quotation holds), a closing mark
    // inside takes back the opening mark before it. A straight mark opens when it follows a space or the span's start.
    private TextSpan Rebalance(int start, int end, int outerStart, int outerEnd)
    {
        var open = false;
        var unpairedClose = false;
        for (var i = start; i < end; i++)
        {
            var c = Text[i];
            if (c == '\u201C' || (c is '"' or '\u201D' && !open && OpensAt(i, start)))
            {
                open = true;
            }
            else if (c == '\u201D' || c == '"')
            {
                if (open)
                {
                    open = false;
                }
                else
                {
                    unpairedClose = true;
                }
            }
        }

        if (open)
        {
            var i = end;
            while (i < outerEnd && !IsQuoteChar(Text[i]) && Text[i] is '.' or ',' or '!' or '?' or ';')
            {
                i++;
            }

            if (i < outerEnd && IsQuoteChar(Text[i]) && Text[i] != '\u201C')
            {
                end = i + 1;
            }
        }

        if (unpairedClose && start > outerStart && IsQuoteChar(Text[start - 1]) && (Text[start - 1] != '\u201D' || OpensAt(start - 1, outerStart)))
        {
            start--;
        }

        return new TextSpan(start, end);
    }

    // A straight mark opens after a space or the span's start; so does a `”` before a letter (Kompas writes it for
    // both marks: `”strategis”`, see QuotationMarks.IsPlacedAsOpening).
    private bool OpensAt(int i, int start) =>
        Text[i] == '"'
            ? i == start || !char.IsLetterOrDigit(Text[i - 1])
            : QuotationMarks.IsPlacedAsOpening(Text, i) || (i == start && i + 1 < Text.Length && char.IsLetterOrDigit(Text[i + 1]));

    // Content that opens a sentence starts after its dateline (`REPUBLIKA.CO.ID, JAKARTA -- Pemerintah …`).
    private int AfterDateline(int start, int end)
    {
        var t = TokenAtOrAfter(start);
        if (t >= Tokens.Length || Tokens[t].Start != start || Sentences.IsEmpty || SentenceOf(t).FirstToken != t)
        {
            return start;
        }

        var after = Dateline.Skip(this, t, SentenceOf(t).EndToken);
        return after > t && Tokens[after].Start < end ? Tokens[after].Start : start;
    }

    /// <summary>Number of words in <paramref name="span"/>, counting at most <paramref name="limit"/>.</summary>
    public int CountWords(TextSpan span, int limit)
    {
        var count = 0;
        for (var i = span.Start; i < span.End && count < limit; i++)
        {
            if (char.IsLetter(Text[i]) && (i == span.Start || !char.IsLetterOrDigit(Text[i - 1])))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The index of the first token starting at or after <paramref name="offset"/> (binary search).</summary>
    public int TokenAtOrAfter(int offset) => SortedByStart.FirstAtOrAfter(Tokens, static t => t.Start, offset);
}
