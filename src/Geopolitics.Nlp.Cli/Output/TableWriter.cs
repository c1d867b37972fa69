using Geopolitics.Nlp.Entities;

namespace Geopolitics.Nlp.Cli.Output;

/// <summary>
/// A plain-text summary of an analysis for a person to scan: entities by type, dates with values, claims. Meant for a
/// terminal, so every piece of article text goes through <see cref="TerminalText.Sanitize"/>: an escape sequence or a
/// bidi override in an article shows as <c>\x1b</c> or <c>\u202e</c> instead of acting on the terminal.
/// </summary>
internal static class TableWriter
{
    private const int ContentWidth = 90;

    public static void Write(TextWriter writer, ArticleAnalysis analysis)
    {
        var date = analysis.DocumentDate is { } d
            ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + (analysis.DocumentDateInferred ? " (inferred)" : " (given)")
            : "unknown";
        writer.WriteLine($"== {Safe(analysis.Id ?? "article")} — document date {date}; {analysis.Tokens.Count} tokens, {analysis.Sentences.Count} sentences");
        if (LanguageWarning(analysis) is { } warning)
        {
            writer.WriteLine("!! " + warning);
        }

        writer.WriteLine($"-- Entities ({analysis.Entities.Count})");
        foreach (var group in analysis.Entities.GroupBy(e => e.Type).OrderBy(g => g.Key))
        {
            foreach (var entity in group.GroupBy(e => e.Canonical, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var forms = string.Join(", ", entity.Select(e => Safe(e.Text)).Distinct(StringComparer.Ordinal));
                var id = entity.First().Id is { } qid ? $" [{Safe(qid)}]" : string.Empty;
                writer.WriteLine($"   {group.Key.ToName(),-13}{Safe(entity.Key)}{id} ×{entity.Count()}  ({forms})");
            }
        }

        writer.WriteLine($"-- Dates ({analysis.Dates.Count})");
        foreach (var timex in analysis.Dates)
        {
            var mod = timex.Mod is { } m ? $" mod {m.ToName()}" : string.Empty;
            writer.WriteLine($"   {Clip(timex.Text, 34),-36}{timex.Type.ToName(),-10}{Safe(timex.Value ?? "?")}{mod}");
        }

        writer.WriteLine($"-- Claims ({analysis.Claims.Count})");
        foreach (var claim in analysis.Claims)
        {
            var speaker = claim.Speaker.Entity is { } entity && entity != claim.Speaker.Text ? $"{Safe(claim.Speaker.Text)} → {Safe(entity)}" : Safe(claim.Speaker.Text);
            var hedge = claim.Hedged ? ", hedged" : string.Empty;
            writer.WriteLine($"   {speaker} [{Safe(claim.Cue.Text)}; {claim.Kind.ToName()}{hedge}]");
            writer.WriteLine($"      “{Clip(claim.Content.Text, ContentWidth)}”");
        }

        writer.WriteLine();
    }

    /// <summary>A flag for text the library does not read as Indonesian: its entities, dates and claims are unreliable.</summary>
    internal static string? LanguageWarning(ArticleAnalysis analysis) => analysis.Language switch
    {
        null or "id" => null,
        "und" => "language undetermined (too short, a list of names or markup?): the results may be unreliable",
        var language => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"not Indonesian: language {Safe(language)} (confidence {analysis.LanguageConfidence:0.00}); the stages read Indonesian, so these results are unreliable"),
    };

    /// <summary>One line of terminal-safe text: line breaks and tabs become spaces, control characters escapes.</summary>
    private static string Safe(string text) => TerminalText.Sanitize(Flatten(text));

    private static string Flatten(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');

    // Clipped before sanitizing, so an escape is never cut in half.
    private static string Clip(string text, int width)
    {
        var flat = Flatten(text);
        return TerminalText.Sanitize(flat.Length <= width ? flat : string.Concat(flat.AsSpan(0, width - 1), "…"));
    }
}
