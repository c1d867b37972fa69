using System.CommandLine;
using System.CommandLine.Invocation;
using Geopolitics.Nlp.Cli.Commands.Analyze;
#if GEONLP_CORPUS
using Geopolitics.Nlp.Cli.Commands.Corpus;
#endif
using Geopolitics.Nlp.Cli.Commands.Eval;
using Geopolitics.Nlp.Cli.Hosting;

namespace Geopolitics.Nlp.Cli.Commands;

/// <summary>
/// The <c>geonlp</c> command tree. Each command (or group of subcommands) lives in its own file as a class whose
/// <c>Create(CliContext)</c> returns its <see cref="Command"/>, with its options, help epilogue and guarded action;
/// adding a group (e.g. <c>geonlp corpus build|query|export|report</c>) is one file plus one line in
/// <see cref="Groups"/>. Help, suggestions, completion, response files and the exit-code table then come for free.
/// </summary>
internal static class CommandTree
{
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand("geonlp: analyze Indonesian news about international relations (tokens, sentences, entities, dates, claims) and measure the analyzer's accuracy.");
        foreach (var group in Groups(context))
        {
            root.Add(group);
        }

        root.SetAction(parseResult => HelpCommand.Show(parseResult.RootCommandResult.Command, [], context));
        foreach (var option in root.Options)
        {
            if (option is VersionOption version)
            {
                version.Action = new PrintVersion(context);
            }
        }

        HelpEpilogue.Install(root);
        return root.With("""
            Run 'geonlp COMMAND --help' (or 'geonlp help COMMAND') for the options of a command. Arguments can be read
            from a response file: geonlp @args.rsp (one argument per line).
            """);
    }

    /// <summary>The top-level commands, in help order. Register a new command group here.</summary>
    private static IEnumerable<Command> Groups(CliContext context) =>
    [
        AnalyzeCommand.Create(context),
        EvalCommand.Create(context),
#if GEONLP_CORPUS
        CorpusCommand.Create(context),
#endif
        HelpCommand.Create(context),
        CompletionCommand.Create(context),
    ];

    private sealed class PrintVersion(CliContext context) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            context.Out.WriteLine(Cli.Version);
            return ExitCodes.Ok;
        }
    }
}
