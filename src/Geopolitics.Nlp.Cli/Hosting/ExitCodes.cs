namespace Geopolitics.Nlp.Cli.Hosting;

/// <summary>
/// The exit codes of <c>geonlp</c>, documented in the README and at the end of every <c>--help</c>. Scripts branch on
/// them, so a code keeps its meaning once published.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Every input was analyzed (or evaluated) and written.</summary>
    public const int Ok = 0;

    /// <summary>Some inputs or JSONL lines failed; the others were written and each failure was reported.</summary>
    public const int SomeFailed = 1;

    /// <summary>The command line is wrong: unknown command or option, bad value, missing input.</summary>
    public const int Usage = 2;

    /// <summary>A file could not be read, parsed (eval gold/CoNLL files) or written; the previous output is intact.</summary>
    public const int Io = 3;

    /// <summary>Refused to protect data: the output is also an input, or an HTML page exists (no --force) or is a symlink.</summary>
    public const int Refused = 4;

    /// <summary>The input holds no article: empty files, or a JSONL input with no non-blank line.</summary>
    public const int NoInput = 5;

    /// <summary>A bug: an unexpected exception, reported in one line.</summary>
    public const int Internal = 70;

    /// <summary>Interrupted (Ctrl+C, SIGTERM); no partial output file was left.</summary>
    public const int Interrupted = 130;

    /// <summary>Standard output was closed by its reader (broken pipe, e.g. <c>| head -1</c>); the run stopped.</summary>
    public const int BrokenPipe = 141;

    /// <summary>The table printed at the end of every help screen.</summary>
    public const string Table = """
        Exit codes:
          0    every input was analyzed (or evaluated) and written
          1    some inputs or JSONL lines failed; the rest were written, each failure reported
          2    usage error: unknown command or option, bad value, no input named
          3    I/O error: a file could not be read, parsed or written; the previous output is intact
          4    refused to protect data: output is also an input, HTML page exists (use --force) or is a symlink
          5    no article in the input (empty files, JSONL with no non-blank line)
          70   internal error (a bug; please report it)
          130  interrupted (Ctrl+C); no partial output file is left behind
          141  standard output closed by its reader (broken pipe); the run stopped
        """;
}
