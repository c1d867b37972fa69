using System.Text.Json;
using Geopolitics.Nlp.Claims;

namespace Geopolitics.Nlp.Evaluation.Claims;

/// <summary>Reads the <c>claims</c> of a seed gold file (<c>seeds/NNN_id.gold.json</c>) as <see cref="Claim"/> values.</summary>
public static class GoldClaim
{
    /// <summary>The gold claims of one file.</summary>
    public static IReadOnlyList<Claim> Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return Read(doc.RootElement);
    }

    /// <summary>The gold claims under a parsed gold object.</summary>
    public static IReadOnlyList<Claim> Read(JsonElement root)
    {
        var claims = new List<Claim>();
        if (!root.TryGetProperty("claims", out var array))
        {
            return claims;
        }

        foreach (var c in array.EnumerateArray())
        {
            var kind = c.GetProperty("kind").GetString() switch
            {
                "direct" => ClaimKind.Direct,
                "according-to" => ClaimKind.AccordingTo,
                _ => ClaimKind.Indirect,
            };
            var s = c.GetProperty("speaker");
            var entity = s.TryGetProperty("entity", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            var hedged = c.TryGetProperty("hedged", out var h) && h.ValueKind == JsonValueKind.True;
            claims.Add(new Claim(kind, Part(c.GetProperty("cue")), new ClaimSpeaker(s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32(), s.GetProperty("text").GetString() ?? "", entity), Part(c.GetProperty("content")), hedged));
        }

        return claims;
    }

    private static ClaimPart Part(JsonElement e) => new(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("text").GetString() ?? "");
}
