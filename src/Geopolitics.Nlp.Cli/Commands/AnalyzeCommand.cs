using System.Globalization;
using System.Text.Json;
using Geopolitics.Nlp.Cli.Output;
using Geopolitics.Nlp.Serialization;

namespace Geopolitics.Nlp.Cli.Commands;

/// <summary><c>geonlp analyze</c>: runs the analyzer on files, standard input or a JSONL stream.</summary>
internal static class AnalyzeCommand
{
    private const string Help = """
        Usage: geonlp analyze [options] FILE... | -
               geonlp analyze --jsonl-input FILE|- [--format jsonl]

        Analyzes Indonesian news articles (UTF-8 text files; - reads standard input).

        Options:
          --format json|jsonl|table|html
                                      json (default): an indented object per article (an array for several);
                                      jsonl: one compact object per line; table: a summary to read;
                                      html: one self-contained page per article, written to the --output
                                      folder (default: the current folder) as ID.html
          --date YYYY-MM-DD           publication date to resolve relative dates against
          --jsonl-input FILE          read articles as JSON lines {"id","text","documentDate"?}; each line gives
                                      exactly one output line with the same id, or one with an "error" field
          --output PATH               write to PATH instead of standard output (a folder for --format html)
          -h, --help                  show this help

        Exit code: 0 when every input was analyzed, 1 when any input failed, 2 for a usage error.
        """;

    public static int Run(string[] args)
    {
        var line = CommandLine.Parse(args);
        if (line.WantsHelp)
        {
            Console.Out.WriteLine(Help);
            return 0;
        }

        line.RejectUnknown("--format", "--date", "--jsonl-input", "--output");
        var format = line.Get("--format") ?? (line.Get("--jsonl-input") is null ? "json" : "jsonl");
        if (format is not ("json" or "jsonl" or "table" or "html"))
        {
            throw new UsageException($"unknown format '{format}' (json, jsonl, table or html)");
        }

        DateOnly? date = null;
        if (line.Get("--date") is { } dateText)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                throw new UsageException($"--date '{dateText}' is not a date in the form YYYY-MM-DD");
            }

            date = parsed;
        }

        var jsonlInput = line.Get("--jsonl-input");
        if (jsonlInput is null && line.Positional.Count == 0)
        {
            throw new UsageException("no input: name one or more files, or - for standard input");
        }

        if (jsonlInput is not null && line.Positional.Count > 0)
        {
            throw new UsageException("--jsonl-input takes no other input files");
        }

        var analyzer = new ArticleAnalyzer();
        if (format == "html")
        {
            return jsonlInput is null
                ? RunHtml(analyzer, line.Positional, date, line.Get("--output") ?? ".")
                : throw new UsageException("--format html takes article files, not --jsonl-input");
        }

        using var output = OpenOutput(line.Get("--output"));
        return jsonlInput is not null
            ? RunJsonl(analyzer, jsonlInput, date, format, output)
            : RunFiles(analyzer, line.Positional, date, format, output);
    }

    private static int RunFiles(ArticleAnalyzer analyzer, IReadOnlyList<string> paths, DateOnly? date, string format, Stream output)
    {
        var failed = 0;
        var results = new List<ArticleAnalysis>();
        foreach (var path in paths)
        {
            try
            {
                var text = InputReader.ReadArticle(path);
                var id = path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(path);
                results.Add(analyzer.Analyze(text, new AnalysisOptions { Id = id, DocumentDate = date }));
            }
            catch (InputException e)
            {
                Console.Error.WriteLine($"geonlp: {e.Message}");
                failed++;
            }
        }

        if (results.Count == 0)
        {
            return 1;
        }

        switch (format)
        {
            case "jsonl":
                foreach (var result in results)
                {
                    GeoNlpJson.Serialize(output, result);
                    output.WriteByte((byte)'\n');
                }

                break;
            case "table":
                using (var writer = new StreamWriter(output, leaveOpen: true))
                {
                    foreach (var result in results)
                    {
                        TableWriter.Write(writer, result);
                    }
                }

                break;
            default:
                WriteJson(output, results);
                break;
        }

        return failed == 0 ? 0 : 1;
    }

    private static int RunHtml(ArticleAnalyzer analyzer, IReadOnlyList<string> paths, DateOnly? date, string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{folder}: cannot create output folder ({e.Message})");
        }

        var failed = 0;
        foreach (var path in paths)
        {
            try
            {
                var text = InputReader.ReadArticle(path);
                var id = path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(path);
                var analysis = analyzer.Analyze(text, new AnalysisOptions { Id = id, DocumentDate = date });
                var target = Path.Combine(folder, id + ".html");
                using (var writer = new StreamWriter(target, append: false, new System.Text.UTF8Encoding(false)))
                {
                    HtmlWriter.Write(writer, analysis);
                }

                Console.Out.WriteLine(target);
            }
            catch (InputException e)
            {
                Console.Error.WriteLine($"geonlp: {e.Message}");
                failed++;
            }
        }

        return failed == 0 ? 0 : 1;
    }

    private static void WriteJson(Stream output, List<ArticleAnalysis> results)
    {
        if (results.Count == 1)
        {
            GeoNlpJson.Serialize(output, results[0], indented: true);
            output.WriteByte((byte)'\n');
            return;
        }

        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = GeoNlpJson.IndentedOptions.Encoder });
        writer.WriteStartArray();
        foreach (var result in results)
        {
            JsonSerializer.Serialize(writer, result, GeoNlpJson.IndentedOptions.GetTypeInfo(typeof(ArticleAnalysis)));
        }

        writer.WriteEndArray();
        writer.Flush();
        output.WriteByte((byte)'\n');
    }

    private static int RunJsonl(ArticleAnalyzer analyzer, string path, DateOnly? date, string format, Stream output)
    {
        if (format != "jsonl")
        {
            throw new UsageException("--jsonl-input writes --format jsonl only");
        }

        using var reader = InputReader.OpenLines(path);
        var pending = new Queue<JsonlItem>();
        var empty = new ArticleInput(string.Empty);

        // Errors keep their place in the output: a bad line flows through the batch as an empty article
        // and is written as an error line when its turn comes.
        IEnumerable<ArticleInput> Inputs()
        {
            foreach (var item in JsonlItem.ReadAll(reader, InputReader.Describe(path), date))
            {
                pending.Enqueue(item);
                yield return item.Input ?? empty;
            }
        }

        var failed = 0;
        var done = 0;
        using var progress = new ProgressReporter();
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = GeoNlpJson.DefaultOptions.Encoder });
        foreach (var result in analyzer.AnalyzeMany(Inputs()))
        {
            progress.Report(++done, failed);
            var item = pending.Dequeue();
            if (item.Error is not null)
            {
                failed++;
                writer.WriteStartObject();
                writer.WriteString("id", item.Id);
                writer.WriteNumber("line", item.LineNumber);
                writer.WriteString("error", item.Error);
                writer.WriteEndObject();
            }
            else
            {
                GeoNlpJson.Serialize(writer, result);
            }

            writer.Flush();
            writer.Reset();
            output.WriteByte((byte)'\n');
        }

        output.Flush();
        return failed == 0 ? 0 : 1;
    }

    private static Stream OpenOutput(string? path)
    {
        if (path is null)
        {
            return Console.OpenStandardOutput();
        }

        try
        {
            return File.Create(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot write output ({e.Message})");
        }
    }
}
