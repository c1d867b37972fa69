using System.Diagnostics;
using System.Text;

namespace Geopolitics.Nlp.Tests.Cli;

/// <summary>The built <c>geonlp</c> as a separate process, for what only a real process shows: a pipe whose reader
/// goes away, and Ctrl+C (SIGINT).</summary>
[Collection(nameof(ConsoleRedirection))]
public sealed class CliProcessTests : CliHost
{
    private static readonly string Geonlp = Path.Combine(AppContext.BaseDirectory, "geonlp.dll");

    private string BigJsonl()
    {
        var text = TestData.SeedText(TestData.SeedIds.First()).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
        var builder = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            builder.Append("{\"id\":\"").Append(i).Append("\",\"text\":\"").Append(text).Append("\"}\n");
        }

        return Write("big.jsonl", builder.ToString());
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        info.ArgumentList.Add(Geonlp);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }

    [Fact]
    public async Task The_run_stops_promptly_when_the_reader_of_the_pipe_goes_away()
    {
        var input = BigJsonl();
        using var process = Start("analyze", "--jsonl-input", input, "--format", "jsonl");
        var error = process.StandardError.ReadToEndAsync();
        var first = process.StandardOutput.ReadLine();
        Assert.StartsWith("{\"id\":\"0\"", first, StringComparison.Ordinal);
        process.StandardOutput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "still running 30 s after its reader went away");
        Assert.Equal(141, process.ExitCode);
        var message = await error;
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.Contains("broken pipe", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctrl_c_stops_promptly_and_leaves_the_previous_output_and_no_temporary_file()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var input = BigJsonl();
        var output = Write("out.jsonl", "previous\n");
        using var process = Start("analyze", "--jsonl-input", input, "--output", output);
        var error = process.StandardError.ReadToEndAsync();
        var deadline = Stopwatch.StartNew();
        while (TempFiles().Length == 0 && deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50);
        }

        await Task.Delay(300);
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(10)), "still running 10 s after SIGINT");
        Assert.Equal(130, process.ExitCode);
        Assert.Equal("previous\n", File.ReadAllText(output));
        Assert.Empty(TempFiles());
        Assert.DoesNotContain("   at ", await error, StringComparison.Ordinal);
    }
}
