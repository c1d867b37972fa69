using Geopolitics.Nlp.Robustness;

namespace Geopolitics.Nlp.Tests.Robustness;

/// <summary>LF, CRLF and lone CR line endings give the same analysis (offsets shift with CRLF, the texts do not).</summary>
public sealed class LineEndingTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var id in TestData.SeedIds)
        {
            data.Add(Path.Combine(TestData.SeedsFolder, id + ".txt"));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(TestData.Root, "tests", "Data", "dev-articles"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void CR_and_CRLF_give_the_same_entities_dates_and_claims_as_LF(string file)
    {
        var lf = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var expected = Summary(lf);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Summary(lf.Replace('\n', '\r')));
        Assert.Equal(expected, Summary(lf.Replace("\n", "\r\n", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_lone_CR_separates_paragraphs_for_quotations()
    {
        // The quote is left open at the end of its paragraph; the next paragraph does not reopen it, so it ends there.
        const string Lf = "“Kami siap bekerja sama dengan semua pihak\nPemerintah menyatakan bahwa harga beras akan turun.";
        var cr = Lf.Replace('\n', '\r');
        Assert.Equal(Summary(Lf), Summary(cr));
    }

    private static List<string> Summary(string text)
    {
        var analysis = Analyzer.Analyze(text, new AnalysisOptions { DocumentDate = new DateOnly(2025, 9, 4) });
        return
        [
            .. analysis.Sentences.Select(s => "S " + Flat(text[s.Start..s.End])),
            .. analysis.Entities.Select(e => $"E {e.Type} {e.Text} → {e.Canonical}"),
            .. analysis.Dates.Select(d => $"D {d.Type} {Flat(d.Text)} = {d.Value}"),
            .. analysis.Claims.Select(c => $"C {c.Kind} {c.Speaker.Text} | {c.Cue.Text} | {Flat(c.Content.Text)} | {c.Speaker.Entity}"),
        ];
    }

    // Inside a span the line ending itself differs (CRLF is two characters); every break reads as one space here.
    private static string Flat(string s) => s.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');
}
