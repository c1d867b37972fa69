using System.Collections.Frozen;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// Names of countries, capitals, places, regions, organizations and people from the embedded TSV files, looked up by a
/// normalized key (lower-case letters and digits only) so that <c>Korea Utara</c>, <c>korea utara</c> and the tokens
/// <c>Korea</c>, <c>Utara</c> all find the same entry.
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>Longest name, in tokens, that <see cref="Match"/> tries.</summary>
    public const int MaxTokens = 7;

    private readonly SpanLookup<GazetteerEntry> _lookup;

    private readonly FrozenDictionary<string, GazetteerEntry> _shortForms;
    private readonly FrozenDictionary<string, string> _governments;
    private readonly FrozenSet<string> _countries;

    /// <summary>The names written in lower case (<c>detikcom</c>, <c>kumparan</c>), which a lower-case token may be as written.</summary>
    private readonly FrozenDictionary<string, GazetteerEntry> _lowerCaseNames;

    /// <summary>Every prefix of every key, so that <see cref="Match"/> stops as soon as no longer name can match.</summary>
    private readonly PrefixFilter _prefixes;

    public Gazetteer(
        IEnumerable<(string Surface, GazetteerEntry Entry)> names,
        IEnumerable<(string Surface, GazetteerEntry Entry)> shortForms,
        IReadOnlyDictionary<string, string>? governments = null,
        IEnumerable<string>? countries = null)
    {
        _countries = (countries ?? []).ToFrozenSet(StringComparer.Ordinal);
        _governments = (governments ?? new Dictionary<string, string>()).ToFrozenDictionary(StringComparer.Ordinal);
        _shortForms = shortForms.GroupBy(p => Key(p.Surface), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0 && g.Select(p => p.Entry.Canonical).Distinct().Count() == 1) // ambiguous short forms are dropped
            .ToFrozenDictionary(g => g.Key, g => g.First().Entry, StringComparer.Ordinal);
        var map = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var lowerCase = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var (surface, entry) in names)
        {
            // An organization's lower-case variant of letters only is a name as written too (`dpa` of Deutsche Presse-Agentur).
            if (surface.Length > 0 && char.IsLower(surface[0]) &&
                (surface == entry.Canonical || (entry.Type == EntityType.Organization && surface.Length >= 3 && surface.All(char.IsLetter))))
            {
                lowerCase.TryAdd(surface, entry); // as written: its key may be taken by an acronym matched only in capitals (DPA)
            }

            var key = Key(surface);
            // The first file wins: countries before capitals before curated places, so a country keeps its own type.
            if (key.Length > 0 && !map.ContainsKey(key))
            {
                var exact = surface.Length <= 4 && surface.All(c => !char.IsLower(c)) ? surface : null;
                map[key] = entry with { ExactForm = exact };
            }
        }

        _lowerCaseNames = lowerCase.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = new SpanLookup<GazetteerEntry>(map, ignoreCase: false);
        _prefixes = new PrefixFilter(map.Keys);
    }

    public int Count => _lookup.Count;

    /// <summary>Whether an entry names a country (from <c>countries.tsv</c>), not a city, region or province.</summary>
    public bool IsCountry(GazetteerEntry entry) => _countries.Contains(entry.Canonical);

    /// <summary>Loads the embedded gazetteer files.</summary>
    public static Gazetteer LoadEmbedded() => LoadEmbedded([]);

    /// <summary>Loads the embedded gazetteer files with extra names ahead of them: an extra name wins over an embedded one.</summary>
    public static Gazetteer LoadEmbedded(IEnumerable<(string Surface, GazetteerEntry Entry)> extra) =>
        new(extra.Concat(GazetteerFiles.ReadAll()), GazetteerFiles.ReadShortForms(), GazetteerFiles.ReadGovernments(), GazetteerFiles.ReadCountryNames());

    /// <summary>The country a capital city stands for when it acts as a government (<c>Beijing menilai …</c> → <c>Tiongkok</c>).</summary>
    public bool TryGetGovernment(ReadOnlySpan<char> capital, out string country) => _governments.TryGetValue(Key(capital), out country!);

    /// <summary>The normalized key of a name: lower-case letters and digits, everything else dropped.</summary>
    public static string Key(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = Normalize(text, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Looks up one surface form (which may be several words).</summary>
    public bool TryGet(ReadOnlySpan<char> surface, out GazetteerEntry entry)
    {
        Span<char> buffer = surface.Length <= 256 ? stackalloc char[surface.Length] : new char[surface.Length];
        var n = Normalize(surface, buffer);
        return TryGetKey(buffer[..n], surface, out entry);
    }

    /// <summary>
    /// The entry of a name the gazetteer writes in lower case, as this token is (<c>dihubungi detikcom</c>); other
    /// lower-case tokens are common words and are not looked up.
    /// </summary>
    public bool TryGetLowerCaseName(string token, out GazetteerEntry entry) => _lowerCaseNames.TryGetValue(token, out entry!);

    /// <summary>
    /// The organization whose acronym, listed in capitals and matched only so in running text (<c>ANT</c>), this token
    /// writes in another case (<c>Ant</c>), as closing credits abbreviate agencies (<c>(AFP/Ant/I-2)</c>).
    /// </summary>
    public bool TryGetAcronymInAnyCase(string token, out GazetteerEntry entry)
    {
        entry = null!;
        if (token.Length is < 2 or > 4)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[4];
        var n = Normalize(token, buffer);
        return n == token.Length && _lookup.TryGetValue(buffer[..n], out entry!) && entry.ExactForm is not null && entry.Type == EntityType.Organization;
    }

    /// <summary>The person a one-word short form (<c>Putin</c>) names, when it names only one.</summary>
    public bool TryGetShortForm(string surface, out GazetteerEntry entry) => _shortForms.TryGetValue(Key(surface), out entry!);

    /// <summary>
    /// Whether <see cref="Match"/> can find a name starting at this token: its normalized key begins some name, or it has
    /// none (punctuation, which a match passes over). False means <see cref="Match"/> returns 0 there.
    /// </summary>
    public bool MayStartName(ReadOnlySpan<char> token)
    {
        Span<char> buffer = token.Length <= 256 ? stackalloc char[token.Length] : new char[token.Length];
        var n = Normalize(token, buffer);
        return n == 0 || n > 512 || _prefixes.MayBegin(buffer[..n]);
    }

    // `P5 | + | 1`: a short form matched only as written, split by the tokenizer, is its tokens written together.
    private static bool IsWrittenAs(IReadOnlyList<string> tokens, int start, int len, string exact)
    {
        var at = 0;
        for (var k = start; k < start + len; k++)
        {
            if (!exact.AsSpan(at).StartsWith(tokens[k], StringComparison.Ordinal))
            {
                return false;
            }

            at += tokens[k].Length;
        }

        return at == exact.Length;
    }

    /// <summary>
    /// The longest gazetteer name that starts at token <paramref name="start"/>; returns its length in tokens, 0 when none.
    /// </summary>
    public int Match(IReadOnlyList<string> tokens, int start, out GazetteerEntry entry)
    {
        entry = null!;
        Span<char> buffer = stackalloc char[512];
        Span<int> lengths = stackalloc int[MaxTokens];
        var used = 0;
        var count = 0;
        for (var k = start; k < tokens.Count && k - start < MaxTokens; k++)
        {
            var token = tokens[k];
            if (used + token.Length > buffer.Length || (k > start && token == ")"))
            {
                // A closing parenthesis ends a name: punctuation is left out of the keys, and `(Kadin) Indonesia` must
                // not read as `Kadin Indonesia` (a name ending in one, `Kongo (RDK)`, matched before it anyway).
                break;
            }

            used += Normalize(token, buffer[used..]);
            if (used > 0 && !_prefixes.MayBegin(buffer[..used]))
            {
                break; // no name starts with these tokens
            }

            lengths[count++] = used;
        }

        for (var len = count; len >= 1; len--)
        {
            var keyLength = lengths[len - 1];
            if (keyLength == 0 || (len > 1 && lengths[len - 2] == keyLength))
            {
                continue; // the last token adds nothing (punctuation): the shorter match is the real one
            }

            if (_lookup.TryGetValue(buffer[..keyLength], out var found) &&
                (found.ExactForm is null || (len == 1 ? tokens[start] == found.ExactForm : IsWrittenAs(tokens, start, len, found.ExactForm))))
            {
                entry = found;
                return ClosesParenthesis(tokens, start, len) ? len + 1 : len;
            }
        }

        return 0;
    }

    // `Kongo (RDK)`: a name that opens a parenthesis takes the closing one after it (the key leaves punctuation out).
    private static bool ClosesParenthesis(IReadOnlyList<string> tokens, int start, int length)
    {
        if (start + length >= tokens.Count || tokens[start + length] != ")")
        {
            return false;
        }

        var open = 0;
        for (var k = start; k < start + length; k++)
        {
            open += tokens[k] == "(" ? 1 : tokens[k] == ")" ? -1 : 0;
        }

        return open > 0;
    }

    private bool TryGetKey(ReadOnlySpan<char> key, ReadOnlySpan<char> surface, out GazetteerEntry entry)
    {
        if (_lookup.TryGetValue(key, out entry!) &&
            (entry.ExactForm is null || surface.SequenceEqual(entry.ExactForm)))
        {
            return true;
        }

        entry = null!;
        return false;
    }

    /// <summary>Writes the normalized key of <paramref name="text"/> (see <see cref="Key"/>) and returns its length.</summary>
    internal static int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                destination[n++] = char.ToLowerInvariant(c);
            }
        }

        return n;
    }
}
