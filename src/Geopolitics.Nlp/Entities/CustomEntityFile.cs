using System.Text.Json;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// Reads custom entities from a file: JSON when the name ends in <c>.json</c>, tab-separated text otherwise. Formats
/// (also in the README):
/// <list type="bullet">
/// <item>TSV: one entity per line, <c>name&lt;TAB&gt;type[&lt;TAB&gt;variants[&lt;TAB&gt;wikidata]]</c>, variants separated by
/// <c>|</c>; empty lines and lines starting with <c>#</c> are skipped.</item>
/// <item>JSON: an array of <c>{"name": …, "type": …, "variants": [ … ], "wikidataId": …}</c>; only name and type are required.</item>
/// </list>
/// Types are the guideline's names (<c>PERSON</c>, <c>ORGANIZATION</c>, <c>GPE</c>, <c>LOCATION</c>, <c>EVENT</c>), in any case.
/// </summary>
internal static class CustomEntityFile
{
    /// <summary>The entities in the file, or the problems that keep it from being read (with line numbers).</summary>
    public static (List<CustomEntity> Entities, List<string> Errors) Read(string path)
    {
        var entities = new List<CustomEntity>();
        var errors = new List<string>();
        string content;
        try
        {
            content = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Add($"Cannot read the custom entities file '{path}': {e.Message}");
            return (entities, errors);
        }

        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            ReadJson(path, content, entities, errors);
        }
        else
        {
            ReadTsv(path, content, entities, errors);
        }

        return (entities, errors);
    }

    /// <summary>What is wrong with one entity, or nothing.</summary>
    public static IEnumerable<string> Problems(CustomEntity entity, string where)
    {
        if (string.IsNullOrWhiteSpace(entity.Name))
        {
            yield return $"{where}: the name is empty.";
        }

        if (!Enum.IsDefined(entity.Type))
        {
            yield return $"{where}: '{entity.Type}' is not an entity type.";
        }

        if (entity.WikidataId is { Length: > 0 } id && !IsWikidataId(id))
        {
            yield return $"{where}: '{id}' is not a Wikidata id (Q followed by digits).";
        }
    }

    private static void ReadTsv(string path, string content, List<CustomEntity> entities, List<string> errors)
    {
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r', ' ');
            if (line.Length == 0 || line[0] == '#' || (i == 0 && line[0] == '\uFEFF' && line.Length == 1))
            {
                continue;
            }

            var where = $"{path}, line {i + 1}";
            var fields = line.TrimStart('\uFEFF').Split('\t');
            if (fields.Length < 2)
            {
                errors.Add($"{where}: expected name<TAB>type[<TAB>variants[<TAB>wikidata]].");
                continue;
            }

            if (!AnnotationNames.TryParse(fields[1], out EntityType type))
            {
                errors.Add($"{where}: '{fields[1]}' is not PERSON, ORGANIZATION, GPE, LOCATION or EVENT.");
                continue;
            }

            var entity = new CustomEntity { Name = fields[0].Trim(), Type = type, WikidataId = fields.Length > 3 && fields[3].Trim().Length > 0 ? fields[3].Trim() : null };
            if (fields.Length > 2)
            {
                foreach (var variant in fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    entity.Variants.Add(variant);
                }
            }

            Add(entity, where, entities, errors);
        }
    }

    private static void ReadJson(string path, string content, List<CustomEntity> entities, List<string> errors)
    {
        try
        {
            using var document = JsonDocument.Parse(content, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"{path}: expected a JSON array of entities.");
                return;
            }

            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                var where = $"{path}, entity {index++}";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    errors.Add($"{where}: expected an object.");
                    continue;
                }

                var typeText = String(item, "type");
                if (typeText is null || !AnnotationNames.TryParse(typeText, out EntityType type))
                {
                    errors.Add($"{where}: \"type\" must be PERSON, ORGANIZATION, GPE, LOCATION or EVENT.");
                    continue;
                }

                var entity = new CustomEntity { Name = String(item, "name") ?? string.Empty, Type = type, WikidataId = String(item, "wikidataId") };
                if (item.TryGetProperty("variants", out var variants) && variants.ValueKind == JsonValueKind.Array)
                {
                    foreach (var variant in variants.EnumerateArray())
                    {
                        if (variant.ValueKind == JsonValueKind.String && variant.GetString() is { Length: > 0 } v)
                        {
                            entity.Variants.Add(v);
                        }
                    }
                }

                Add(entity, where, entities, errors);
            }
        }
        catch (JsonException e)
        {
            errors.Add($"{path}: not valid JSON ({e.Message}).");
        }
    }

    private static void Add(CustomEntity entity, string where, List<CustomEntity> entities, List<string> errors)
    {
        var problems = Problems(entity, where).ToList();
        if (problems.Count > 0)
        {
            errors.AddRange(problems);
        }
        else
        {
            entities.Add(entity);
        }
    }

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsWikidataId(string id) =>
        id.Length >= 2 && id[0] == 'Q' && id.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;
}
