using System.CommandLine;
using Geopolitics.Nlp.Cli.Hosting;
using Geopolitics.Nlp.Cli.Input;
using Geopolitics.Nlp.Cli.Output;

namespace Geopolitics.Nlp.Cli.Commands.Eval;

/// <summary>
/// What every evaluation takes: data files (after an option such as <c>--gold</c>, or as arguments; unexpanded
/// patterns expanded), <c>--errors N</c>, and a guard that turns a missing or malformed file into one line on
/// standard error with exit code 3 instead of a stack trace.
/// </summary>
internal sealed class EvalArguments
{
    public EvalArguments(string option, string alias, string description)
    {
        Files = new Option<string[]>(option, alias)
        {
            Description = description,
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = true,
        };
        MoreFiles.Validators.Add(UsageErrors.RejectOptionLikeTokens);
    }

    public Option<string[]> Files { get; }

    public Argument<string[]> MoreFiles { get; } = new("FILE")
    {
        Description = "More data files.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<int> Errors { get; } = new("--errors", "-e")
    {
        Description = "List up to N errors (misses and false alarms) after the scores.",
        HelpName = "N",
        DefaultValueFactory = _ => 0,
    };

    public void AddTo(Command command)
    {
        command.Add(Files);
        command.Add(MoreFiles);
        command.Add(Errors);
    }

    /// <summary>The named files, patterns expanded, each one checked to exist.</summary>
    public IReadOnlyList<string> GetFiles(ParseResult parseResult)
    {
        var files = InputPaths.Expand((parseResult.GetValue(Files) ?? []).Concat(parseResult.GetValue(MoreFiles) ?? []));
        if (files.Count == 0)
        {
            throw new UsageException($"name at least one {Files.Name} FILE. See '{UsageErrors.CommandPath(parseResult.CommandResult)} --help'.");
        }

        foreach (var file in files)
        {
            RequireFile(file);
        }

        return files;
    }

    public static void RequireFile(string file)
    {
        if (!File.Exists(file))
        {
            throw new CliIoException($"{file}: no such file");
        }
    }

    /// <summary>Runs <paramref name="load"/> on <paramref name="file"/>; a malformed file ends the run with exit code 3.</summary>
    public static T Load<T>(string file, Func<T> load)
    {
        try
        {
            return load();
        }
        catch (Exception e) when (e is not (OperationCanceledException or CliException or OutOfMemoryException))
        {
            throw new CliIoException($"{file}: cannot be read as evaluation data ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>A name safe to print in a column.</summary>
    public static string Name(string name) => TerminalText.Sanitize(name);
}
