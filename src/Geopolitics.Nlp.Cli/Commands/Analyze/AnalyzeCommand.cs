using System.CommandLine;
using System.Globalization;
using Geopolitics.Nlp.Cli.Hosting;
using Geopolitics.Nlp.Cli.Input;
using Geopolitics.Nlp.Cli.Output;

namespace Geopolitics.Nlp.Cli.Commands.Analyze;

/// <summary><c>geonlp analyze</c>: runs the analyzer on files, standard input or a JSONL stream.</summary>
internal sealed class AnalyzeCommand
{
    private const string Epilogue = """
        Examples:
          geonlp analyze -f table seeds/*.txt
          geonlp analyze -d 2025-09-04 -f jsonl --no-tokens article.txt
          geonlp analyze -i articles.jsonl -o results.jsonl --fields entities,dates,claims
          geonlp analyze -f html -o pages seeds/*.txt

        Input: UTF-8 text files (a byte-order mark is skipped; - reads standard input). A pattern the shell left
        unexpanded ("seeds/*.txt") is expanded. With --jsonl-input each line is {"id","text","documentDate"?, ...}:
        every non-blank line gives one output line in order (blank lines are skipped), its other fields (url, title,
        ...) passed through; a bad line (invalid UTF-8 or JSON, no text, too long) gives {"id","line","error"} and
        the run goes on; failed lines are also summarized on standard error.

        Data safety: --output is written to a temporary file and renamed into place when complete, so an interrupted
        or failed run leaves the previous file or nothing; an output that is also an input is refused (exit 4). HTML
        pages are never written over an input, an existing file or a symbolic link without --force; inputs with the
        same base name get NAME.html, NAME-2.html, ... in input order.
        """;

    private readonly Argument<string[]> _files = new("FILE")
    {
        Description = "Article files (UTF-8 text); - reads standard input.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string?> _format = new("--format", "-f")
    {
        Description = "json: indented object per article (an array for several inputs); jsonl: one compact line each; table: a summary to read; html: one page per article in the --output folder. Default: json, or jsonl with --jsonl-input.",
        HelpName = "json|jsonl|table|html",
    };

    private readonly Option<DateOnly?> _date = new("--date", "-d")
    {
        Description = "Publication date to resolve relative dates against (YYYY-MM-DD); a JSONL line's documentDate wins.",
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"--date '{TerminalText.Sanitize(text)}' is not a date in the form YYYY-MM-DD.");
            return null;
        },
    };

    private readonly Option<string?> _jsonlInput = new("--jsonl-input", "-i")
    {
        Description = "Read articles as JSON lines from FILE (- for standard input) instead of text files.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write to PATH instead of standard output, atomically (a folder for --format html; default: the current folder).",
        HelpName = "PATH",
    };

    private readonly Option<bool> _force = new("--force")
    {
        Description = "HTML: replace existing pages (and symbolic links themselves) in the output folder.",
    };

    private readonly Option<string?> _fields = new("--fields")
    {
        Description = "JSON: write only these top-level fields (comma-separated; id is always written): " + string.Join(", ", JsonFields.All) + ".",
        HelpName = "LIST",
    };

    private readonly Option<bool> _noTokens = new("--no-tokens")
    {
        Description = "JSON: leave out the tokens (most of the output's size).",
    };

    private readonly Option<long> _maxBytes = new("--max-bytes")
    {
        Description = "Largest article file or JSONL line read (bytes, or with K, M, G); larger ones fail alone.",
        HelpName = "SIZE",
        DefaultValueFactory = _ => InputLimits.DefaultMaxBytes,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (InputLimits.TryParseSize(text, out var bytes))
            {
                return bytes;
            }

            result.AddError($"--max-bytes '{TerminalText.Sanitize(text)}' is not a size such as 4096, 512K or 32M (at most 2G).");
            return 0;
        },
    };

    private readonly Option<bool> _noProgress = new("--no-progress")
    {
        Description = "Do not show progress on standard error (it is shown only when standard error is a terminal).",
    };

    public static Command Create(CliContext context) => new AnalyzeCommand().Build(context);

    private Command Build(CliContext context)
    {
        _format.AcceptOnlyFromAmong("json", "jsonl", "table", "html");
        _files.Validators.Add(UsageErrors.RejectOptionLikeTokens);
        var command = new Command("analyze", "Analyze Indonesian news articles: tokens, sentences, entities, dates, claims.")
        {
            _files, _format, _date, _jsonlInput, _output, _force, _fields, _noTokens, _maxBytes, _noProgress,
        };
        CommandActions.Set(command, context, (parseResult, cancellationToken) =>
        {
            var settings = Settings(parseResult);
            return settings.Format == "html" ? HtmlAnalysis.Run(context, settings, cancellationToken)
                : settings.JsonlInput is not null ? JsonlAnalysis.Run(context, settings, cancellationToken)
                : FileAnalysis.Run(context, settings, cancellationToken);
        });
        return command.With(Epilogue);
    }

    private AnalyzeSettings Settings(ParseResult parseResult)
    {
        var jsonlInput = parseResult.GetValue(_jsonlInput);
        var files = parseResult.GetValue(_files) ?? [];
        var format = parseResult.GetValue(_format) ?? (jsonlInput is null ? "json" : "jsonl");
        if (jsonlInput is null && files.Length == 0)
        {
            throw new UsageException("no input: name one or more files, - for standard input, or --jsonl-input FILE. See 'geonlp analyze --help'.");
        }

        if (jsonlInput is not null && files.Length > 0)
        {
            throw new UsageException("--jsonl-input takes no other input files.");
        }

        if (jsonlInput is not null && format != "jsonl")
        {
            throw new UsageException("--jsonl-input writes --format jsonl only.");
        }

        var fieldsText = parseResult.GetValue(_fields);
        var noTokens = parseResult.GetValue(_noTokens);
        if ((fieldsText is not null || noTokens) && format is "table" or "html")
        {
            throw new UsageException("--fields and --no-tokens apply to --format json and jsonl.");
        }

        if (parseResult.GetValue(_force) && format != "html")
        {
            throw new UsageException("--force applies to --format html (other outputs are replaced atomically).");
        }

        return new AnalyzeSettings(
            InputPaths.Expand(files),
            format,
            parseResult.GetValue(_date),
            jsonlInput,
            parseResult.GetValue(_output),
            parseResult.GetValue(_force),
            JsonFields.Parse(fieldsText, noTokens),
            parseResult.GetValue(_maxBytes),
            !parseResult.GetValue(_noProgress));
    }
}
