using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace Geopolitics.Nlp.Cli.Hosting;

/// <summary>
/// Text shown after the generated help of a command (details the option list cannot hold), followed on every
/// help screen by the exit-code table, so each command documents the same codes.
/// </summary>
internal static class HelpEpilogue
{
    private static readonly ConditionalWeakTable<Command, string> Epilogues = [];

    /// <summary>Attaches <paramref name="text"/> to <paramref name="command"/>'s help.</summary>
    public static T With<T>(this T command, string text)
        where T : Command
    {
        Epilogues.AddOrUpdate(command, text);
        return command;
    }

    /// <summary>Makes the help option of <paramref name="root"/> (recursive, so every subcommand's) print the epilogues.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction inner } help)
            {
                inner.MaxWidth = 120;
                help.Action = new WithEpilogue(inner);
            }
        }
    }

    private sealed class WithEpilogue(HelpAction inner) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            inner.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            if (Epilogues.TryGetValue(parseResult.CommandResult.Command, out var text))
            {
                output.WriteLine(text.TrimEnd());
                output.WriteLine();
            }

            output.WriteLine(ExitCodes.Table.TrimEnd());
            output.WriteLine();
            return ExitCodes.Ok;
        }
    }
}
