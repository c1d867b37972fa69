using System.Globalization;
using System.Net;

namespace Geopolitics.Nlp.Corpus.Reporting;

/// <summary>
/// A self-contained HTML dashboard of a corpus: a zoomable timeline of dated claims and events, entities by type
/// with article counts, claims grouped by speaker with links to each article's page, and a speaker → about network
/// drawn as SVG, with filters by entity and date range. One file, no network; every corpus text is HTML-escaped.
/// </summary>
public static class CorpusDashboard
{
    private const double TimelineLeft = 40;
    private const double TimelineWidth = 920;

    /// <summary>Writes the dashboard of <paramref name="corpus"/> to <paramref name="writer"/>.</summary>
    public static void Write(CorpusDatabase corpus, TextWriter writer, DashboardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= new DashboardOptions();
        var data = DashboardData.Read(corpus, options);
        writer.Write("<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Corpus dashboard</title>");
        writer.Write("<style>" + DashboardAssets.Style + "</style></head><body>\n");
        WriteHeader(writer, data);
        writer.Write("<main>\n");
        WriteTimeline(writer, data);
        WriteEntities(writer, data);
        WriteNetwork(writer, data, options);
        WriteSpeakers(writer, data, options);
        writer.Write("</main>\n<script>" + DashboardAssets.Script + "</script></body></html>\n");
    }

    private static void WriteHeader(TextWriter w, DashboardData data)
    {
        w.Write("<header><h1>Corpus dashboard</h1><p class=\"counts\" id=\"counts\">");
        w.Write(string.Join(" · ", data.Counts.Where(c => c.Key != "errors" || c.Value > 0).Select(c => $"{c.Value:N0} {E(c.Key)}")));
        w.Write("</p><form id=\"filters\" onsubmit=\"return false\"><label>Entity<select id=\"f-entity\"><option value=\"\">all entities</option>");
        foreach (var e in data.Entities.OrderByDescending(e => e.Articles).ThenBy(e => e.Name, StringComparer.Ordinal))
        {
            w.Write($"<option value=\"{E(e.Id)}\">{E(e.Name)} ({E(e.Type)}, {e.Articles})</option>");
        }

        w.Write("</select></label><label>From<input type=\"date\" id=\"f-from\"></label><label>To<input type=\"date\" id=\"f-to\"></label>");
        w.Write("<button type=\"button\" id=\"f-reset\">Reset</button></form></header>\n");
    }

    private static void WriteTimeline(TextWriter w, DashboardData data)
    {
        var days = data.Timeline.Select(p => p.Day).ToList();
        var from = days.Count == 0 ? DateOnly.FromDateTime(DateTime.UnixEpoch) : days.Min();
        var to = days.Count == 0 ? from : days.Max();
        if (to <= from)
        {
            (from, to) = (from.AddDays(-1), from.AddDays(1));
        }

        w.Write("<section id=\"timeline-section\"><h2>Timeline of dated claims and events</h2>");
        w.Write("<p class=\"counts\"><button type=\"button\" id=\"zoom-in\">Zoom in</button> <button type=\"button\" id=\"zoom-out\">Zoom out</button> ");
        w.Write($"<button type=\"button\" id=\"zoom-reset\">All dates</button> <span id=\"t-shown\">{data.Timeline.Count}</span> shown of {data.TimelineTotal:N0} ");
        w.Write("(<span style=\"color:var(--claim)\">●</span> claims, <span style=\"color:var(--date)\">●</span> dated events; scroll on the timeline to zoom)</p>");
        w.Write($"<svg id=\"timeline\" viewBox=\"0 0 1000 170\" role=\"img\" aria-label=\"timeline\" data-from=\"{Iso(from)}\" data-to=\"{Iso(to)}\">");
        w.Write("<line class=\"axis\" x1=\"40\" y1=\"150\" x2=\"960\" y2=\"150\"/>");
        w.Write($"<text class=\"tick\" x=\"40\" y=\"166\" id=\"t-from\">{Iso(from)}</text><text class=\"tick\" x=\"960\" y=\"166\" text-anchor=\"end\" id=\"t-to\">{Iso(to)}</text>");
        w.Write("<text class=\"tick\" x=\"4\" y=\"44\">claims</text><text class=\"tick\" x=\"4\" y=\"114\">events</text>");
        var span = to.DayNumber - from.DayNumber;
        var i = 0;
        foreach (var p in data.Timeline)
        {
            var x = TimelineLeft + TimelineWidth * (p.Day.DayNumber - from.DayNumber) / span;
            var y = (p.Kind == "claim" ? 20 : 90) + 7 * (i++ % 8);
            w.Write($"<circle class=\"pt {p.Kind}\" r=\"4\" cx=\"{N(x)}\" cy=\"{y}\" data-date=\"{Iso(p.Day)}\" data-entities=\"{E(string.Join('|', p.Entities))}\">");
            w.Write($"<title>{Iso(p.Day)} · {E(p.ArticleId)} · {E(Shorten(p.Label, 240))}</title></circle>");
        }

        w.Write("</svg></section>\n");
    }

    private static void WriteEntities(TextWriter w, DashboardData data)
    {
        w.Write("<section id=\"entities\"><h2>Entities by type</h2>");
        foreach (var group in data.Entities.GroupBy(e => e.Type))
        {
            w.Write($"<div class=\"type {E(group.Key)}\">{E(group.Key)}</div><table><thead><tr><th>name</th><th>articles</th><th>mentions</th></tr></thead><tbody>");
            foreach (var e in group)
            {
                w.Write($"<tr data-filter data-entities=\"{E(e.Id)}\"><td>{E(e.Name)}</td><td class=\"n\">{e.Articles:N0}</td><td class=\"n\">{e.Mentions:N0}</td></tr>");
            }

            w.Write("</tbody></table>");
        }

        w.Write("</section>\n");
    }

    private static void WriteNetwork(TextWriter w, DashboardData data, DashboardOptions options)
    {
        var (nodes, edges) = NetworkLayout.Place(data.Edges, options.MaxNetworkNodes);
        var at = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var heaviest = Math.Max(1, edges.Select(e => e.Claims).DefaultIfEmpty(1).Max());
        w.Write("<section id=\"network\"><h2>Who speaks about whom</h2><p class=\"counts\">An arrow from a speaker to each entity their claims are about; ");
        w.Write("thicker for more claims. <span style=\"color:var(--claim)\">●</span> speakers, <span style=\"color:var(--date)\">●</span> only spoken about.</p>");
        w.Write($"<svg id=\"network-graph\" viewBox=\"0 0 {N(NetworkLayout.Size)} {N(NetworkLayout.Size)}\" role=\"img\" aria-label=\"speaker network\">");
        w.Write("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"16\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#0b6e99\"/></marker></defs>");
        foreach (var e in edges)
        {
            var (a, b) = (at[e.Speaker], at[e.About]);
            w.Write($"<line class=\"edge\" data-filter data-entities=\"{E(e.Speaker)}|{E(e.About)}\" x1=\"{N(a.X)}\" y1=\"{N(a.Y)}\" x2=\"{N(b.X)}\" y2=\"{N(b.Y)}\" ");
            w.Write($"stroke-width=\"{N(1 + 4.0 * e.Claims / heaviest)}\" marker-end=\"url(#arrow)\"><title>{E(Name(data, e.Speaker))} → {E(Name(data, e.About))}: {e.Claims}</title></line>");
        }

        foreach (var n in nodes)
        {
            var r = 4 + Math.Min(10, Math.Sqrt(n.Weight));
            var right = n.X >= NetworkLayout.Size / 2;
            w.Write($"<g data-filter data-entities=\"{E(n.Id)}\"><circle class=\"node {(n.Speaks ? "speaks" : "about")}\" cx=\"{N(n.X)}\" cy=\"{N(n.Y)}\" r=\"{N(r)}\"><title>{E(Name(data, n.Id))}</title></circle>");
            w.Write($"<text class=\"label\" x=\"{N(n.X + (right ? r + 3 : -r - 3))}\" y=\"{N(n.Y + 4)}\" text-anchor=\"{(right ? "start" : "end")}\">{E(Shorten(Name(data, n.Id), 24))}</text></g>");
        }

        w.Write("</svg></section>\n");
    }

    private static void WriteSpeakers(TextWriter w, DashboardData data, DashboardOptions options)
    {
        w.Write("<section id=\"speakers\" style=\"grid-column:1/-1\"><h2>Claims by speaker</h2>");
        foreach (var s in data.Speakers)
        {
            w.Write($"<details class=\"speaker\" open><summary>{E(s.Name)} <span class=\"counts\">({s.Total:N0} claims{(s.Total > s.Claims.Count ? $", latest {s.Claims.Count} shown" : "")})</span></summary><ul>");
            foreach (var c in s.Claims)
            {
                var entities = string.Join('|', c.Entities.Prepend(s.EntityId));
                var date = c.Date is { Length: >= 10 } ? c.Date[..10] : null;
                w.Write($"<li class=\"claim\" data-filter data-entities=\"{E(entities)}\"{(date is null ? "" : $" data-date=\"{E(date)}\"")}>");
                w.Write($"<time>{E(c.Date ?? "undated")}</time><span class=\"kind\">{E(c.Kind)}</span><b>{E(c.Cue)}</b> ");
                w.Write($"<span{(c.Hedged ? " class=\"hedged\" title=\"hedged\"" : "")}>{E(Shorten(c.Content, 400))}</span> ");
                w.Write($"<a href=\"{E(options.ArticleLinkPrefix + Uri.EscapeDataString(c.ArticleId) + ".html")}\">{E(c.ArticleId)}</a></li>");
            }

            w.Write("</ul></details>");
        }

        w.Write("</section>\n");
    }

    private static string Name(DashboardData data, string id) => data.Names.TryGetValue(id, out var name) ? name : id;

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Shorten(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
