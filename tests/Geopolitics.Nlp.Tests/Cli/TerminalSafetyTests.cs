using System.Text.Json;
using Geopolitics.Nlp.Cli.Output;

namespace Geopolitics.Nlp.Tests.Cli;

/// <summary>Escape sequences and bidi overrides in articles or file names never reach the terminal as control characters.</summary>
[Collection(nameof(ConsoleRedirection))]
public sealed class TerminalSafetyTests : CliHost
{
    private const string Hostile = "Presiden Rusia Vladimir Putin \u001b]0;pwned\u0007tiba di \u001b[2JBeijing \u202eusuR\u202c dan \u0085Pyongyang.";

    [Theory]
    [InlineData("plain teks", "plain teks")]
    [InlineData("a\u001b[2Jb", "a\\x1b[2Jb")]
    [InlineData("\u001b]0;title\u0007", "\\x1b]0;title\\x07")]
    [InlineData("x\u009by", "x\\x9by")]
    [InlineData("del\u007f", "del\\x7f")]
    [InlineData("abc\u202edcb\u202c", "abc\\u202edcb\\u202c")]
    [InlineData("\u2066iso\u2069", "\\u2066iso\\u2069")]
    [InlineData("line\nbreak\r", "line\\x0abreak\\x0d")]
    [InlineData("tab\there", "tab\there")]
    [InlineData("emoji \ud83d\ude00 ok", "emoji \ud83d\ude00 ok")]
    [InlineData("Jakarta “kutip” é", "Jakarta “kutip” é")]
    public void Sanitize_replaces_every_control_character_with_a_visible_escape(string text, string expected) =>
        Assert.Equal(expected, TerminalText.Sanitize(text));

    [Fact]
    public void Sanitize_escapes_a_lone_surrogate() =>
        Assert.Equal("lone \\ud800 surrogate", TerminalText.Sanitize("lone " + (char)0xD800 + " surrogate"));

    [Fact]
    public void Sanitize_can_keep_line_breaks_for_multi_line_text() =>
        Assert.Equal("a\nb\\x1b", TerminalText.Sanitize("a\nb\u001b", keepLineBreaks: true));

    [Fact]
    public void Table_output_shows_escapes_instead_of_control_characters()
    {
        var path = Write("hostile.txt", Hostile);
        var run = Run("analyze", "-f", "table", path);
        Assert.Equal(0, run.Exit);
        AssertNoControlCharacters(run.Out);
        Assert.Contains("Vladimir Putin", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_messages_quoting_a_file_name_show_escapes_and_stay_one_line()
    {
        var name = Path.Combine(Folder, "evil\u001b[2J\u202e\nname.txt");
        var run = Run("analyze", name);
        Assert.Equal(1, run.Exit);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("evil\\x1b[2J\\u202e\\x0aname.txt", line, StringComparison.Ordinal);
        AssertNoControlCharacters(run.Error);
    }

    [Fact]
    public void Usage_errors_quoting_input_show_escapes()
    {
        var run = Run("analyze", "--date", "\u001b[31mred", "x.txt");
        Assert.Equal(2, run.Exit);
        AssertNoControlCharacters(run.Error);
        Assert.Contains("\\x1b[31mred", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_escapes_control_characters_and_keeps_bidi_marks_as_data()
    {
        var input = Write("in.jsonl", "{\"id\":\"evil\\u001b]0;pwned\\u0007\\u009b\\u202e\",\"text\":\"Lavrov tiba di \\u001b[2JPyongyang.\"}\n");
        var run = Run("analyze", "-i", input, "--fields", "entities");
        Assert.Equal(0, run.Exit);
        Assert.StartsWith("{\"id\":\"evil\\u001B]0;pwned\\u0007\\u009B\u202e\"", run.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("evil\u001b]0;pwned\u0007\u009b\u202e", JsonDocument.Parse(run.Out).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Html_output_escapes_markup_from_the_article()
    {
        var path = Write("page.txt", "Presiden Rusia Vladimir Putin <script>alert(1)</script> tiba di Beijing & \"Moskwa\".");
        Assert.Equal(0, Run("analyze", "-f", "html", "-o", Path.Combine(Folder, "out"), path).Exit);
        var html = File.ReadAllText(Path.Combine(Folder, "out", "page.html"));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    private static void AssertNoControlCharacters(string text)
    {
        foreach (var c in text)
        {
            Assert.False(
                (c < ' ' && c is not '\n' and not '\r' and not '\t') || (c >= '\u007f' && c <= '\u009f') || c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069',
                $"control character U+{(int)c:X4} in output");
        }
    }
}
