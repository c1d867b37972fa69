using System.Text;
using System.Text.Json;

namespace Geopolitics.Nlp.Tests.Cli;

/// <summary><c>analyze --jsonl-input</c>: one output line per non-blank input line, bad lines alone, fields passed through.</summary>
[Collection(nameof(ConsoleRedirection))]
public sealed class JsonlInputTests : CliHost
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static List<JsonElement> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Every_kind_of_bad_line_gives_one_error_line_with_its_number_and_id_and_good_lines_all_come_out()
    {
        var input = WriteBytes("in.jsonl", [
            .. Bom, .. Utf8("{\"id\":\"a\",\"text\":\"Lavrov tiba di Pyongyang.\",\"documentDate\":\"2025-07-12\"}\n"),
            .. Utf8("\n   \r\n"),                                                        // lines 2-3: blank, skipped
            .. Utf8("{\"id\":\"bad-utf8\",\"text\":\"R"), 0xC3, 0x28, .. Utf8("\"}\n"),  // line 4
            .. Utf8("not json\n"),                                                      // line 5
            .. Utf8("{\"id\":\"long\",\"text\":\"" + new string('x', 3000) + "\"}\n"),  // line 6: over 2K
            .. Utf8("{\"id\":7,\"title\":\"no text\"}\r\n"),                            // line 7
            .. Utf8("{\"id\":\"c\",\"text\":\"x\",\"documentDate\":\"2025-13-01\"}\n"), // line 8
            .. Utf8("{\"id\":\"broken\",\"text\":\"unterminated\n"),                    // line 9
            .. Utf8("{\"id\":\"d\",\"text\":\"Rusia dan RDRK.\"}"),                     // line 10, no final newline
        ]);
        var output = Path.Combine(Folder, "out.jsonl");

        var run = Run("analyze", "--jsonl-input", input, "--output", output, "--max-bytes", "2K");

        Assert.True(run.Exit == 1, run.Error);
        var lines = Lines(File.ReadAllText(output));
        Assert.Equal(8, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal("2025-07-12", lines[0].GetProperty("documentDate").GetString());
        (string? Id, int Line, string Error)[] errors =
        [
            ("bad-utf8", 4, "invalid UTF-8"), (null, 5, "invalid JSON"), ("long", 6, "over the limit of 2 KiB"),
            ("7", 7, "missing string field"), ("c", 8, "documentDate"), ("broken", 9, "invalid JSON"),
        ];
        for (var i = 0; i < errors.Length; i++)
        {
            var line = lines[i + 1];
            Assert.Equal(errors[i].Id, line.GetProperty("id").GetString());
            Assert.Equal(errors[i].Line, line.GetProperty("line").GetInt32());
            Assert.Contains(errors[i].Error, line.GetProperty("error").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal("d", lines[7].GetProperty("id").GetString());
        Assert.True(lines[7].TryGetProperty("entities", out _));
        var summary = Assert.Single(run.ErrorLines);
        Assert.Contains("6 of 8 lines failed (lines 4, 5, 6, 7, 8, …)", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bom_on_standard_input_is_skipped_too()
    {
        var stdin = new MemoryStream([.. Bom, .. Utf8("{\"id\":\"a\",\"text\":\"Lavrov tiba.\"}\n")]);
        var run = Run(stdin, null, CancellationToken.None, "analyze", "--jsonl-input", "-");
        Assert.Equal(0, run.Exit);
        Assert.Equal("a", Assert.Single(Lines(run.Out)).GetProperty("id").GetString());
    }

    [Fact]
    public void Unknown_input_fields_pass_through_unchanged_after_the_analysis()
    {
        var input = Write("in.jsonl", """
            {"id":"a","url":"https://example.org/a?x=1&y=2","text":"Lavrov tiba di Pyongyang.","title":"Lavrov \u201ctiba\u201d","outlet":{"name":"X","rank":[1,2.50]},"entities":"dropped"}
            """);
        var line = Run("analyze", "-i", input, "--fields", "entities").Out.TrimEnd('\n');
        Assert.StartsWith("{\"id\":\"a\",\"entities\":[", line, StringComparison.Ordinal);
        Assert.EndsWith(""","url":"https://example.org/a?x=1&y=2","title":"Lavrov \u201ctiba\u201d","outlet":{"name":"X","rank":[1,2.50]}}""", line, StringComparison.Ordinal);
        Assert.Single(JsonDocument.Parse(line).RootElement.EnumerateObject(), p => p.Name == "entities");
    }

    [Fact]
    public void Empty_or_blank_input_is_exit_code_5_and_the_output_is_not_touched()
    {
        var input = Write("in.jsonl", "\n  \n\r\n");
        var output = Write("out.jsonl", "previous\n");
        var run = Run("analyze", "-i", input, "-o", output);
        Assert.Equal(5, run.Exit);
        Assert.Contains("no article", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal("previous\n", File.ReadAllText(output));
        Assert.Empty(TempFiles());
    }

    [Fact]
    public void When_every_line_fails_the_output_holds_the_error_lines()
    {
        var input = Write("in.jsonl", "oops\n{\"id\":\"x\"}\n");
        var output = Write("out.jsonl", "previous\n");
        var run = Run("analyze", "-i", input, "-o", output);
        Assert.Equal(1, run.Exit);
        var lines = Lines(File.ReadAllText(output));
        Assert.Equal([1, 2], lines.Select(l => l.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void An_unreadable_jsonl_input_is_one_line_and_exit_code_3()
    {
        var run = Run("analyze", "--jsonl-input", Path.Combine(Folder, "missing.jsonl"));
        Assert.Equal(3, run.Exit);
        Assert.Contains("no such file", Assert.Single(run.ErrorLines), StringComparison.Ordinal);

        var folder = Run("analyze", "--jsonl-input", Folder);
        Assert.Equal(3, folder.Exit);
        Assert.Single(folder.ErrorLines);
    }

    [Fact]
    public void Jsonl_lines_honour_no_tokens()
    {
        var input = Write("in.jsonl", "{\"id\":\"a\",\"text\":\"Lavrov tiba di Pyongyang.\"}\n");
        var line = Assert.Single(Lines(Run("analyze", "-i", input, "--no-tokens").Out));
        Assert.False(line.TryGetProperty("tokens", out _));
        Assert.True(line.TryGetProperty("sentences", out _));
    }
}
