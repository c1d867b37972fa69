using System.Collections.Frozen;
using System.Collections.Immutable;
using Geopolitics.Nlp.Resources;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Language;

/// <summary>
/// A cheap check of whether a text is Indonesian: the share of its words that are Indonesian, Malay or English
/// function words (<c>Resources/Language/function-words.tsv</c>). Function words make up a quarter to a half of running
/// text in any of these languages and almost none of a list of names, markup or noise, so their profile separates the
/// three and says when there is too little language to tell (<c>und</c>). No model, one pass over at most
/// <see cref="MaxWords"/> words.
/// </summary>
internal sealed class LanguageIdentifier
{
    public const string Indonesian = "id";
    public const string Malay = "ms";
    public const string English = "en";
    public const string Undetermined = "und";

    /// <summary>Enough words to decide; the rest of a long article is not read.</summary>
    public const int MaxWords = 2000;

    /// <summary>Below this many words nothing is decided: one sentence fragment can look like anything.</summary>
    private const int MinWords = 3;

    /// <summary>
    /// The share of function words below which a text is not taken for the language at all: running Indonesian and
    /// English news sit at 0.25–0.45, lists of names and junk near 0.
    /// </summary>
    private const double MinShare = 0.08;

    /// <summary>The share at which the confidence saturates.</summary>
    private const double FullShare = 0.2;

    private const int LongestWord = 16;

    private readonly FrozenDictionary<string, Languages> _words;
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, Languages>.AlternateLookup<ReadOnlySpan<char>> _lookup;
#endif

    public LanguageIdentifier(IEnumerable<(string Word, Languages Languages)> words)
    {
        _words = words.ToFrozenDictionary(w => w.Word, w => w.Languages, StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    [Flags]
    internal enum Languages : byte
    {
        None = 0,
        Indonesian = 1,
        Malay = 2,
        English = 4,
    }

    /// <summary>The embedded word list.</summary>
    public static LanguageIdentifier Default { get; } = new(ResourceText.ReadDataLines("Language/function-words.tsv").Select(Parse));

    /// <summary>The language of the text (<c>id</c>, <c>ms</c>, <c>en</c> or <c>und</c>) and a confidence in [0, 1].</summary>
    public (string Language, double Confidence) Identify(string text, ImmutableArray<Token> tokens)
    {
        int words = 0, indonesian = 0, malay = 0, english = 0, indonesianOnly = 0, malayOnly = 0;
        Span<char> lower = stackalloc char[LongestWord];
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word || !char.IsLetter(text[token.Start]))
            {
                continue;
            }

            if (++words > MaxWords)
            {
                words = MaxWords;
                break;
            }

            var span = text.AsSpan(token.Start, token.End - token.Start);
            // Acronyms say nothing about the language and AS (Amerika Serikat) would read as English "as".
            if (span.Length > LongestWord || (span.Length > 1 && IsAllCapitals(span)))
            {
                continue;
            }

            var n = span.ToLowerInvariant(lower);
            var languages = Lookup(lower[..n]);
            indonesian += (languages & Languages.Indonesian) != 0 ? 1 : 0;
            malay += (languages & Languages.Malay) != 0 ? 1 : 0;
            english += (languages & Languages.English) != 0 ? 1 : 0;
            indonesianOnly += languages == Languages.Indonesian ? 1 : 0;
            malayOnly += languages == Languages.Malay ? 1 : 0;
        }

        var malayFamily = Math.Max(indonesian, malay);
        var best = Math.Max(malayFamily, english);
        if (words < MinWords || best < MinShare * words)
        {
            return (Undetermined, 0);
        }

        // How much language there is, times how clearly one family wins over the other.
        var density = Math.Min(1, best / (FullShare * words));
        var margin = best / (double)(malayFamily + english);
        if (english > malayFamily)
        {
            return (English, Round(density * margin));
        }

        // Indonesian and Malay share most function words; the words one spells or chooses differently decide, and
        // Indonesian, the language this library reads, wins a tie.
        var (language, own, other) = malayOnly > indonesianOnly
            ? (Malay, malayOnly, indonesianOnly)
            : (Indonesian, indonesianOnly, malayOnly);
        var distinct = (own + 1) / (double)(own + other + 1);
        return (language, Round(density * margin * distinct));
    }

    private Languages Lookup(ReadOnlySpan<char> word)
    {
#if NET9_0_OR_GREATER
        return _lookup.TryGetValue(word, out var languages) ? languages : Languages.None;
#else
        return _words.TryGetValue(word.ToString(), out var languages) ? languages : Languages.None;
#endif
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static double Round(double confidence) => Math.Round(confidence, 2, MidpointRounding.AwayFromZero);

    private static (string, Languages) Parse(string line)
    {
        var fields = line.Split('\t');
        var languages = Languages.None;
        foreach (var code in fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            languages |= code switch
            {
                Indonesian => Languages.Indonesian,
                Malay => Languages.Malay,
                English => Languages.English,
                _ => throw new InvalidDataException($"Unknown language code '{code}' in function-words.tsv."),
            };
        }

        return (fields[0], languages);
    }
}
