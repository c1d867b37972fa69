using Geopolitics.Nlp.Dates;

namespace Geopolitics.Nlp.Cli.Output;

/// <summary>The side panel of the HTML view: entities by canonical name, dates in time order, claims by speaker.</summary>
internal static class HtmlPanel
{
    public static void Write(TextWriter writer, ArticleAnalysis analysis)
    {
        writer.Write("<section><h2>Entities</h2><ul class=\"entities\">");
        foreach (var group in analysis.Entities.GroupBy(e => (e.Type, e.Canonical)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Canonical, StringComparer.Ordinal))
        {
            var type = group.Key.Type.ToName();
            writer.Write($"<li><span class=\"ent {type.ToLowerInvariant()}\">{HtmlWriter.E(group.Key.Canonical)}</span> <span class=\"count\">×{group.Count()}</span></li>");
        }

        writer.Write("</ul></section>\n<section><h2>Dates</h2><ol class=\"dates\">");
        foreach (var timex in analysis.Dates.OrderBy(SortKey, StringComparer.Ordinal))
        {
            writer.Write($"<li><code>{HtmlWriter.E(timex.Value ?? "?")}</code> {HtmlWriter.E(timex.Text)}</li>");
        }

        writer.Write("</ol></section>\n<section><h2>Claims</h2>");
        foreach (var speaker in analysis.Claims.GroupBy(c => c.Speaker.Entity ?? c.Speaker.Text).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            writer.Write($"<h3>{HtmlWriter.E(speaker.Key)}</h3><ul class=\"claims\">");
            foreach (var claim in speaker)
            {
                writer.Write($"<li><span class=\"cue\">{HtmlWriter.E(claim.Cue.Text)}</span> {HtmlWriter.E(claim.Content.Text)}</li>");
            }

            writer.Write("</ul>");
        }

        writer.Write("</section>\n");
    }

    // Durations and unresolved values sort after calendar values.
    private static string SortKey(TemporalExpression timex) =>
        timex.Type == TimexType.Duration || timex.Value is null ? "~" + timex.Value : timex.Value;
}
