using Geopolitics.Nlp.Resources;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// Cities outside Indonesia that are neither countries nor capitals (<c>Gazetteer/world-cities.tsv</c>, GeoNames cities of
/// 100,000 inhabitants or more: Goma, Kharkiv, Rafah, Mumbai) with their countries, and each country's names, looked up by
/// the gazetteer's normalized key. They are not gazetteer entries: many city names are also people's names (Charlotte,
/// Austin, Lincoln), so only <see cref="Passes.WorldCityPass"/> reads them, where the text says the name is a place.
/// The states and provinces abroad that are also people's names, words or cities (<c>world-subdivisions.tsv</c> rows of
/// scope <c>cue</c>: Florida, Sabah, Kano) are read the same way. Loaded once, with the rest of the embedded recognizer.
/// </summary>
internal sealed class WorldCities
{
    /// <summary>Longest city name, in tokens, that <see cref="Match"/> tries (San Nicolás de los Arroyos).</summary>
    public const int MaxTokens = 5;

    private static readonly Lazy<WorldCities> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>City key → the alpha-2 codes of the countries that have a city of that name, concatenated (<c>ARESMX</c>).</summary>
    private readonly SpanLookup<string> _cities;

    /// <summary>Country name key → the alpha-2 codes it names, concatenated (<c>kongo</c> → <c>CDCG</c>).</summary>
    private readonly SpanLookup<string> _countries;

    public WorldCities(IEnumerable<(string Name, string Alpha2)> cities, IEnumerable<(string Name, string Alpha2)> countryNames)
    {
        _cities = new SpanLookup<string>(Codes(cities), ignoreCase: false);
        _countries = new SpanLookup<string>(Codes(countryNames), ignoreCase: false);
    }

    /// <summary>The embedded list, loaded on first use.</summary>
    public static WorldCities Default => Embedded.Value;

    public int Count => _cities.Count;

    /// <summary>
    /// Reads <c>world-cities.tsv</c>, the <c>cue</c> rows of <c>world-subdivisions.tsv</c>, and the country names of
    /// <c>countries.tsv</c> and <c>country-variants.tsv</c>.
    /// </summary>
    public static WorldCities LoadEmbedded()
    {
        var cities = new List<(string, string)>(8192);
        foreach (var line in ResourceText.ReadDataLines("Gazetteer/world-cities.tsv"))
        {
            // alpha2 name variants population
            var f = line.Split('\t');
            cities.Add((f[1], f[0]));
            foreach (var v in Field(f, 2).Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                cities.Add((v, f[0]));
            }
        }

        foreach (var line in ResourceText.ReadDataLines("Gazetteer/world-subdivisions.tsv"))
        {
            // code name variants kind scope: only the subdivisions named like people, words or cities (Florida, Sabah,
            // Kano) are backoff names; the others are gazetteer entries
            var f = line.Split('\t');
            if (f.Length < 5 || f[4] != "cue")
            {
                continue;
            }

            var alpha2 = f[0][..2];
            cities.Add((f[1], alpha2));
            foreach (var v in f[2].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                cities.Add((v, alpha2));
            }
        }

        var countries = new List<(string, string)>(2048);
        foreach (var line in ResourceText.ReadDataLines("Gazetteer/countries.tsv"))
        {
            // alpha2 alpha3 name_id name_en variants; CLDR qualifies a shared name (Kongo - Kinshasa, Kongo (RDK)), and
            // the press writes the bare one (Goma, Kongo)
            var f = line.Split('\t');
            foreach (var name in Field(f, 4).Split('|', StringSplitOptions.RemoveEmptyEntries).Append(f[2]).Append(f[3]))
            {
                countries.Add((name, f[0]));
                var at = name.IndexOf(" - ", StringComparison.Ordinal);
                at = at > 0 ? at : name.IndexOf('(', StringComparison.Ordinal);
                if (at > 0)
                {
                    countries.Add((name[..at].TrimEnd(), f[0]));
                }
            }
        }

        foreach (var line in ResourceText.ReadDataLines("Gazetteer/country-variants.tsv"))
        {
            // alpha2 variant note
            var f = line.Split('\t');
            countries.Add((f[1], f[0]));
        }

        return new WorldCities(cities, countries);
    }

    /// <summary>
    /// The longest city name starting at token <paramref name="start"/>, its last token a word; returns its length in
    /// tokens (0 when none) and the alpha-2 codes of the countries with a city of that name.
    /// </summary>
    public int Match(IReadOnlyList<string> tokens, int start, out string countries)
    {
        countries = "";
        Span<char> buffer = stackalloc char[256];
        Span<int> lengths = stackalloc int[MaxTokens];
        var used = 0;
        var count = 0;
        for (var k = start; k < tokens.Count && count < MaxTokens && used + tokens[k].Length <= buffer.Length; k++)
        {
            used += Gazetteer.Normalize(tokens[k], buffer[used..]);
            lengths[count++] = used;
        }

        for (var len = count; len >= 1; len--)
        {
            // A match ends on a word: punctuation adds nothing to the key (Goma , → goma) and would stretch the span.
            if (char.IsLetterOrDigit(tokens[start + len - 1][0]) && _cities.TryGetValue(buffer[..lengths[len - 1]], out countries))
            {
                return len;
            }
        }

        countries = "";
        return 0;
    }

    /// <summary>
    /// The length in tokens of a name at <paramref name="start"/> that names one of <paramref name="countries"/> (alpha-2
    /// codes, concatenated), 0 when none.
    /// </summary>
    public int MatchCountry(IReadOnlyList<string> tokens, int start, string countries)
    {
        Span<char> buffer = stackalloc char[256];
        var used = 0;
        var best = 0;
        for (var k = start; k < tokens.Count && k - start < Gazetteer.MaxTokens && used + tokens[k].Length <= buffer.Length; k++)
        {
            var before = used;
            used += Gazetteer.Normalize(tokens[k], buffer[used..]);
            if (used > before && _countries.TryGetValue(buffer[..used], out var named) && SharesCode(named, countries))
            {
                best = k - start + 1;
            }
        }

        return best;
    }

    // A row's last cells may be empty, and the reader trims the tabs that held them.
    private static string Field(string[] fields, int index) => index < fields.Length ? fields[index] : "";

    private static bool SharesCode(string a, string b)
    {
        for (var i = 0; i + 1 < a.Length; i += 2)
        {
            for (var j = 0; j + 1 < b.Length; j += 2)
            {
                if (a[i] == b[j] && a[i + 1] == b[j + 1])
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Normalized key → the distinct codes of every name with that key, concatenated.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Codes(IEnumerable<(string Name, string Alpha2)> names)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, alpha2) in names)
        {
            var key = Gazetteer.Key(name);
            if (key.Length == 0)
            {
                continue;
            }

            if (!codes.TryGetValue(key, out var existing))
            {
                codes[key] = alpha2;
            }
            else if (!SharesCode(existing, alpha2))
            {
                codes[key] = existing + alpha2;
            }
        }

        return codes;
    }
}
