using System.Text.Json;

namespace Geopolitics.Nlp.Tests.Cli;

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;

/// <summary>The <c>geonlp</c> program run in-process with its console captured.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geonlp-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var outputFile = args.SkipWhile(a => a != "--output").Skip(1).FirstOrDefault();
            var exit = Geopolitics.Nlp.Cli.Cli.Run(args);
            return (exit, outputFile is null ? output.ToString() : File.ReadAllText(outputFile), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Jsonl_input_gives_one_line_per_input_line_in_order_with_errors_in_place()
    {
        var input = Write("in.jsonl", """
            {"id":"a","text":"Lavrov tiba di Pyongyang.","documentDate":"2025-07-12"}
            not json
            {"id":"c","text":"x","documentDate":"2025-13-01"}
            {"id":"d","text":"Rusia dan RDRK."}
            """);
        var output = Path.Combine(_folder, "out.jsonl");
        var (exit, text, _) = Run("analyze", "--jsonl-input", input, "--format", "jsonl", "--output", output);

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal("2025-07-12", lines[0].GetProperty("documentDate").GetString());
        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.Equal("c", lines[2].GetProperty("id").GetString());
        Assert.True(lines[2].TryGetProperty("error", out _));
        Assert.Equal("d", lines[3].GetProperty("id").GetString());
        Assert.Equal(1, exit);
    }

    [Fact]
    public void Analyzing_a_seed_writes_its_json_with_the_file_name_as_id()
    {
        var seed = Path.Combine(TestData.SeedsFolder, TestData.SeedIds.First() + ".txt");
        var output = Path.Combine(_folder, "out.json");
        var (exit, text, _) = Run("analyze", seed, "--date", "2025-07-16", "--output", output);
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(text).RootElement;
        Assert.Equal(TestData.SeedIds.First(), root.GetProperty("id").GetString());
        Assert.True(root.GetProperty("tokens").GetArrayLength() > 500);
    }

    [Fact]
    public void Table_format_summarizes_each_article()
    {
        var path = Write("a.txt", "Presiden Rusia Vladimir Putin tiba di Beijing.");
        var (exit, text, _) = Run("analyze", "--format", "table", path, "--output", Path.Combine(_folder, "table.txt"));
        Assert.Equal(0, exit);
        Assert.Contains("== a", text, StringComparison.Ordinal);
        Assert.Contains("-- Entities", text, StringComparison.Ordinal);
        Assert.Contains("-- Dates", text, StringComparison.Ordinal);
        Assert.Contains("-- Claims", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("directory")]
    [InlineData("invalid-utf8")]
    [InlineData("empty")]
    public void Unreadable_input_is_one_line_on_stderr_and_a_non_zero_exit(string kind)
    {
        var path = kind switch
        {
            "missing" => Path.Combine(_folder, "nope.txt"),
            "directory" => _folder,
            "invalid-utf8" => WriteBytes("bad.txt", [0x52, 0xC3, 0x28, 0xFF]),
            _ => Write("empty.txt", "  \n"),
        };
        var (exit, output, error) = Run("analyze", path);
        Assert.NotEqual(0, exit);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(path, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze", "--help")]
    [InlineData("eval", "--help")]
    [InlineData("--help")]
    public void Every_command_has_help(params string[] args)
    {
        var (exit, output, _) = Run(args);
        Assert.Equal(0, exit);
        Assert.Contains("Usage", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_option_is_a_usage_error()
    {
        var (exit, _, error) = Run("analyze", "--format", "xml", "x.txt");
        Assert.Equal(2, exit);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
