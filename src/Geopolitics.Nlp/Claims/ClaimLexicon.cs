using System.Collections.Frozen;
using Geopolitics.Nlp.Resources;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// The word lists claim extraction reads: reporting cues, speaker-phrase words, hedges and page-furniture openings,
/// loaded once from <c>Resources/Claims/</c> into frozen sets that are looked up by span, case-insensitively.
/// </summary>
internal sealed class ClaimLexicon
{
    private const int MaxWordLength = 48;

    private readonly SpanLookup<CueRole> _cues;
    private readonly SpanLookup<SpeakerWordRole> _speakerWords;
    private readonly SpanSet _hedges;
    private readonly SpanSet _stanceNouns;
    private readonly SpanLookup<BoundaryWordRole> _boundaryWords;

    private ClaimLexicon(
        IReadOnlyDictionary<string, CueRole> cues,
        IReadOnlyDictionary<string, SpeakerWordRole> speakerWords,
        IEnumerable<string> hedges,
        IEnumerable<string> stanceNouns,
        IReadOnlyList<string> furniture,
        FrozenDictionary<string, string> stateNewsAgencies,
        IReadOnlyDictionary<string, BoundaryWordRole> boundaryWords,
        SentenceAdverbials sentenceAdverbials,
        OfficeTitles officeTitles)
    {
        SentenceAdverbials = sentenceAdverbials;
        OfficeTitles = officeTitles;
        _boundaryWords = new SpanLookup<BoundaryWordRole>(boundaryWords, ignoreCase: false);
        StateNewsAgencies = stateNewsAgencies;
        _cues = new SpanLookup<CueRole>(cues, ignoreCase: false);
        _speakerWords = new SpanLookup<SpeakerWordRole>(speakerWords, ignoreCase: false);
        _hedges = new SpanSet(hedges);
        _stanceNouns = new SpanSet(stanceNouns);
        Furniture = furniture;
    }

    /// <summary>The lists embedded in this assembly, loaded on first use.</summary>
    public static ClaimLexicon Default => Holder.Value;

    /// <summary>Each country's state news agency, by the gazetteer's names (<c>Korea Utara</c> → <c>Kantor Berita Sentral Korea</c>).</summary>
    public FrozenDictionary<string, string> StateNewsAgencies { get; }

    /// <summary>The phrases that open a sentence before its subject and name no speaker (<c>Kendati demikian</c>).</summary>
    public SentenceAdverbials SentenceAdverbials { get; }

    /// <summary>Short forms of office titles and the ranks beside them, to match a bare title with its holder.</summary>
    public OfficeTitles OfficeTitles { get; }

    /// <summary>Lower-case line openings that mark page furniture (<c>baca juga</c>).</summary>
    public IReadOnlyList<string> Furniture { get; }

    /// <summary>The role of a reporting word, or <see cref="CueRole.None"/>.</summary>
    public CueRole Cue(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        return TryLower(word, buffer, out var lower) && _cues.TryGetValue(lower, out var role) ? role : CueRole.None;
    }

    /// <summary>The roles of a word around a speaker phrase.</summary>
    public SpeakerWordRole SpeakerWord(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        return TryLower(word, buffer, out var lower) && _speakerWords.TryGetValue(lower, out var role) ? role : SpeakerWordRole.None;
    }

    /// <summary>Whether the word is a stance noun that can be a claim's whole content (<c>penolakan</c>).</summary>
    public bool IsStanceNoun(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        return TryLower(word, buffer, out var lower) && _stanceNouns.Contains(lower);
    }

    /// <summary>The roles of a word that bounds a claim's parts (<c>boundary-words.tsv</c>).</summary>
    public BoundaryWordRole BoundaryWord(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        return TryLower(word, buffer, out var lower) && _boundaryWords.TryGetValue(lower, out var role) ? role : BoundaryWordRole.None;
    }

    /// <summary>Whether the word hedges a claim (<c>mungkin</c>).</summary>
    public bool IsHedge(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        return TryLower(word, buffer, out var lower) && _hedges.Contains(lower);
    }

    /// <summary>Loads the lists from the embedded resources.</summary>
    public static ClaimLexicon Load()
    {
        var cues = new Dictionary<string, CueRole>(StringComparer.Ordinal);
        foreach (var (form, role) in ReadCueFamilies())
        {
            cues[form] = role;
        }

        var words = new Dictionary<string, SpeakerWordRole>(StringComparer.Ordinal);
        foreach (var (word, role) in ReadPairs("Claims/speaker-words.tsv"))
        {
            var flag = Enum.TryParse<SpeakerWordRole>(role, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidDataException($"speaker-words.tsv: unknown role '{role}' for '{word}'");
            words[word] = words.GetValueOrDefault(word) | flag;
        }

        var boundaries = new Dictionary<string, BoundaryWordRole>(StringComparer.Ordinal);
        foreach (var (word, role) in ReadPairs("Claims/boundary-words.tsv"))
        {
            var flag = Enum.TryParse<BoundaryWordRole>(role.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidDataException($"boundary-words.tsv: unknown role '{role}' for '{word}'");
            boundaries[word] = boundaries.GetValueOrDefault(word) | flag;
        }

        var hedges = ResourceText.ReadDataLines("Claims/hedges.txt").Select(l => l.Trim().ToLowerInvariant()).ToArray();
        var stanceNouns = ResourceText.ReadDataLines("Claims/stance-nouns.txt").Select(l => l.Trim().ToLowerInvariant()).ToArray();
        var furniture = ResourceText.ReadDataLines("Claims/furniture.txt").Select(l => l.Trim().ToLowerInvariant()).ToArray();
        var agencies = ResourceText.ReadDataLines("Claims/state-news-agencies.tsv").Select(l => l.Split('\t', StringSplitOptions.TrimEntries))
            .Select(f => f.Length == 2 && f[0].Length > 0 && f[1].Length > 0 ? (f[0], f[1]) : throw new InvalidDataException($"state-news-agencies.tsv: expected 'country<TAB>agency', got '{string.Join('\t', f)}'"))
            .ToFrozenDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        // The span tables index the words directly: freezing them first would only add start-up work.
        return new ClaimLexicon(cues, words, hedges, stanceNouns, furniture, agencies, boundaries, SentenceAdverbials.Load(), OfficeTitles.Load());
    }

    /// <summary>
    /// Every cue form with its role: each root of <c>cues.tsv</c> (unless its role is <c>root</c>) and the forms its
    /// family patterns derive (<see cref="CueMorphology"/>).
    /// </summary>
    public static IEnumerable<(string Form, CueRole Role)> ReadCueFamilies()
    {
        const string path = "Claims/cues.tsv";
        foreach (var line in ResourceText.ReadDataLines(path))
        {
            var fields = line.Split('\t', StringSplitOptions.TrimEntries);
            if (fields.Length < 2 || fields[0].Length == 0)
            {
                throw new InvalidDataException($"{path}: expected 'root<TAB>role[<TAB>family]', got '{line}'");
            }

            var root = fields[0].ToLowerInvariant();
            if (fields[1] != "root")
            {
                yield return (root, ParseRole(path, root, fields[1]));
            }

            if (fields.Length < 3)
            {
                continue;
            }

            foreach (var entry in fields[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = entry.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    throw new InvalidDataException($"{path}: expected 'pattern:role' for '{root}', got '{entry}'");
                }

                yield return (CueMorphology.Derive(root, entry[..colon]), ParseRole(path, root, entry[(colon + 1)..]));
            }
        }
    }

    private static CueRole ParseRole(string path, string root, string role) => role switch
    {
        "verb" => CueRole.Verb,
        "short" => CueRole.Short,
        "according" => CueRole.According,
        "passive" => CueRole.Passive,
        _ => throw new InvalidDataException($"{path}: unknown role '{role}' for '{root}'"),
    };

    private static IEnumerable<(string Word, string Role)> ReadPairs(string path)
    {
        foreach (var line in ResourceText.ReadDataLines(path))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new InvalidDataException($"{path}: expected 'word<TAB>role', got '{line}'");
            }

            yield return (line[..tab].Trim().ToLowerInvariant(), line[(tab + 1)..].Trim());
        }
    }

    // Words longer than any listed word cannot match, so they are rejected before copying.
    private static bool TryLower(ReadOnlySpan<char> word, Span<char> buffer, out ReadOnlySpan<char> lower)
    {
        if (word.Length == 0 || word.Length > buffer.Length)
        {
            lower = default;
            return false;
        }

        var n = word.ToLowerInvariant(buffer);
        lower = buffer[..n];
        return n > 0;
    }

    private static class Holder
    {
        public static readonly ClaimLexicon Value = Load();
    }
}
