using System.Globalization;
using System.Text.Json;

namespace Geopolitics.Nlp.Evaluation.Dates;

/// <summary>One gold temporal expression: offsets, text, type, value (null when the gold gives none) and mod.</summary>
public sealed record GoldTimex(int Start, int End, string Text, string? Type, string? Value, string? Mod);

/// <summary>An article and its gold <c>dates</c>, read from a <c>NNN_id.gold.json</c> file and the <c>.txt</c> beside it.</summary>
public sealed record DateGoldDocument(string Id, string Text, DateOnly? DocumentDate, IReadOnlyList<GoldTimex> Dates)
{
    /// <summary>Reads <paramref name="goldPath"/>; the article is the file of the same name ending in <c>.txt</c>.</summary>
    public static DateGoldDocument Load(string goldPath)
    {
        var textPath = goldPath.EndsWith(".gold.json", StringComparison.Ordinal)
            ? goldPath[..^".gold.json".Length] + ".txt"
            : Path.ChangeExtension(goldPath, ".txt");
        var text = File.ReadAllText(textPath);
        using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
        var root = json.RootElement;
        var id = root.TryGetProperty("id", out var idElement) ? idElement.GetString() ?? Path.GetFileName(goldPath) : Path.GetFileName(goldPath);
        DateOnly? documentDate = root.TryGetProperty("documentDate", out var d) && d.ValueKind == JsonValueKind.String
            ? DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
        var dates = new List<GoldTimex>();
        if (root.TryGetProperty("dates", out var array))
        {
            foreach (var e in array.EnumerateArray())
            {
                dates.Add(new GoldTimex(
                    e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("text").GetString() ?? string.Empty,
                    Str(e, "type"), Str(e, "value"), Str(e, "mod")));
            }
        }

        return new DateGoldDocument(id, text, documentDate, dates);
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
