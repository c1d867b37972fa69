using System.Text.RegularExpressions;
using Geopolitics.Nlp.Testing;

namespace Geopolitics.Nlp.Tests.Cli;

/// <summary>
/// The HTML view checked in a real browser: Debian's headless Chromium renders the page of seed 003 (with a
/// <c>&lt;script&gt;</c> injected into the article), takes a screenshot and dumps the DOM. The test installs
/// nothing; <c>.ci/run</c> installs Chromium. Without it the test is skipped with the reason, and on CI it fails
/// (<see cref="ChromiumFactAttribute"/>).
/// </summary>
[Collection(nameof(ConsoleRedirection))]
public sealed partial class HtmlBrowserTests : IDisposable
{
    private const string Chromium = ChromiumFactAttribute.Chromium;
    private readonly string _folder = Directory.CreateTempSubdirectory("geonlp-html-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex("<mark class=\"ent ", RegexOptions.None, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex EntityMark();

    [ChromiumFact]
    public void Seed_003_renders_in_Chromium_with_legend_all_entity_marks_and_no_script_execution()
    {
        // Reached without the browser only on CI (elsewhere the attribute skips the test): fail loudly.
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing on CI: .ci/run should have installed it");

        var seed = TestData.SeedText(TestData.SeedIds.Single(s => s.StartsWith("003_", StringComparison.Ordinal)));
        var article = Path.Combine(_folder, "seed003.txt");
        File.WriteAllText(article, seed + "\n<script>document.title='pwned';document.body.setAttribute('data-pwned','1')</script>\n");
        var analysis = new ArticleAnalyzer().Analyze(File.ReadAllText(article));
        Assert.Equal(0, CliHost.Run("analyze", "--format", "html", "--output", _folder, article).Exit);
        var page = Path.Combine(_folder, "seed003.html");

        var dom = HeadlessChromium.Run($"--dump-dom file://{page}");
        var screenshot = Path.Combine(_folder, "seed003.png");
        HeadlessChromium.Run($"--screenshot={screenshot} --window-size=1280,2000 file://{page}");

        Assert.Contains("id=\"legend\"", dom, StringComparison.Ordinal);
        foreach (var type in new[] { "PERSON", "ORGANIZATION", "GPE", "LOCATION", "EVENT" })
        {
            Assert.Contains(type, dom, StringComparison.Ordinal);
        }

        Assert.Equal(analysis.Entities.Count, EntityMark().Count(dom));
        Assert.DoesNotContain("pwned", ExtractTitle(dom), StringComparison.Ordinal);
        Assert.DoesNotContain("data-pwned=\"1\"", dom, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", dom, StringComparison.Ordinal);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is empty");
    }

    private static string ExtractTitle(string dom)
    {
        var start = dom.IndexOf("<title>", StringComparison.Ordinal);
        var end = dom.IndexOf("</title>", StringComparison.Ordinal);
        return start < 0 || end < start ? string.Empty : dom[start..end];
    }
}
