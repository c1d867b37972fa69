using Geopolitics.Nlp.Entities;

namespace Geopolitics.Nlp.Cli.Output;

/// <summary>A plain-text summary of an analysis for a person to scan: entities by type, dates with values, claims.</summary>
internal static class TableWriter
{
    private const int ContentWidth = 90;

    public static void Write(TextWriter writer, ArticleAnalysis analysis)
    {
        var date = analysis.DocumentDate is { } d
            ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + (analysis.DocumentDateInferred ? " (inferred)" : " (given)")
            : "unknown";
        writer.WriteLine($"== {analysis.Id ?? "article"} — document date {date}; {analysis.Tokens.Count} tokens, {analysis.Sentences.Count} sentences");

        writer.WriteLine($"-- Entities ({analysis.Entities.Count})");
        foreach (var group in analysis.Entities.GroupBy(e => e.Type).OrderBy(g => g.Key))
        {
            foreach (var entity in group.GroupBy(e => e.Canonical, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var forms = string.Join(", ", entity.Select(e => e.Text).Distinct(StringComparer.Ordinal));
                var id = entity.First().Id is { } qid ? $" [{qid}]" : string.Empty;
                writer.WriteLine($"   {TypeName(group.Key),-13}{entity.Key}{id} ×{entity.Count()}  ({forms})");
            }
        }

        writer.WriteLine($"-- Dates ({analysis.Dates.Count})");
        foreach (var timex in analysis.Dates)
        {
            var mod = timex.Mod is { } m ? $" mod {m}" : string.Empty;
            writer.WriteLine($"   {Clip(timex.Text, 34),-36}{timex.Type.ToString().ToUpperInvariant(),-10}{timex.Value ?? "?"}{mod}");
        }

        writer.WriteLine($"-- Claims ({analysis.Claims.Count})");
        foreach (var claim in analysis.Claims)
        {
            var speaker = claim.Speaker.Entity is { } entity && entity != claim.Speaker.Text ? $"{claim.Speaker.Text} → {entity}" : claim.Speaker.Text;
            var hedge = claim.Hedged ? ", hedged" : string.Empty;
            writer.WriteLine($"   {speaker} [{claim.Cue.Text}; {claim.Kind.ToString().ToLowerInvariant()}{hedge}]");
            writer.WriteLine($"      “{Clip(claim.Content.Text, ContentWidth)}”");
        }

        writer.WriteLine();
    }

    private static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORGANIZATION",
        EntityType.Gpe => "GPE",
        EntityType.Location => "LOCATION",
        _ => "EVENT",
    };

    private static string Clip(string text, int width)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= width ? flat : string.Concat(flat.AsSpan(0, width - 1), "…");
    }
}
