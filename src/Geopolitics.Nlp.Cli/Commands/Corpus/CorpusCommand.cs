using System.CommandLine;
using System.Globalization;
using Geopolitics.Nlp.Cli.Hosting;
using Geopolitics.Nlp.Cli.Output;

namespace Geopolitics.Nlp.Cli.Commands.Corpus;

/// <summary>
/// <c>geonlp corpus build|query|export|report</c>: the command tree only; <see cref="CorpusBuild"/> and
/// <see cref="CorpusQuery"/> hold the logic and take parsed arguments.
/// </summary>
internal static class CorpusCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("corpus", "A cross-article index in an embedded DuckDB file: articles, mentions, entities merged across articles, claims, timeline, co-occurrence.")
        {
            Build(context), Query(context), Export(context), Report(context),
        };
        command.SetAction(parseResult => HelpCommand.Show(parseResult.RootCommandResult.Command, ["corpus"], context));
        return command.With("""
            Examples:
              geonlp corpus build --input seeds --db corpus.duckdb
              geonlp corpus build --jsonl-input articles.jsonl --db corpus.duckdb
              geonlp corpus query --db corpus.duckdb "SELECT name, articles FROM entities ORDER BY articles DESC LIMIT 10"
              geonlp corpus export --db corpus.duckdb --parquet parquet
              geonlp corpus report --db corpus.duckdb --output report
            """);
    }

    private static Option<string> Database() => new("--db")
    {
        Description = "The DuckDB corpus file.",
        HelpName = "FILE",
        DefaultValueFactory = _ => "corpus.duckdb",
    };

    private static Command Build(CliContext context)
    {
        var db = Database();
        var jsonl = new Option<string?>("--jsonl-input", "-i") { Description = "Articles as JSON lines {\"id\",\"text\",\"documentDate\"?,\"url\"?,\"outlet\"?} (- for standard input).", HelpName = "FILE" };
        var folder = new Option<string?>("--input") { Description = "A folder of UTF-8 *.txt articles; each file name (without .txt) is the article's id.", HelpName = "DIR" };
        var date = new Option<DateOnly?>("--date", "-d")
        {
            Description = "Publication date for articles that give none (YYYY-MM-DD).",
            HelpName = "YYYY-MM-DD",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return parsed;
                }

                result.AddError($"--date '{TerminalText.Sanitize(text)}' is not a date in the form YYYY-MM-DD.");
                return null;
            },
        };
        var command = new Command("build", "Analyze articles and store them in the corpus; ids already stored are skipped, so an interrupted build resumes.")
        {
            db, jsonl, folder, date,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(jsonl) is null) == (result.GetValue(folder) is null))
            {
                result.AddError("corpus build needs one of --jsonl-input FILE and --input DIR.");
            }
        });
        CommandActions.Set(command, context, (parseResult, cancellationToken) => CorpusBuild.Run(context,
            new CorpusBuildArguments(parseResult.GetValue(db)!, parseResult.GetValue(jsonl), parseResult.GetValue(folder), parseResult.GetValue(date)),
            cancellationToken));
        return command.With("""
            Each article's rows are committed in batches; Ctrl+C stores what was analyzed and stops (exit 130), and the
            same command run again adds only the rest. Unreadable lines or files go to the errors table (exit 1).
            Progress with the total and time left is shown on standard error when it is a terminal.
            """);
    }

    private static Command Query(CliContext context)
    {
        var db = Database();
        var format = new Option<string>("--format", "-f") { Description = "table (aligned text), csv (RFC 4180) or json (an array of objects).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var sql = new Argument<string>("SQL") { Description = "The SQL statement (quote it)." };
        var command = new Command("query", "Run SQL on the corpus and print the rows.") { db, format, sql };
        CommandActions.Set(command, context, (parseResult, _) =>
            CorpusQuery.Query(context, parseResult.GetValue(db)!, parseResult.GetValue(sql)!, parseResult.GetValue(format)!));
        return command.With("""
            Tables: articles, mentions, entities, claims, timeline, cooccurrence, errors (see the README's
            "Questions an analyst asks"). The corpus is opened read-only.
            """);
    }

    private static Command Export(CliContext context)
    {
        var db = Database();
        var parquet = new Option<string>("--parquet") { Description = "The folder to write TABLE/month=YYYY-MM/*.parquet into.", HelpName = "DIR", Required = true };
        var command = new Command("export", "Write every table as Parquet, partitioned by month.") { db, parquet };
        CommandActions.Set(command, context, (parseResult, _) => CorpusQuery.Export(context, parseResult.GetValue(db)!, parseResult.GetValue(parquet)!));
        return command;
    }

    private static Command Report(CliContext context)
    {
        var db = Database();
        var output = new Option<string>("--output", "-o") { Description = "The folder to write index.html into.", HelpName = "DIR", Required = true };
        var pages = new Option<string?>("--article-pages") { Description = "Prefix of the links to article pages (default: ID.html beside the dashboard).", HelpName = "PREFIX" };
        var command = new Command("report", "Write a self-contained HTML dashboard: timeline, entities by type, claims by speaker, who speaks about whom.") { db, output, pages };
        CommandActions.Set(command, context, (parseResult, _) =>
            CorpusQuery.Report(context, parseResult.GetValue(db)!, parseResult.GetValue(output)!, parseResult.GetValue(pages)));
        return command.With("""
            Claims link to ID.html, the page geonlp analyze --format html writes for each article: run it with
            --output on the same folder (or pass --article-pages).
            """);
    }
}
