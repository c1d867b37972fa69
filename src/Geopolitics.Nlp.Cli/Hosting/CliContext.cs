using Microsoft.Win32.SafeHandles;

namespace Geopolitics.Nlp.Cli.Hosting;

/// <summary>
/// Where a run reads and writes: the console in the real program, strings and memory streams in the in-process tests.
/// Commands take everything from here and never touch <see cref="Console"/> directly.
/// </summary>
internal sealed class CliContext
{
    /// <summary>Text for people: help, evaluation tables, the paths of HTML pages.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Errors, warnings and progress.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Opens standard output for data; the caller disposes the returned stream (it does not close the descriptor).</summary>
    public required Func<Stream> OpenStandardOutput { get; init; }

    /// <summary>Opens standard input for data.</summary>
    public required Func<Stream> OpenStandardInput { get; init; }

    /// <summary>Whether standard error is a terminal: progress is shown only then.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The real console. When standard output is a pipe or a terminal it is opened as a plain file
    /// descriptor rather than through <see cref="Console"/>, whose stream silently ignores a broken pipe: a closed
    /// pipe must stop the run.</summary>
    public static CliContext FromConsole()
    {
        var stdout = OpenDescriptor(1);
        var outWriter = stdout is null
            ? Console.Out
            : new StreamWriter(new NonClosingStream(stdout), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new CliContext
        {
            Out = outWriter,
            Error = Console.Error,
            OpenStandardOutput = () => new NonClosingStream(stdout ?? Console.OpenStandardOutput()),
            OpenStandardInput = Console.OpenStandardInput,
            ErrorIsTerminal = !Console.IsErrorRedirected,
        };
    }

    private static FileStream? OpenDescriptor(int descriptor)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        try
        {
            // Only for pipes and terminals: on a seekable file FileStream writes at its own position (pwrite) and
            // would not move the descriptor's shared offset, so `geonlp ... >> log` would write over the log.
            var stream = new FileStream(new SafeFileHandle(descriptor, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (!stream.CanSeek)
            {
                return stream;
            }

            stream.Dispose();
            return null;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
