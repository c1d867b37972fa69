using System.Globalization;
using System.Net;
using System.Text;
using Geopolitics.Nlp.Entities;

namespace Geopolitics.Nlp.Cli.Output;

/// <summary>
/// One self-contained HTML page per analysis: the article with entities coloured by type, dates underlined with their
/// value on hover, claims marked speaker → content, and a side panel of entities, dates in time order and claims by
/// speaker. No scripts and no external assets; every piece of article text is HTML-escaped.
/// </summary>
internal static class HtmlWriter
{
    public static void Write(TextWriter writer, ArticleAnalysis analysis)
    {
        var text = analysis.Text;
        var title = analysis.Id ?? "article";
        writer.Write("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.Write($"<title>{E(title)} — Geopolitics.Nlp</title>\n<style>\n{HtmlStyle.Css}</style>\n</head>\n<body>\n");
        writer.Write($"<header><h1>{E(title)}</h1><p class=\"meta\">{E(DocumentDate(analysis))} · {analysis.Tokens.Count} tokens · {analysis.Sentences.Count} sentences · {analysis.Entities.Count} entities · {analysis.Dates.Count} dates · {analysis.Claims.Count} claims</p>\n");
        WriteLegend(writer);
        writer.Write("</header>\n<main>\n<article id=\"text\">");
        WriteText(writer, analysis, HtmlLayout.Create(analysis));
        writer.Write("</article>\n<aside id=\"panel\">\n");
        HtmlPanel.Write(writer, analysis);
        writer.Write("</aside>\n</main>\n</body>\n</html>\n");
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);

    private static string DocumentDate(ArticleAnalysis analysis) => analysis.DocumentDate is { } d
        ? "document date " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (analysis.DocumentDateInferred ? " (inferred)" : string.Empty)
        : "document date unknown";

    private static void WriteLegend(TextWriter writer)
    {
        writer.Write("<ul class=\"legend\" id=\"legend\">");
        foreach (var type in Enum.GetValues<EntityType>())
        {
            writer.Write($"<li><span class=\"ent {type.ToName().ToLowerInvariant()}\">{type.ToName()}</span></li>");
        }

        writer.Write("<li><span class=\"timex\">DATE</span></li><li><span class=\"claim\">claim</span></li></ul>\n");
    }

    private static void WriteText(TextWriter writer, ArticleAnalysis analysis, HtmlLayout layout)
    {
        var text = analysis.Text;
        var marks = new List<(int Start, int End, int Order, string Open, string Close)>();
        foreach (var (start, end, index) in layout.Claims)
        {
            var claim = analysis.Claims[index];
            var speaker = claim.Speaker.Entity ?? claim.Speaker.Text;
            marks.Add((start, end, 0, $"<span class=\"claim {claim.Kind.ToName()}\" title=\"{E(speaker)} → {E(claim.Cue.Text)}\"><span class=\"speaker\">{E(speaker)} →</span> ", "</span>"));
        }

        foreach (var (start, end, index) in layout.Entities)
        {
            var entity = analysis.Entities[index];
            var hover = entity.Canonical + (entity.Id is { } id ? " · " + id : string.Empty);
            marks.Add((start, end, 1, $"<mark class=\"ent {entity.Type.ToName().ToLowerInvariant()}\" data-type=\"{entity.Type.ToName()}\" title=\"{E(entity.Type.ToName())}: {E(hover)}\">", "</mark>"));
        }

        foreach (var (start, end, index) in layout.Dates)
        {
            var timex = analysis.Dates[index];
            marks.Add((start, end, 2, $"<time class=\"timex\" title=\"{E(timex.Type.ToName())} {E(timex.Value ?? "?")}\">", "</time>"));
        }

        // The layout guarantees that marks nest; opening the longer (then outer-layer) mark first and closing in the
        // reverse order keeps the markup well formed.
        var opens = marks.OrderBy(m => m.Start).ThenByDescending(m => m.End).ThenBy(m => m.Order).Select(m => (At: m.Start, Html: m.Open)).ToList();
        var closes = marks.OrderBy(m => m.End).ThenByDescending(m => m.Start).ThenByDescending(m => m.Order).Select(m => (At: m.End, Html: m.Close)).ToList();
        var builder = new StringBuilder(text.Length * 2);
        int o = 0, c = 0, position = 0;
        while (position <= text.Length)
        {
            while (c < closes.Count && closes[c].At == position)
            {
                builder.Append(closes[c++].Html);
            }

            while (o < opens.Count && opens[o].At == position)
            {
                builder.Append(opens[o++].Html);
            }

            var next = Math.Min(o < opens.Count ? opens[o].At : text.Length, c < closes.Count ? closes[c].At : text.Length);
            if (next > position)
            {
                builder.Append(E(text[position..next]));
                position = next;
            }
            else if (position == text.Length)
            {
                break;
            }
        }

        writer.Write(builder.ToString());
    }
}
