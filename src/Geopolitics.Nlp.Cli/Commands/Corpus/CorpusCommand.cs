using System.Globalization;

namespace Geopolitics.Nlp.Cli.Commands.Corpus;

/// <summary>
/// <c>geonlp corpus build|query|export|report</c> on the hand-written parser: turns arguments into calls of
/// <see cref="CorpusBuild"/> and <see cref="CorpusQuery"/>, which hold the logic.
/// </summary>
internal static class CorpusCommand
{
    public const string Help = """
        Usage: geonlp corpus build (--jsonl-input FILE|- | --input DIR) [--db corpus.duckdb] [--date YYYY-MM-DD]
               geonlp corpus query [--db corpus.duckdb] [--format table|csv|json] "SQL"
               geonlp corpus export [--db corpus.duckdb] --parquet DIR
               geonlp corpus report [--db corpus.duckdb] --output DIR [--article-pages PREFIX]

        A cross-article index in an embedded DuckDB file: articles, mentions, entities (merged across articles),
        claims, timeline, cooccurrence and errors.

          build    analyze articles ({"id","text","documentDate"?,"url"?,"outlet"?} per JSONL line, or the *.txt
                   files of DIR with their file names as ids) and store them; ids already stored are skipped, so
                   an interrupted build resumes when run again
          query    run SQL and print the rows (table, csv or json)
          export   write every table as Parquet under DIR, partitioned by month
          report   write DIR/index.html, a self-contained dashboard; claims link to ID.html beside it (the pages
                   geonlp analyze --format html writes) or under --article-pages PREFIX
        """;

    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.Out.WriteLine(Help);
            return args.Length == 0 ? 2 : 0;
        }

        var line = CommandLine.Parse(args[1..]);
        if (line.WantsHelp)
        {
            Console.Out.WriteLine(Help);
            return 0;
        }

        var database = line.Get("--db") ?? "corpus.duckdb";
        switch (args[0])
        {
            case "build":
                line.RejectUnknown("--db", "--jsonl-input", "--input", "--date");
                NoPositional(line);
                var jsonl = line.Get("--jsonl-input");
                var folder = line.Get("--input");
                if ((jsonl is null) == (folder is null))
                {
                    throw new UsageException("corpus build needs one of --jsonl-input FILE and --input DIR");
                }

                if (folder is not null && !Directory.Exists(folder))
                {
                    throw new InputException($"{folder}: no such folder");
                }

                using (var cancel = new CancellationTokenSource())
                {
                    ConsoleCancelEventHandler stop = (_, e) =>
                    {
                        e.Cancel = true;
                        cancel.Cancel();
                    };
                    Console.CancelKeyPress += stop;
                    try
                    {
                        return CorpusBuild.Run(new CorpusBuildArguments(database, jsonl, folder, ParseDate(line.Get("--date"))), cancel.Token);
                    }
                    finally
                    {
                        Console.CancelKeyPress -= stop;
                    }
                }

            case "query":
                line.RejectUnknown("--db", "--format");
                var format = line.Get("--format") ?? "table";
                if (format is not ("table" or "csv" or "json"))
                {
                    throw new UsageException($"unknown format '{format}' (table, csv or json)");
                }

                if (line.Positional.Count != 1)
                {
                    throw new UsageException("corpus query takes one SQL statement (quote it)");
                }

                return CorpusQuery.Query(database, line.Positional[0], format);
            case "export":
                line.RejectUnknown("--db", "--parquet");
                NoPositional(line);
                return CorpusQuery.Export(database, line.Get("--parquet") ?? throw new UsageException("corpus export needs --parquet DIR"));
            case "report":
                line.RejectUnknown("--db", "--output", "--article-pages");
                NoPositional(line);
                return CorpusQuery.Report(database, line.Get("--output") ?? throw new UsageException("corpus report needs --output DIR"), line.Get("--article-pages"));
            default:
                throw new UsageException($"unknown corpus command '{args[0]}' (build, query, export or report)");
        }
    }

    private static void NoPositional(CommandLine line)
    {
        if (line.Positional.Count > 0)
        {
            throw new UsageException($"unexpected argument '{line.Positional[0]}'");
        }
    }

    private static DateOnly? ParseDate(string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new UsageException($"--date '{text}' is not a date in the form YYYY-MM-DD");
}
