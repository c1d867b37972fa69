using System.Text.Json;
using Geopolitics.Nlp.Serialization;

namespace Geopolitics.Nlp.Tests.Cli;

/// <summary><c>analyze FILE...</c>: formats, failures per file, bounded reads, the default JSON unchanged.</summary>
[Collection(nameof(ConsoleRedirection))]
public sealed class FileAnalysisTests : CliHost
{
    [Fact]
    public void Analyzing_a_seed_writes_its_json_with_the_file_name_as_id()
    {
        var seed = Path.Combine(TestData.SeedsFolder, TestData.SeedIds.First() + ".txt");
        var output = Path.Combine(Folder, "out.json");
        var run = Run("analyze", seed, "--date", "2025-07-16", "--output", output);
        Assert.Equal(0, run.Exit);
        var root = JsonDocument.Parse(File.ReadAllText(output)).RootElement;
        Assert.Equal(TestData.SeedIds.First(), root.GetProperty("id").GetString());
        Assert.True(root.GetProperty("tokens").GetArrayLength() > 500);
    }

    [Fact]
    public void The_default_json_is_exactly_the_library_serialization()
    {
        const string text = "Presiden Rusia Vladimir Putin tiba di Beijing pada Rabu (3/9), kata juru bicara.";
        var path = Write("a.txt", text);
        var run = Run("analyze", "-d", "2025-09-04", "-f", "jsonl", path);
        var expected = GeoNlpJson.Serialize(new ArticleAnalyzer().Analyze(text, new AnalysisOptions { Id = "a", DocumentDate = new DateOnly(2025, 9, 4) }));
        Assert.Equal(expected + "\n", run.Out);
    }

    [Fact]
    public void Several_inputs_give_an_array_streamed_in_input_order()
    {
        var a = Write("a.txt", "Lavrov tiba di Pyongyang.");
        var b = Write("b.txt", "Rusia dan RDRK.");
        var run = Run("analyze", a, b);
        Assert.Equal(0, run.Exit);
        var array = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(["a", "b"], array.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public void Table_format_summarizes_each_article()
    {
        var path = Write("a.txt", "Presiden Rusia Vladimir Putin tiba di Beijing.");
        var run = Run("analyze", "--format", "table", path);
        Assert.Equal(0, run.Exit);
        Assert.Contains("== a", run.Out, StringComparison.Ordinal);
        Assert.Contains("-- Entities", run.Out, StringComparison.Ordinal);
        Assert.Contains("-- Dates", run.Out, StringComparison.Ordinal);
        Assert.Contains("-- Claims", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("directory")]
    [InlineData("invalid-utf8")]
    [InlineData("too-large")]
    public void An_unreadable_input_is_one_line_on_stderr_and_exit_code_1(string kind)
    {
        var path = kind switch
        {
            "missing" => Path.Combine(Folder, "nope.txt"),
            "directory" => Folder,
            "invalid-utf8" => WriteBytes("bad.txt", [0x52, 0xC3, 0x28, 0xFF]),
            _ => Write("big.txt", new string('a', 5000)),
        };
        var run = Run("analyze", "--max-bytes", "4K", path);
        Assert.Equal(1, run.Exit);
        Assert.Equal(string.Empty, run.Out);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(path, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Dev_zero_is_read_bounded_and_refused_with_a_clear_error()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var run = Run("analyze", "--max-bytes", "1M", "/dev/zero");
        Assert.Equal(1, run.Exit);
        Assert.Contains("larger than the limit of 1 MiB", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_file_among_good_ones_fails_alone_and_the_others_are_written()
    {
        var good = Write("good.txt", "Lavrov tiba di Pyongyang.");
        var run = Run("analyze", "-f", "jsonl", good, Path.Combine(Folder, "missing.txt"), good);
        Assert.Equal(1, run.Exit);
        Assert.Equal(2, run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(2, run.ErrorLines.Count);
        Assert.Contains("1 of 3 inputs failed", run.ErrorLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Only_empty_inputs_is_exit_code_5_and_the_previous_output_stays()
    {
        var empty = Write("empty.txt", " \n");
        var output = Write("out.json", "previous");
        var run = Run("analyze", "-o", output, empty);
        Assert.Equal(5, run.Exit);
        Assert.Equal("previous", File.ReadAllText(output));
        Assert.Empty(TempFiles());
    }

    [Fact]
    public void Fields_and_no_tokens_trim_the_json()
    {
        var path = Write("a.txt", "Presiden Rusia Vladimir Putin tiba di Beijing pada Rabu (3/9).");
        var trimmed = JsonDocument.Parse(Run("analyze", "--fields", "entities,dates", path).Out).RootElement;
        Assert.Equal(["id", "entities", "dates"], trimmed.EnumerateObject().Select(p => p.Name));

        var noTokens = JsonDocument.Parse(Run("analyze", "--no-tokens", path).Out).RootElement;
        Assert.False(noTokens.TryGetProperty("tokens", out _));
        Assert.True(noTokens.TryGetProperty("sentences", out _));
        Assert.True(noTokens.TryGetProperty("claims", out _));
    }

    [Fact]
    public void The_table_flags_an_article_that_is_not_Indonesian()
    {
        var english = Write("en.txt", "The Russian Foreign Minister said on Monday that the talks with the United States would continue next week, " +
            "and that both sides were committed to finding a solution to the conflict in the region before the end of the year.");
        var indonesian = Write("id.txt", "Menteri Luar Negeri Rusia mengatakan pada Senin bahwa perundingan dengan Amerika Serikat akan dilanjutkan " +
            "pekan depan, dan kedua pihak berkomitmen untuk mencari penyelesaian konflik di kawasan itu sebelum akhir tahun.");
        var run = Run("analyze", "-f", "table", english, indonesian);
        var sections = run.Out.Split("== ", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("!! not Indonesian: language en", sections[0], StringComparison.Ordinal);
        Assert.DoesNotContain("!!", sections[1], StringComparison.Ordinal);
    }
}
