using System.Text;

namespace Geopolitics.Nlp.Tests.Cli;

/// <summary>Nothing lost: outputs never overwrite inputs, are replaced atomically, and failures are one line with a documented code.</summary>
[Collection(nameof(ConsoleRedirection))]
public sealed class OutputSafetyTests : CliHost
{
    private const string Article = "Menteri Luar Negeri Rusia Sergey Lavrov tiba di Pyongyang pada Sabtu (12/7).";

    [Fact]
    public void An_output_that_is_an_input_is_refused_and_the_input_survives_byte_for_byte()
    {
        var text = Write("a.txt", Article);
        var jsonl = Write("in.jsonl", "{\"id\":\"a\",\"text\":\"" + Article + "\"}\n");
        Directory.CreateDirectory(Path.Combine(Folder, "sub"));
        var link = Path.Combine(Folder, "link.jsonl");
        File.CreateSymbolicLink(link, jsonl);
        var (textBefore, jsonlBefore) = (File.ReadAllBytes(text), File.ReadAllBytes(jsonl));

        foreach (var args in new[]
        {
            new[] { "analyze", text, "-o", text },
            ["analyze", text, "-o", Path.Combine(Folder, "sub", "..", "a.txt")],
            ["analyze", "-i", jsonl, "-o", jsonl],
            ["analyze", "-i", jsonl, "-o", link],
            ["analyze", "-i", link, "-o", jsonl],
        })
        {
            var run = Run(args);
            Assert.Equal(4, run.Exit);
            Assert.Contains("refusing to write", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        }

        Assert.Equal(textBefore, File.ReadAllBytes(text));
        Assert.Equal(jsonlBefore, File.ReadAllBytes(jsonl));
        Assert.Empty(TempFiles());
    }

    [Fact]
    public void Output_is_replaced_only_when_complete_and_no_temporary_file_is_left()
    {
        var input = Write("a.txt", Article);
        var output = Write("out.jsonl", "previous\n");
        Assert.Equal(0, Run("analyze", "-f", "jsonl", input, "-o", output).Exit);
        Assert.StartsWith("{\"id\":\"a\"", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Empty(TempFiles());
    }

    [Fact]
    public void Cancellation_mid_run_leaves_the_previous_file_intact_and_no_temporary_file()
    {
        var output = Write("out.jsonl", "previous\n");
        using var cancellation = new CancellationTokenSource();
        var line = Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"" + Article + "\"}\n");
        using var stdin = new CancelAfterStream(Enumerable.Repeat(line, 200).SelectMany(l => l).ToArray(), line.Length * 50, cancellation);

        var run = Run(stdin, null, cancellation.Token, "analyze", "-i", "-", "-o", output);

        Assert.Equal(130, run.Exit);
        Assert.Contains("interrupted", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal("previous\n", File.ReadAllText(output));
        Assert.Empty(TempFiles());
    }

    [Fact]
    public void A_closed_standard_output_stops_the_run_with_exit_code_141()
    {
        var input = Write("in.jsonl", string.Concat(Enumerable.Repeat("{\"id\":\"a\",\"text\":\"" + Article + "\"}\n", 500)));
        var stdout = new ClosedAfterStream(1);

        var run = Run(null, stdout, CancellationToken.None, "analyze", "-i", input);

        Assert.Equal(141, run.Exit);
        Assert.Contains("broken pipe", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.True(stdout.Writes < 10, $"kept writing after the pipe closed ({stdout.Writes} writes)");
    }

    [Theory]
    [InlineData("gold", "{\"id\": \"x\", \"entities\": [{\"start\": \"oops\"}]")]
    [InlineData("gold", "not json at all")]
    [InlineData("conllu", "1\tx\n2\n# text = y\n1\n")]
    public void Eval_on_a_malformed_file_is_one_line_and_exit_code_3(string kind, string content)
    {
        var file = kind == "gold" ? Write("001_x.gold.json", content) : Write("bad.conllu", content);
        Write("001_x.txt", Article);
        foreach (var args in kind == "gold"
            ? new[] { new[] { "eval", "entities", "--gold", file }, ["eval", "dates", "--gold", file], ["eval", "claims", "--gold", file] }
            : [["eval", "tokens", "--conllu", file]])
        {
            var run = Run(args);
            Assert.True(run.Exit == 3, $"{string.Join(' ', args)}: exit {run.Exit}: {run.Error}");
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.Contains("cannot be read as evaluation data", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Eval_on_a_missing_file_is_exit_code_3()
    {
        var run = Run("eval", "claims", "--gold", Path.Combine(Folder, "missing.gold.json"));
        Assert.Equal(3, run.Exit);
        Assert.Contains("no such file", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    /// <summary>Standard input that cancels the run once <c>limit</c> bytes have been read, then keeps giving data.</summary>
    private sealed class CancelAfterStream(byte[] data, int limit, CancellationTokenSource cancellation) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Position >= limit)
            {
                cancellation.Cancel();
            }

            return base.Read(buffer, offset, Math.Min(count, 256));
        }
    }

    /// <summary>Standard output whose reader goes away after <c>accepted</c> writes: later writes fail with EPIPE.</summary>
    private sealed class ClosedAfterStream(int accepted) : MemoryStream
    {
        public int Writes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (++Writes > accepted)
            {
                throw new IOException("Broken pipe", 32);
            }

            base.Write(buffer);
        }
    }
}
