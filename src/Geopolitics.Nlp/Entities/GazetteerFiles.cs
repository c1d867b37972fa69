using Geopolitics.Nlp.Resources;

namespace Geopolitics.Nlp.Entities;

/// <summary>Reads the gazetteer TSV files (see <c>Resources/SOURCE.md</c>) into (surface form, entry) pairs.</summary>
internal static class GazetteerFiles
{
    public static IEnumerable<(string Surface, GazetteerEntry Entry)> ReadAll()
    {
        var countryNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in Rows("Gazetteer/countries.tsv"))
        {
            // alpha2 alpha3 name_id name_en variants
            var entry = new GazetteerEntry(f[2], EntityType.Gpe, null, null);
            countryNames[f[0]] = f[2];
            yield return (f[2], entry);
            yield return (f[3], entry);
            foreach (var v in Split(f, 4))
            {
                yield return (v, entry);
            }
        }

        foreach (var f in Rows("Gazetteer/country-variants.tsv"))
        {
            if (countryNames.TryGetValue(f[0], out var name))
            {
                yield return (f[1], new GazetteerEntry(name, EntityType.Gpe, null, null));
            }
        }

        foreach (var f in Rows("Entities/places.tsv"))
        {
            yield return (f[0], new GazetteerEntry(f[2], ParseType(f[1]), null, null));
        }

        foreach (var f in Rows("Gazetteer/capitals.tsv"))
        {
            var entry = new GazetteerEntry(f[1], EntityType.Gpe, null, null);
            yield return (f[1], entry);
            yield return (f[2], entry);
        }

        var areaNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in Rows("Gazetteer/indonesia-areas.tsv"))
        {
            // code name kind canonical variants: every province and regency/city is a GPE
            var entry = new GazetteerEntry(f[3], EntityType.Gpe, null, null);
            areaNames[f[0]] = f[3];
            yield return (f[1], entry);
            foreach (var v in Split(f, 4))
            {
                yield return (v, entry);
            }
        }

        foreach (var f in Rows("Gazetteer/indonesia-area-variants.tsv"))
        {
            // code variant note: a province's press short form (Jatim, NTB)
            if (areaNames.TryGetValue(f[0], out var name))
            {
                yield return (f[1], new GazetteerEntry(name, EntityType.Gpe, null, null));
            }
        }

        foreach (var f in Rows("Gazetteer/organizations.tsv"))
        {
            // name_id acronyms name_en kind wikidata variants
            var entry = new GazetteerEntry(f[0], EntityType.Organization, Field(f, 4), null);
            yield return (f[0], entry);
            foreach (var v in Split(f, 1).Concat(Split(f, 5)))
            {
                yield return (v, entry);
            }

            if (Field(f, 2) is { } english)
            {
                yield return (english, entry);
            }
        }

        foreach (var f in Rows("Gazetteer/media-outlets.tsv", minFields: 1))
        {
            // name variants: news outlets, agencies and photo agencies
            var entry = new GazetteerEntry(f[0], EntityType.Organization, null, null);
            yield return (f[0], entry);
            foreach (var v in Split(f, 1))
            {
                yield return (v, entry);
            }
        }

        foreach (var f in Rows("Entities/place-epithets.tsv"))
        {
            // epithet type canonical: Negeri Tirai Bambu → Tiongkok
            yield return (f[0], new GazetteerEntry(f[2], ParseType(f[1]), null, null));
        }

        foreach (var f in Rows("Gazetteer/people.tsv"))
        {
            // name country wikidata variants short_forms roles; short forms are resolved in context, not here
            var entry = new GazetteerEntry(f[0], EntityType.Person, Field(f, 2), null);
            yield return (f[0], entry);
            foreach (var v in Split(f, 3))
            {
                yield return (v, entry);
            }
        }

        foreach (var f in Rows("Gazetteer/regions.tsv"))
        {
            // code name_id name_en variants type kind; 001 "Dunia" (world) is a common noun in Indonesian, not a name
            if (f[0] == "001")
            {
                continue;
            }

            var entry = new GazetteerEntry(f[1], ParseType(f[4]), null, null);
            yield return (f[1], entry);
            foreach (var v in Split(f, 3))
            {
                yield return (v, entry);
            }
        }

        foreach (var f in Rows("Gazetteer/world-subdivisions.tsv", minFields: 5))
        {
            // code name variants kind scope: states and provinces abroad (Sarawak, Queensland) are GPE entries; the `cue`
            // ones, also people's names, words or cities (Florida, Sabah), only where WorldCityPass sees a place
            if (f[4] != "entry")
            {
                continue;
            }

            var entry = new GazetteerEntry(f[1], EntityType.Gpe, null, null);
            yield return (f[1], entry);
            foreach (var v in Split(f, 2))
            {
                yield return (v, entry);
            }
        }
    }

    /// <summary>People's short forms (<c>Putin</c>), trusted only for a one-word PERSON mention with no full name before it.</summary>
    public static IEnumerable<(string Surface, GazetteerEntry Entry)> ReadShortForms() =>
        Rows("Gazetteer/people.tsv").SelectMany(f =>
            Split(f, 4).Select(v => (v, new GazetteerEntry(f[0], EntityType.Person, Field(f, 2), null))));

    /// <summary>The Indonesian names of the countries (<c>countries.tsv</c>).</summary>
    public static IEnumerable<string> ReadCountryNames() => Rows("Gazetteer/countries.tsv").Select(f => f[2]);

    /// <summary>Capital cities (by normalized key) and the Indonesian name of the country they are the capital of.</summary>
    public static Dictionary<string, string> ReadGovernments()
    {
        var countryNames = Rows("Gazetteer/countries.tsv").ToDictionary(f => f[0], f => f[2], StringComparer.Ordinal);
        var governments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in Rows("Gazetteer/capitals.tsv"))
        {
            if (countryNames.TryGetValue(f[0], out var country))
            {
                governments.TryAdd(Gazetteer.Key(f[1]), country);
                governments.TryAdd(Gazetteer.Key(f[2]), country);
            }
        }

        // Curated press forms of a capital (Moskwa → Moskow) govern too.
        foreach (var f in Rows("Entities/places.tsv"))
        {
            if (governments.TryGetValue(Gazetteer.Key(f[0]), out var country))
            {
                governments.TryAdd(Gazetteer.Key(f[2]), country);
            }
        }

        return governments;
    }

    private static IEnumerable<string[]> Rows(string path, int minFields = 2) =>
        ResourceText.ReadDataLines(path).Select(line => line.Split('\t')).Where(f => f.Length >= minFields);

    private static string? Field(string[] fields, int index) =>
        index < fields.Length && fields[index].Length > 0 ? fields[index] : null;

    private static IEnumerable<string> Split(string[] fields, int index) =>
        Field(fields, index)?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    private static EntityType ParseType(string type) => type switch
    {
        "GPE" => EntityType.Gpe,
        "LOCATION" => EntityType.Location,
        "ORGANIZATION" => EntityType.Organization,
        "PERSON" => EntityType.Person,
        _ => EntityType.Event,
    };
}
