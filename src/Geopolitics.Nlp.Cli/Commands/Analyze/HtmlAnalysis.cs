using System.Text;
using Geopolitics.Nlp.Cli.Hosting;
using Geopolitics.Nlp.Cli.Input;
using Geopolitics.Nlp.Cli.Output;

namespace Geopolitics.Nlp.Cli.Commands.Analyze;

/// <summary>
/// <c>analyze --format html</c>: one self-contained page per input in the <c>--output</c> folder (default: the
/// current folder). Page names are planned and checked before anything is analyzed (<see cref="HtmlTargets"/>);
/// each page is written atomically and its path printed on standard output.
/// </summary>
internal static class HtmlAnalysis
{
    public static int Run(CliContext context, AnalyzeSettings settings, CancellationToken cancellationToken)
    {
        var folder = settings.Output ?? ".";
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliIoException($"{folder}: cannot create the output folder ({e.Message})");
        }

        var targets = HtmlTargets.Plan(settings.Paths, folder, settings.Force);
        var reader = new ArticleFileReader(context, settings.MaxBytes);
        var items = settings.Paths.Select((path, index) => Read(reader, path, index, settings.Date));
        var progress = new ProgressReporter(context.Error, settings.Progress && context.ErrorIsTerminal, "files", Task.FromResult<long?>(settings.Paths.Count));
        long done = 0, failed = 0, empty = 0;
        foreach (var (item, analysis) in OrderedBatch.Run(new ArticleAnalyzer(), items, i => i.Input, cancellationToken))
        {
            done++;
            if (analysis is null)
            {
                failed++;
                empty += item.IsEmpty ? 1 : 0;
                CommandActions.Report(context, item.Error!, ExitCodes.SomeFailed);
            }
            else
            {
                Write(targets[item.Index], analysis, settings.Force);
                context.Out.WriteLine(TerminalText.Sanitize(targets[item.Index]));
            }

            progress.Report(done, failed);
        }

        progress.Finish(done, failed);
        if (failed > 0 && failed == empty && done == failed)
        {
            return CommandActions.Report(context, "no article to analyze: every input is empty (nothing was written)", ExitCodes.NoInput);
        }

        return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    private static void Write(string target, ArticleAnalysis analysis, bool force)
    {
        try
        {
            using var file = AtomicFile.Create(target);
            using (var writer = new StreamWriter(file.Stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true))
            {
                HtmlWriter.Write(writer, analysis);
            }

            // Without --force a file that appeared since the check is not replaced either.
            file.Commit(overwrite: force);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliIoException($"{target}: cannot write ({e.Message})");
        }
    }

    private static HtmlItem Read(ArticleFileReader reader, string path, int index, DateOnly? date)
    {
        try
        {
            var text = reader.Read(path);
            var id = path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(path);
            return new HtmlItem(index, new ArticleInput(text, new AnalysisOptions { Id = id, DocumentDate = date }), null, false);
        }
        catch (ArticleReadException e)
        {
            return new HtmlItem(index, null, e.Message, e.IsEmpty);
        }
    }

    private sealed record HtmlItem(int Index, ArticleInput? Input, string? Error, bool IsEmpty);
}
