using System.CommandLine;
using Geopolitics.Nlp.Cli.Hosting;

namespace Geopolitics.Nlp.Cli.Commands;

/// <summary><c>geonlp help [COMMAND...]</c>: the same help as <c>geonlp COMMAND... --help</c>.</summary>
internal static class HelpCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string[]>("COMMAND") { Description = "The command to explain, e.g. analyze or eval claims.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("help", "Show the help of a command (geonlp help eval claims = geonlp eval claims --help).") { path };
        command.SetAction(parseResult => Show(parseResult.RootCommandResult.Command, parseResult.GetValue(path) ?? [], context));
        return command;
    }

    /// <summary>Prints the help of the command at <paramref name="path"/>; an unknown name is a usage error with a suggestion.</summary>
    public static int Show(Command root, IReadOnlyList<string> path, CliContext context)
    {
        var command = root;
        foreach (var name in path)
        {
            var next = command.Subcommands.FirstOrDefault(c => c.Name == name || c.Aliases.Contains(name));
            if (next is null)
            {
                var suggestion = UsageErrors.Suggest(command, name);
                return CommandActions.Report(context,
                    $"no command '{name}'" + (suggestion is null ? "." : $". Did you mean '{suggestion}'?") + " See 'geonlp --help'.", ExitCodes.Usage);
            }

            command = next;
        }

        var parseResult = root.Parse([.. path, "--help"]);
        return parseResult.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
    }
}
