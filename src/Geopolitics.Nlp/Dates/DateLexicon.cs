using System.Globalization;
using Geopolitics.Nlp.Resources;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Dates;

/// <summary>
/// The word lists of the date stage: CLDR month, weekday and relative names (<c>Resources/Dates/*.tsv</c>) and the
/// hand-written function words (<c>temporal-words.tsv</c>), looked up case-insensitively by span without allocating.
/// </summary>
internal sealed class DateLexicon
{
    private static readonly Lazy<DateLexicon> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SpanLookup<WordInfo> _words;
    private readonly SpanLookup<RelativeEntry[]> _relative;

    private readonly int _maxLength;

    /// <summary>
    /// Which (length, first letter, last letter) shapes occur among the words: a word whose shape is absent cannot be in
    /// the lexicon, which rules out most tokens of running text before any hashing. Filled once by the constructor.
    /// </summary>
    private readonly bool[] _shapes;

    private DateLexicon(IReadOnlyDictionary<string, WordInfo> words, IReadOnlyDictionary<string, RelativeEntry[]> relative)
    {
        _maxLength = words.Keys.Max(k => k.Length);
        _shapes = new bool[(_maxLength + 1) * 27 * 27];
        foreach (var key in words.Keys)
        {
            _shapes[Shape(key)] = true;
        }

        _words = new SpanLookup<WordInfo>(words, ignoreCase: true);
        _relative = new SpanLookup<RelativeEntry[]>(relative, ignoreCase: true);
    }

    /// <summary>The lexicon built from the embedded word lists, loaded once.</summary>
    public static DateLexicon Default => Shared.Value;

    /// <summary>Looks a word up; a trailing period (<c>Sept.</c>) is ignored when the exact form is unknown.</summary>
    public WordInfo Find(ReadOnlySpan<char> word)
    {
        // Most tokens are longer than any date word: skip hashing them.
        if (word.IsEmpty || word.Length > _maxLength + 1)
        {
            return default;
        }

        if (word.Length <= _maxLength && _shapes[Shape(word)] && _words.TryGetValue(word, out var info))
        {
            return info;
        }

        return word.Length > 1 && word[^1] == '.' && _shapes[Shape(word[..^1])] && _words.TryGetValue(word[..^1], out info) ? info : default;
    }

    private static int Shape(ReadOnlySpan<char> word) => (((word.Length * 27) + Letter(word[0])) * 27) + Letter(word[^1]);

    private static int Letter(char c) => (c | 0x20) is >= 'a' and <= 'z' ? (c | 0x20) - 'a' : 26;

    /// <summary>The fixed relative expressions that start with <paramref name="word"/>.</summary>
    public ReadOnlySpan<RelativeEntry> Relatives(ReadOnlySpan<char> word) =>
        _relative.TryGetValue(word, out var entries) ? entries : [];

    private static DateLexicon Load()
    {
        var words = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);
        void Add(string form, WordInfo add)
        {
            words.TryGetValue(form, out var old);
            words[form] = new WordInfo(
                old.Classes | add.Classes,
                add.Is(WordClass.Number | WordClass.Ordinal) ? add.Number : old.Number,
                add.Unit ?? old.Unit,
                add.Mod ?? old.Mod,
                add.Is(WordClass.Zone | WordClass.ZonePlace) ? add.Zone : old.Zone,
                add.Month != 0 ? add.Month : old.Month,
                add.Month != 0 ? add.MonthAbbreviated : old.MonthAbbreviated,
                add.Weekday != 0 ? add.Weekday : old.Weekday);
        }

        foreach (var line in ResourceText.ReadDataLines("Dates/months.tsv").Concat(ResourceText.ReadDataLines("Dates/english-months.tsv")))
        {
            var f = line.Split('\t');
            Add(f[1], new WordInfo(WordClass.Month, 0, null, null, 0, ParseInt(f[0]), !f[2].Contains("wide", StringComparison.Ordinal), 0));
        }

        foreach (var line in ResourceText.ReadDataLines("Dates/weekdays.tsv"))
        {
            var f = line.Split('\t');
            if (f[3] == "wide")
            {
                Add(f[2], new WordInfo(WordClass.Weekday, 0, null, null, 0, 0, false, ParseInt(f[0])));
            }
        }

        foreach (var line in ResourceText.ReadDataLines("Dates/temporal-words.tsv"))
        {
            var f = line.Split('\t');
            var cls = Enum.Parse<WordClass>(f[1], ignoreCase: true);
            var info = cls switch
            {
                WordClass.Number or WordClass.Ordinal => new WordInfo(cls, ParseInt(f[2]), null, null, 0, 0, false, 0),
                WordClass.Unit => new WordInfo(cls, 0, f[2], null, 0, 0, false, 0),
                WordClass.Part or WordClass.Approx => new WordInfo(cls, 0, null, ParseMod(f[2]), 0, 0, false, 0),
                WordClass.Zone or WordClass.ZonePlace => new WordInfo(cls, 0, null, null, ParseInt(f[2]), 0, false, 0),
                WordClass.DayPeriod or WordClass.YearPart or WordClass.Era => new WordInfo(cls, 0, f[2], null, 0, 0, false, 0),
                _ => new WordInfo(cls, 0, null, null, 0, 0, false, 0),
            };
            Add(f[0], info);
            if (cls == WordClass.Unit)
            {
                // "setahun", "sepekan", "sejam": one unit in one word.
                Add("se" + f[0], new WordInfo(WordClass.SeUnit | WordClass.Unit, 0, f[2], null, 0, 0, false, 0));
            }
        }

        var relative = new Dictionary<string, List<RelativeEntry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in ResourceText.ReadDataLines("Dates/relative.tsv"))
        {
            var f = line.Split('\t');
            if (f[4] != "fixed" || f[1] is "second" or "minute" or "hour")
            {
                continue;
            }

            var parts = f[0].ToLowerInvariant().Split(' ');
            var weekday = f[3].Length == 0 ? 0 : ParseInt(f[3]);
            if (!relative.TryGetValue(parts[0], out var list))
            {
                relative[parts[0]] = list = [];
            }

            list.Add(new RelativeEntry(parts[1..], f[1], ParseInt(f[2]), weekday));
            Add(parts[0], new WordInfo(WordClass.RelativeStart, 0, null, null, 0, 0, false, 0));
        }

        // Longest phrase first, so "kemarin dulu" wins over "kemarin".
        var longestFirst = relative.ToDictionary(
            p => p.Key, p => p.Value.OrderByDescending(e => e.Rest.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        return new DateLexicon(words, longestFirst);
    }

    private static int ParseInt(string s) => int.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static TimexMod ParseMod(string s) => s switch
    {
        "START" => TimexMod.Start,
        "MID" => TimexMod.Mid,
        "END" => TimexMod.End,
        "MORE_THAN" => TimexMod.MoreThan,
        "LESS_THAN" => TimexMod.LessThan,
        "APPROX" => TimexMod.Approx,
        "EQUAL_OR_MORE" => TimexMod.EqualOrMore,
        "EQUAL_OR_LESS" => TimexMod.EqualOrLess,
        _ => throw new InvalidDataException($"Unknown TIMEX mod '{s}' in temporal-words.tsv."),
    };
}
