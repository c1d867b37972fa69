using System.Collections.Frozen;
using Geopolitics.Nlp.Resources;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// The words an office title is compared by: short forms expanded to the full title (<c>Menhan</c> → <c>menteri
/// pertahanan</c>, from <c>Resources/Claims/office-titles.tsv</c>) and the ranks and forms of address that stand
/// between a title and a name but belong to neither (<c>Jenderal</c>, from <c>Resources/Claims/ranks.txt</c>).
/// </summary>
internal sealed class OfficeTitles
{
    private readonly FrozenDictionary<string, string> _fullTitles;
    private readonly FrozenSet<string> _ranks;
    private readonly FrozenSet<string> _offices;

    // Title words and short forms, read by span with case ignored: the title scan asks about every token before every
    // person mention, and a lower-cased copy per token was two allocations each time.
    private readonly SpanSet _titleWordSpans;
    private readonly SpanSet _shortFormSpans;

    private OfficeTitles(FrozenDictionary<string, string> fullTitles, FrozenSet<string> ranks)
    {
        _fullTitles = fullTitles;
        _ranks = ranks;
        _offices = fullTitles.Values.ToFrozenSet(StringComparer.Ordinal);
        _titleWordSpans = new SpanSet(
            fullTitles.Values.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Concat(fullTitles.Keys).Distinct(StringComparer.Ordinal),
            ignoreCase: true);
        _shortFormSpans = new SpanSet(fullTitles.Keys, ignoreCase: true);
    }

    /// <summary>
    /// The lower-case word or whole title as titles compare it: a short form's or other name's full title, else itself.
    /// </summary>
    public string Expand(string lower) => _fullTitles.TryGetValue(lower, out var full) ? full : lower;

    /// <summary>Whether the lower-case word is a rank or form of address (<c>jenderal</c>, <c>prof.</c>).</summary>
    public bool IsRank(string lowerWord) => _ranks.Contains(lowerWord);

    /// <summary>
    /// Whether the word (case ignored) is a short form or a word of a full office title (<c>pertahanan</c> in <c>menteri
    /// pertahanan</c>), so that it may stand inside a title written in lower case.
    /// </summary>
    public bool IsTitleWord(ReadOnlySpan<char> word) => _titleWordSpans.Contains(word);

    /// <summary>Whether the word (case ignored) is a short form (<c>menhan</c>), which opens a title.</summary>
    public bool IsShortForm(ReadOnlySpan<char> word) => _shortFormSpans.Contains(word);

    /// <summary>Whether the compared title is a listed office (<c>menteri pertahanan</c>), so a phrase naming it names no one.</summary>
    public bool IsOffice(string title) => _offices.Contains(title);

    /// <summary>Loads both lists from the embedded resources.</summary>
    public static OfficeTitles Load()
    {
        const string path = "Claims/office-titles.tsv";
        var fullTitles = ResourceText.ReadDataLines(path).Select(l => l.Split('\t', StringSplitOptions.TrimEntries))
            .Select(f => f.Length == 2 && f[0].Length > 0 && f[1].Length > 0
                ? (f[0].ToLowerInvariant(), f[1].ToLowerInvariant())
                : throw new InvalidDataException($"{path}: expected 'short form<TAB>full title', got '{string.Join('\t', f)}'"))
            .ToFrozenDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        var ranks = ResourceText.ReadDataLines("Claims/ranks.txt").Select(l => l.Trim().ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        return new OfficeTitles(fullTitles, ranks);
    }
}
