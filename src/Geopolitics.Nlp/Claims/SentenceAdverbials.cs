using System.Collections.Immutable;
using Geopolitics.Nlp.Resources;
using Geopolitics.Nlp.Text;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Claims;

/// <summary>The role of a phrase in <c>Resources/Claims/sentence-adverbials.tsv</c>.</summary>
[Flags]
internal enum SentenceAdverbialRole
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>Links the sentence to the one before (<c>Kendati demikian</c>): no part of a speaker nor of content.</summary>
    Connective = 1,

    /// <summary>Says when (<c>Selama ini</c>, <c>Kemarin</c>): no part of a speaker, but part of content.</summary>
    Time = 2,
}

/// <summary>
/// The phrases that open a sentence before its subject and name no speaker (<c>Kendati demikian,</c>,
/// <c>Selama ini</c>), matched word by word on tokens, case-insensitively, without allocating: the phrases are indexed
/// by their first word.
/// </summary>
internal sealed class SentenceAdverbials
{
    /// <summary>The most words a listed phrase has.</summary>
    public const int MaxWords = 4;

    private readonly SpanLookup<ImmutableArray<(string[] Tail, SentenceAdverbialRole Role)>> _byFirstWord;

    private SentenceAdverbials(IEnumerable<(string[] Words, SentenceAdverbialRole Role)> phrases)
    {
        var grouped = phrases
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Select(p => (p.Words[1..], p.Role)).OrderByDescending(p => p.Item1.Length).ToImmutableArray()));
        _byFirstWord = new SpanLookup<ImmutableArray<(string[] Tail, SentenceAdverbialRole Role)>>(grouped, ignoreCase: true);
    }

    /// <summary>Loads the list from <c>Resources/Claims/sentence-adverbials.tsv</c>.</summary>
    public static SentenceAdverbials Load()
    {
        const string path = "Claims/sentence-adverbials.tsv";
        var phrases = new List<(string[] Words, SentenceAdverbialRole Role)>();
        foreach (var line in ResourceText.ReadDataLines(path))
        {
            var fields = line.Split('\t', StringSplitOptions.TrimEntries);
            var words = fields[0].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 2 || words.Length is 0 or > MaxWords)
            {
                throw new InvalidDataException($"{path}: expected 'phrase<TAB>role' with 1 to {MaxWords} words, got '{line}'");
            }

            var role = fields[1] switch
            {
                "connective" => SentenceAdverbialRole.Connective,
                "time" => SentenceAdverbialRole.Time,
                _ => throw new InvalidDataException($"{path}: unknown role '{fields[1]}' for '{fields[0]}'"),
            };
            phrases.Add((words, role));
        }

        return new SentenceAdverbials(phrases);
    }

    /// <summary>
    /// The number of tokens of the longest listed phrase with one of the <paramref name="roles"/> that starts at token
    /// <paramref name="t"/> and ends by token <paramref name="last"/>, or 0.
    /// </summary>
    public int Length(ImmutableArray<Token> tokens, int t, int last, SentenceAdverbialRole roles)
    {
        if ((uint)t >= (uint)tokens.Length || !IsWord(tokens[t]) || !_byFirstWord.TryGetValue(tokens[t].AsSpan(), out var candidates))
        {
            return 0;
        }

        foreach (var (rest, role) in candidates)
        {
            if ((role & roles) != 0 && t + rest.Length <= last && t + rest.Length < tokens.Length && RestMatches(tokens, t + 1, rest))
            {
                return rest.Length + 1;
            }
        }

        return 0;
    }

    private static bool RestMatches(ImmutableArray<Token> tokens, int from, string[] rest)
    {
        for (var i = 0; i < rest.Length; i++)
        {
            if (!IsWord(tokens[from + i]) || !tokens[from + i].AsSpan().Equals(rest[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWord(Token token) => token.Kind is TokenKind.Word or TokenKind.Abbreviation;
}
