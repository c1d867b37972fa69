using Geopolitics.Nlp.Cli.Hosting;
using Geopolitics.Nlp.Cli.Input;
using Geopolitics.Nlp.Cli.Output;

namespace Geopolitics.Nlp.Cli.Commands.Analyze;

/// <summary>
/// <c>analyze --jsonl-input FILE|-</c>: every non-blank input line gives exactly one output line, in order — the
/// analysis with the line's other fields passed through, or an error line with the line number and the id where it
/// is readable. Lines are read as bytes one at a time and results streamed, so memory stays bounded and one bad line
/// never stops the run. Failed lines are also summarized on standard error at the end.
/// </summary>
internal static class JsonlAnalysis
{
    private const int ListedFailures = 5;

    /// <summary>Input fields with these names are not passed through: the output line has its own.</summary>
    private static readonly HashSet<string> OutputNames = new(JsonFields.All.Append("error").Append("line"), StringComparer.Ordinal);

    public static int Run(CliContext context, AnalyzeSettings settings, CancellationToken cancellationToken)
    {
        var path = settings.JsonlInput!;
        using var input = OpenInput(context, path);
        using var target = OutputTarget.Open(context, settings.Output, [path]);
        var toStandardOutput = target.Path is null;
        var showProgress = settings.Progress && context.ErrorIsTerminal;
        var total = showProgress && LineCounter.IsRegularFile(path) ? LineCounter.CountInBackground(path, cancellationToken) : null;
        var progress = new ProgressReporter(context.Error, showProgress, "lines", total);
        using var writer = new AnalysisJsonWriter(settings.Fields);
        var records = new JsonlLineReader(input, settings.MaxBytes).ReadLines(cancellationToken)
            .Where(line => !line.IsBlank)
            .Select(line => JsonlRecord.Parse(line, settings.Date, OutputNames, settings.MaxBytes));

        long done = 0, failed = 0;
        var failedLines = new List<int>();
        foreach (var (record, analysis) in OrderedBatch.Run(new ArticleAnalyzer(), records, r => r.Input, cancellationToken))
        {
            done++;
            if (analysis is null)
            {
                failed++;
                if (failedLines.Count < ListedFailures)
                {
                    failedLines.Add(record.LineNumber);
                }

                writer.WriteError(target.Stream, record.Id, record.LineNumber, record.Error!);
            }
            else
            {
                writer.WriteLine(target.Stream, analysis, record.PassThrough);
            }

            if (toStandardOutput)
            {
                target.Stream.Flush();
            }

            progress.Report(done, failed);
        }

        progress.Finish(done, failed);
        if (done == 0)
        {
            return CommandActions.Report(context, $"no article to analyze: {ArticleFileReader.Describe(path)} is empty or holds only blank lines (nothing was written)", ExitCodes.NoInput);
        }

        // Even when every line failed, the output is written: its error lines are the record of what went wrong.
        target.Commit();
        if (failed == 0)
        {
            return ExitCodes.Ok;
        }

        var lines = string.Join(", ", failedLines) + (failed > failedLines.Count ? ", …" : string.Empty);
        return CommandActions.Report(context, $"{failed} of {done} lines failed (line{(failed == 1 ? string.Empty : "s")} {lines}); each has an error line in the output", ExitCodes.SomeFailed);
    }

    private static Stream OpenInput(CliContext context, string path)
    {
        if (path == "-")
        {
            return context.OpenStandardInput();
        }

        if (Directory.Exists(path))
        {
            throw new CliIoException($"--jsonl-input {path}: is a folder, not a file");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException)
        {
            throw new CliIoException($"--jsonl-input {path}: no such file");
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliIoException($"--jsonl-input {path}: no such file");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliIoException($"--jsonl-input {path}: permission denied");
        }
        catch (IOException e)
        {
            throw new CliIoException($"--jsonl-input {path}: cannot read ({e.Message})");
        }
    }
}
