using Geopolitics.Nlp.Cli.Hosting;
using Geopolitics.Nlp.Cli.Input;
using Geopolitics.Nlp.Cli.Output;

namespace Geopolitics.Nlp.Cli.Commands.Analyze;

/// <summary>
/// <c>analyze FILE... | -</c> in the stream formats (json, jsonl, table): each file read (bounded), analyzed on all
/// cores and written as soon as it is done, in input order. A file that cannot be read is one line on standard
/// error and the run goes on. When no file could be analyzed, nothing is written and a previous <c>--output</c>
/// file stays as it was.
/// </summary>
internal static class FileAnalysis
{
    public static int Run(CliContext context, AnalyzeSettings settings, CancellationToken cancellationToken)
    {
        var reader = new ArticleFileReader(context, settings.MaxBytes);
        var items = settings.Paths.Select(path => Read(reader, path, settings.Date));
        using var target = OutputTarget.Open(context, settings.Output, settings.Paths);
        using var sink = ResultSink.Create(settings.Format, target.Stream, settings.Fields, several: settings.Paths.Count > 1);
        var progress = new ProgressReporter(context.Error, settings.Progress && context.ErrorIsTerminal, "files", Task.FromResult<long?>(settings.Paths.Count));
        long done = 0, failed = 0, empty = 0;
        var analyzer = new ArticleAnalyzer();
        foreach (var (item, analysis) in OrderedBatch.Run(analyzer, items, i => i.Input, cancellationToken))
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
                sink.Write(analysis);
            }

            progress.Report(done, failed);
        }

        progress.Finish(done, failed);
        if (done == failed)
        {
            // Nothing to write: the previous output file, if any, is left as it was (the target is discarded).
            return empty == failed
                ? CommandActions.Report(context, "no article to analyze: every input is empty (nothing was written)", ExitCodes.NoInput)
                : ExitCodes.SomeFailed;
        }

        sink.Finish();

        // Before the commit closes the file: a writer disposed later would flush into a closed stream.
        sink.Dispose();
        target.Commit();
        if (failed > 0 && settings.Paths.Count > 1)
        {
            CommandActions.Report(context, $"{failed} of {done} inputs failed (reported above); the others were written", ExitCodes.SomeFailed);
        }

        return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    private static FileItem Read(ArticleFileReader reader, string path, DateOnly? date)
    {
        try
        {
            var text = reader.Read(path);
            var id = path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(path);
            return new FileItem(path, new ArticleInput(text, new AnalysisOptions { Id = id, DocumentDate = date }), null, false);
        }
        catch (ArticleReadException e)
        {
            return new FileItem(path, null, e.Message, e.IsEmpty);
        }
    }

    private sealed record FileItem(string Path, ArticleInput? Input, string? Error, bool IsEmpty);
}
