namespace Geopolitics.Nlp.Cli.Hosting;

/// <summary>
/// A failure that ends a command: reported as one line on standard error (<c>geonlp: message</c>) and turned into
/// <see cref="ExitCode"/>. The message may quote input or paths; it is sanitized before it reaches the terminal.
/// </summary>
internal class CliException(int exitCode, string message) : Exception(message)
{
    /// <summary>The process exit code, one of <see cref="ExitCodes"/>.</summary>
    public int ExitCode { get; } = exitCode;
}

/// <summary>A mistake in how the program was called (exit code 2).</summary>
internal sealed class UsageException(string message) : CliException(ExitCodes.Usage, message);

/// <summary>An input that cannot be read or an output that cannot be written (exit code 3).</summary>
internal sealed class CliIoException(string message) : CliException(ExitCodes.Io, message);

/// <summary>A write refused because it would destroy data (exit code 4).</summary>
internal sealed class RefusedException(string message) : CliException(ExitCodes.Refused, message);

/// <summary>The reader of standard output went away (exit code 141).</summary>
internal sealed class BrokenPipeException() : CliException(ExitCodes.BrokenPipe, "standard output was closed by its reader (broken pipe); stopped");
