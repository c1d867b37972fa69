using Geopolitics.Nlp.Resources;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Tokenization;

/// <summary>
/// Abbreviations that keep their final period (<c>Tn.</c>, <c>dll.</c>, <c>S.H.</c>), read from
/// <c>Resources/Tokenization/abbreviations.txt</c>, and the words that only look as if they ended in a clitic.
/// </summary>
internal sealed class AbbreviationLexicon
{
    private readonly SpanLookup<bool> _abbreviationLookup;
    private readonly SpanSet _lookalikeLookup;

    public AbbreviationLexicon(IEnumerable<KeyValuePair<string, bool>> abbreviations, IEnumerable<string> cliticLookalikes)
    {
        _abbreviationLookup = new SpanLookup<bool>(abbreviations, ignoreCase: false);
        _lookalikeLookup = new SpanSet(cliticLookalikes);
    }

    /// <summary>Loads the embedded lists.</summary>
    public static AbbreviationLexicon LoadEmbedded()
    {
        var abbreviations = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var line in ResourceText.ReadDataLines("Tokenization/abbreviations.txt"))
        {
            var tab = line.IndexOf('\t');
            var word = tab < 0 ? line : line[..tab];
            var isPrefix = tab >= 0 && line.AsSpan(tab + 1).Trim().SequenceEqual("prefix");
            abbreviations[word] = isPrefix;
        }

        return new AbbreviationLexicon(abbreviations, ResourceText.ReadDataLines("Tokenization/clitic-lookalikes.txt"));
    }

    /// <summary>Whether <paramref name="word"/> (without its period) is a known abbreviation.</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> word) => _abbreviationLookup.ContainsKey(word);

    /// <summary>Whether <paramref name="word"/> (without its period) is an abbreviation that precedes a name or number and so never ends a sentence.</summary>
    public bool IsPrefixAbbreviation(ReadOnlySpan<char> word) => _abbreviationLookup.TryGetValue(word, out var isPrefix) && isPrefix;

    /// <summary>Whether the lower-case <paramref name="lowerWord"/> ends like a clitic without having one.</summary>
    public bool IsCliticLookalike(ReadOnlySpan<char> lowerWord) => _lookalikeLookup.Contains(lowerWord);
}
