using System.CommandLine;
using Geopolitics.Nlp.Cli.Output;

namespace Geopolitics.Nlp.Cli.Hosting;

/// <summary>
/// Runs a command's work and turns every way it can end into an exit code and at most one line on standard error:
/// no stack trace reaches the user, whatever fails.
/// </summary>
internal static class CommandActions
{
    /// <summary>Sets <paramref name="command"/>'s action to <paramref name="run"/>, guarded.</summary>
    public static void Set(Command command, CliContext context, Func<ParseResult, CancellationToken, Task<int>> run) =>
        command.SetAction((parseResult, cancellationToken) => Guard(context, () => run(parseResult, cancellationToken), cancellationToken));

    /// <summary>Sets a synchronous action, guarded.</summary>
    public static void Set(Command command, CliContext context, Func<ParseResult, CancellationToken, int> run) =>
        Set(command, context, (parseResult, cancellationToken) => Task.Run(() => run(parseResult, cancellationToken), CancellationToken.None));

    /// <summary>Runs <paramref name="run"/> and maps its failures.</summary>
    public static async Task<int> Guard(CliContext context, Func<Task<int>> run, CancellationToken cancellationToken)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (CliException e)
        {
            return Report(context, e.Message, e.ExitCode);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Report(context, "interrupted; no partial output was left behind", ExitCodes.Interrupted);
        }
        catch (IOException e) when (NonClosingStream.IsBrokenPipe(e))
        {
            return Report(context, new BrokenPipeException().Message, ExitCodes.BrokenPipe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Report(context, e.Message, ExitCodes.Io);
        }
        catch (Exception e)
        {
            if (Environment.GetEnvironmentVariable("GEONLP_DEBUG") is "1")
            {
                context.Error.WriteLine(e.ToString());
            }

            return Report(context, $"internal error ({e.GetType().Name}: {e.Message}); please report it (GEONLP_DEBUG=1 shows where)", ExitCodes.Internal);
        }
    }

    /// <summary>Writes <c>geonlp: message</c> as one sanitized line on standard error.</summary>
    public static int Report(CliContext context, string message, int exitCode)
    {
        try
        {
            context.Error.WriteLine("geonlp: " + TerminalText.Sanitize(message));
            context.Error.Flush();
        }
        catch (IOException)
        {
            // Standard error itself is gone: the exit code is all that is left to say.
        }

        return exitCode;
    }
}
