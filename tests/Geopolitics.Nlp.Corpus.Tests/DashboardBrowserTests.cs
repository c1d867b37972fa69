using System.Text.RegularExpressions;
using Geopolitics.Nlp.Testing;

namespace Geopolitics.Nlp.Corpus.Tests;

/// <summary>
/// The corpus dashboard checked in Debian's headless Chromium, like the article view: the seeds plus an article
/// carrying a <c>&lt;script&gt;</c> are built into a corpus, the report is rendered at desktop and phone width, and
/// the DOM is dumped after the inline script ran. The test installs nothing; on CI (CI=true) a missing Chromium fails.
/// </summary>
[Collection(nameof(ConsoleRedirection))]
public sealed partial class DashboardBrowserTests : IDisposable
{
    private const string Chromium = HeadlessChromium.Path;
    private readonly TempCorpus _temp = new();

    public void Dispose() => _temp.Dispose();

    [GeneratedRegex("<circle class=\"pt (claim|event)\"", RegexOptions.None, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex TimelinePoint();

    [GeneratedRegex("<li class=\"claim\"", RegexOptions.None, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex ClaimItem();

    [Fact]
    public async Task Dashboard_renders_in_Chromium_with_every_section_escaped_text_and_links_to_article_pages()
    {
        if (!File.Exists(Chromium))
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), "Chromium is missing on CI");
            return;
        }

        var analyzer = new ArticleAnalyzer();
        var hostile = analyzer.Analyze(
            "Menteri Luar Negeri Sugiono mengatakan <script>document.title='pwned';document.body.setAttribute('data-pwned','1')</script> Indonesia mendukung Palestina pada Senin (3/3).",
            new AnalysisOptions { Id = "x<script>", DocumentDate = new DateOnly(2025, 3, 5) });
        var db = _temp.Path("dash.duckdb");
        using (var builder = CorpusBuilder.Open(db))
        {
            await builder.AddAsync(Seeds.Stream(Seeds.Analyses.Append(hostile)));
            builder.Complete();
        }

        var folder = _temp.Path("report");
        Assert.Equal(0, CorpusCommandTests.Run("corpus", "report", "--db", db, "--output", folder).Exit);
        var page = Path.Combine(folder, "index.html");
        var html = File.ReadAllText(page);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);

        var dom = HeadlessChromium.Run($"--dump-dom file://{page}");
        var desktop = _temp.Path("desktop.png");
        var phone = _temp.Path("phone.png");
        HeadlessChromium.Run($"--screenshot={desktop} --window-size=1280,1800 file://{page}");
        HeadlessChromium.Run($"--screenshot={phone} --window-size=390,1600 file://{page}");

        foreach (var id in new[] { "id=\"timeline\"", "id=\"entities\"", "id=\"speakers\"", "id=\"network-graph\"", "id=\"f-entity\"", "id=\"f-from\"" })
        {
            Assert.Contains(id, dom, StringComparison.Ordinal);
        }

        foreach (var type in new[] { "PERSON", "ORGANIZATION", "GPE", "LOCATION" })
        {
            Assert.Contains($"class=\"type {type}\"", dom, StringComparison.Ordinal);
        }

        // The 40 speakers with most claims, at most 25 claims each (the dashboard's defaults).
        Assert.Equal(TempCorpus.Scalar(db, """
            SELECT sum(least(n, 25)) FROM (SELECT count(*) AS n FROM claims WHERE speaker_entity_id IS NOT NULL
            GROUP BY speaker_entity_id ORDER BY n DESC LIMIT 40)
            """), ClaimItem().Count(dom));
        Assert.Equal(TempCorpus.Scalar(db,
            "SELECT (SELECT count(*) FROM claims WHERE claim_day IS NOT NULL) + (SELECT count(*) FROM timeline WHERE type = 'DATE' AND first_day IS NOT NULL)"),
            TimelinePoint().Count(dom));
        Assert.Contains("<line class=\"edge\"", dom, StringComparison.Ordinal);
        Assert.Contains("href=\"x%3Cscript%3E.html\"", dom, StringComparison.Ordinal);
        Assert.Contains(">003_21ddacbd0a93d29b<", dom, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("pwned", ExtractTitle(dom), StringComparison.Ordinal);
        Assert.DoesNotContain("data-pwned=\"1\"", dom, StringComparison.Ordinal);
        Assert.Matches("<span id=\"t-shown\">[1-9]", dom);
        Assert.True(new FileInfo(desktop).Length > 10_000, "the desktop screenshot is empty");
        Assert.True(new FileInfo(phone).Length > 10_000, "the phone screenshot is empty");
    }

    private static string ExtractTitle(string dom)
    {
        var start = dom.IndexOf("<title>", StringComparison.Ordinal);
        var end = dom.IndexOf("</title>", StringComparison.Ordinal);
        return start < 0 || end < start ? string.Empty : dom[start..end];
    }
}
