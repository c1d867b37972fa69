namespace Geopolitics.Nlp.Tests.Cli;

/// <summary>Help, usage errors with suggestions, response files, unexpanded patterns and completion.</summary>
[Collection(nameof(ConsoleRedirection))]
public sealed class HelpAndUsageTests : CliHost
{
    [Theory]
    [InlineData("analyze")]
    [InlineData("eval")]
    [InlineData("eval tokens")]
    [InlineData("eval ner")]
    [InlineData("eval entities")]
    [InlineData("eval dates")]
    [InlineData("eval claims")]
    [InlineData("help")]
    [InlineData("completion")]
    public void Every_command_has_help_with_usage_and_the_exit_code_table(string command)
    {
        var path = command.Split(' ');
        foreach (var run in new[] { Run([.. path, "--help"]), Run([.. path, "-h"]), Run(["help", .. path]) })
        {
            Assert.Equal(0, run.Exit);
            Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
            Assert.Contains(path[^1], run.Out, StringComparison.Ordinal);
            Assert.Contains("141  standard output closed", run.Out, StringComparison.Ordinal);
            Assert.Equal(string.Empty, run.Error);
        }
    }

    [Fact]
    public void Eval_help_lists_all_five_evaluations()
    {
        var help = Run("eval", "--help").Out;
        foreach (var evaluation in new[] { "tokens", "ner", "entities", "dates", "claims" })
        {
            Assert.Contains("  " + evaluation + " ", help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_arguments_prints_the_help()
    {
        var run = Run();
        Assert.Equal(0, run.Exit);
        Assert.Contains("analyze", run.Out, StringComparison.Ordinal);
        Assert.Contains("eval", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze --fromat json x.txt", "'--format'")]
    [InlineData("analyze --jsonl-inptu x.jsonl", "'--jsonl-input'")]
    [InlineData("anlyze x.txt", "'analyze'")]
    [InlineData("eval tokns", "'tokens'")]
    [InlineData("eval claims --glod x.json", "'--gold'")]
    public void A_mistyped_option_or_command_is_a_usage_error_with_a_suggestion(string line, string suggestion)
    {
        var run = Run(line.Split(' '));
        Assert.Equal(2, run.Exit);
        var error = Assert.Single(run.ErrorLines);
        Assert.Contains("Did you mean " + suggestion, error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Theory]
    [InlineData("analyze --format xml x.txt", "xml")]
    [InlineData("analyze -d 2025-13-01 x.txt", "2025-13-01")]
    [InlineData("analyze", "no input")]
    [InlineData("analyze --max-bytes lots x.txt", "lots")]
    [InlineData("analyze -f table --no-tokens x.txt", "--no-tokens")]
    [InlineData("analyze --fields tokens,nonsense x.txt", "nonsense")]
    [InlineData("eval ner --conll x.txt --scheme conll2003", "conll2003")]
    [InlineData("help analyse", "Did you mean 'analyze'")]
    public void A_wrong_value_is_one_line_and_exit_code_2(string line, string quoted)
    {
        var run = Run(line.Split(' '));
        Assert.Equal(2, run.Exit);
        Assert.Contains(quoted, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Short_aliases_response_files_and_quoted_patterns_work()
    {
        Write("a/one.txt", "Presiden Rusia Vladimir Putin tiba di Beijing.");
        Write("a/two.txt", "Menteri Luar Negeri Sergey Lavrov tiba di Pyongyang.");
        var output = Path.Combine(Folder, "out.jsonl");
        var responseFile = Write("args.rsp", $"analyze\n-f\njsonl\n-d\n2025-07-12\n-o\n{output}\n{Path.Combine(Folder, "a", "*.txt")}\n");

        var run = Run("@" + responseFile);

        Assert.Equal(0, run.Exit);
        var lines = File.ReadAllLines(output);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("{\"id\":\"one\",\"documentDate\":\"2025-07-12\"", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("{\"id\":\"two\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_reported_like_a_missing_file()
    {
        var pattern = Path.Combine(Folder, "*.nothing");
        var run = Run("analyze", pattern);
        Assert.Equal(1, run.Exit);
        Assert.Contains("no such file", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[suggest:2]", "ev", "eval")]
    [InlineData("[suggest:9]", "analyze -", "--jsonl-input")]
    [InlineData("[suggest:12]", "analyze -f t", "table")]
    [InlineData("[suggest:5]", "eval ", "claims")]
    public void The_suggest_directive_completes_commands_options_and_values(string directive, string line, string expected)
    {
        var run = Run(directive, line);
        Assert.Equal(0, run.Exit);
        Assert.Contains(expected, run.Out.Split('\n', StringSplitOptions.TrimEntries));
    }

    [Theory]
    [InlineData("bash", "complete -o default")]
    [InlineData("zsh", "compdef")]
    [InlineData("pwsh", "Register-ArgumentCompleter")]
    public void Completion_prints_a_script_that_uses_the_suggest_directive(string shell, string marker)
    {
        var run = Run("completion", shell);
        Assert.Equal(0, run.Exit);
        Assert.Contains(marker, run.Out, StringComparison.Ordinal);
        Assert.Contains("[suggest:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_library_version()
    {
        var run = Run("--version");
        Assert.Equal(0, run.Exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Out);
    }
}
