using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Geopolitics.Nlp.Cli.Hosting;
using Geopolitics.Nlp.Cli.Input;
using Geopolitics.Nlp.Corpus;

namespace Geopolitics.Nlp.Cli.Commands.Corpus;

/// <summary>
/// <c>geonlp corpus build</c>: analyzes articles from a JSONL file or a folder of text files on all cores and stores
/// them in a DuckDB corpus, skipping ids already stored; Ctrl+C stops after storing what was analyzed, and running
/// the same command again resumes.
/// </summary>
internal static class CorpusBuild
{
    /// <summary>The optional JSONL fields stored with an article besides its id, text and date.</summary>
    private static readonly string[] MetadataFields = ["url", "outlet"];

    public static int Run(CliContext context, CorpusBuildArguments arguments, CancellationToken cancellationToken)
    {
        var analyzer = new ArticleAnalyzer();
        var metadata = new ConcurrentDictionary<string, CorpusArticle>(StringComparer.Ordinal);
        int done = 0, skipped = 0, failed = 0;
        CorpusBuildSummary summary;
        IReadOnlyDictionary<string, long> counts;
        if (arguments.InputFolder is { } inputFolder && !Directory.Exists(inputFolder))
        {
            throw new CliIoException($"{inputFolder}: no such folder");
        }

        if (arguments.JsonlInput is { } jsonlPath && jsonlPath != "-" && !File.Exists(jsonlPath))
        {
            throw new CliIoException($"{jsonlPath}: no such file");
        }

        using var progress = new BuildProgress(context.Error, context.ErrorIsTerminal, CountInputs(arguments));
        using (var builder = CorpusBuilder.Open(arguments.Database))
        {
            // Inputs already stored are skipped before analysis; the rest flow through the analyzer in order.
            async IAsyncEnumerable<ArticleInput> Inputs([EnumeratorCancellation] CancellationToken ct = default)
            {
                foreach (var (article, input, error) in Read(context, arguments, ct))
                {
                    ct.ThrowIfCancellationRequested();
                    if (error is not null)
                    {
                        builder.AddError(error);
                        failed++;
                    }
                    else if (builder.Contains(article!.Id) || !metadata.TryAdd(article.Id, article))
                    {
                        skipped++;
                    }
                    else
                    {
                        yield return input!;
                    }

                    progress.Report(done, skipped, failed);
                }

                await Task.CompletedTask.ConfigureAwait(false);
            }

            async IAsyncEnumerable<ArticleAnalysis> Counted(IAsyncEnumerable<ArticleAnalysis> analyses)
            {
                await foreach (var analysis in analyses.ConfigureAwait(false))
                {
                    done++;
                    progress.Report(done, skipped, failed);
                    yield return analysis;
                }
            }

            var analyses = Counted(analyzer.AnalyzeManyAsync(Inputs(cancellationToken), cancellationToken));
            try
            {
                summary = builder.AddAsync(analyses, a => metadata.TryRemove(a.Id!, out var m) ? m : CorpusArticle.From(a), cancellationToken)
                    .GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                progress.Dispose();
                context.Error.WriteLine($"geonlp: interrupted; {builder.ArticleCount:N0} articles stored in {arguments.Database}. Run the same command again to resume.");
                return ExitCodes.Interrupted;
            }

            builder.Complete();
            counts = builder.Counts();
        }

        progress.Dispose();
        context.Error.WriteLine(
            $"geonlp: {summary.Added:N0} articles added, {summary.Skipped + skipped:N0} already stored, {failed:N0} unreadable, in {progress.Elapsed.TotalSeconds:0.0} s");
        context.Error.WriteLine("geonlp: " + arguments.Database + ": " + string.Join(", ", counts.Select(c => $"{c.Key} {c.Value:N0}")));
        return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    private static long? CountInputs(CorpusBuildArguments arguments)
    {
        if (arguments.InputFolder is { } folder)
        {
            return Directory.EnumerateFiles(folder, "*.txt").Count();
        }

        if (arguments.JsonlInput is { } path && path != "-")
        {
            // One fast pass over the bytes for the total: lines are counted, not parsed.
            using var stream = File.OpenRead(path);
            var buffer = new byte[1 << 16];
            int read;
            long lines = 0;
            var last = (byte)'\n';
            while ((read = stream.Read(buffer)) > 0)
            {
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
                last = buffer[read - 1];
            }

            return last == (byte)'\n' ? lines : lines + 1;
        }

        return null;
    }

    private static IEnumerable<(CorpusArticle? Article, ArticleInput? Input, CorpusInputError? Error)> Read(
        CliContext context, CorpusBuildArguments arguments, CancellationToken cancellationToken)
    {
        if (arguments.InputFolder is { } folder)
        {
            var files = new ArticleFileReader(context, InputLimits.DefaultMaxBytes);
            foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                var id = Path.GetFileNameWithoutExtension(file);
                string? text = null;
                string? reason = null;
                try
                {
                    text = files.Read(file);
                }
                catch (ArticleReadException e)
                {
                    reason = e.Message;
                }

                yield return text is null
                    ? (null, null, new CorpusInputError(file, 0, id, reason!))
                    : (new CorpusArticle(id) { PublishedOn = arguments.Date }, new ArticleInput(text, new AnalysisOptions { Id = id, DocumentDate = arguments.Date }), null);
            }

            yield break;
        }

        var path = arguments.JsonlInput!;
        var source = ArticleFileReader.Describe(path);
        using var stream = path == "-" ? context.OpenStandardInput() : File.OpenRead(path);
        foreach (var line in new JsonlLineReader(stream, InputLimits.DefaultMaxBytes).ReadLines(cancellationToken))
        {
            if (line.IsBlank)
            {
                continue;
            }

            // One parse per line: the text and the metadata fields come out of the same JSON document.
            var record = JsonlRecord.Parse(line, arguments.Date, outputFields: null, InputLimits.DefaultMaxBytes, MetadataFields);
            if (record.Error is not null)
            {
                yield return (null, null, new CorpusInputError(source, record.LineNumber, record.Id, record.Error));
                continue;
            }

            // A line without an id gets one from its place in the file, stable across rebuilds of the same file.
            var id = record.Id ?? $"{Path.GetFileName(source)}#{record.LineNumber}";
            var options = record.Input!.Options! with { Id = id };
            var article = new CorpusArticle(id)
            {
                PublishedOn = options.DocumentDate,
                Url = record.Strings.GetValueOrDefault("url"),
                Outlet = record.Strings.GetValueOrDefault("outlet"),
            };
            yield return (article, record.Input with { Options = options }, null);
        }
    }
}
