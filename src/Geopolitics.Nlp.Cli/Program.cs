using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using Geopolitics.Nlp.Cli.Commands;
using Geopolitics.Nlp.Cli.Hosting;

return Geopolitics.Nlp.Cli.Cli.Run(args);

namespace Geopolitics.Nlp.Cli
{
    /// <summary>The entry point: parse, report usage errors (exit 2), run the command with Ctrl+C wired to cancellation.</summary>
    internal static class Cli
    {
        /// <summary>How long a command has to clean up after Ctrl+C before the process ends anyway.</summary>
        private static readonly TimeSpan CleanupTimeout = TimeSpan.FromSeconds(5);

        public static string Version =>
            typeof(ArticleAnalyzer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0]
            ?? typeof(ArticleAnalyzer).Assembly.GetName().Version?.ToString() ?? "unknown";

        /// <summary>Runs on the real console, with Ctrl+C and SIGTERM cancelling the command.</summary>
        public static int Run(string[] args) =>
            RunAsync(args, CliContext.FromConsole(), handleSignals: true, CancellationToken.None).GetAwaiter().GetResult();

        /// <summary>Runs with <paramref name="context"/>'s streams; tests cancel through <paramref name="cancellationToken"/>.</summary>
        public static async Task<int> RunAsync(string[] args, CliContext context, bool handleSignals, CancellationToken cancellationToken)
        {
            var root = CommandTree.Create(context);
            var parseResult = root.Parse(args);
            if (parseResult.Action is ParseErrorAction)
            {
                return UsageErrors.Report(parseResult, context);
            }

            var configuration = new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = handleSignals ? CleanupTimeout : null,
            };
            return await CommandActions.Guard(context, () => parseResult.InvokeAsync(configuration, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
    }
}
