using System.CommandLine;
using System.CommandLine.Parsing;
using Geopolitics.Nlp.Cli.Output;

namespace Geopolitics.Nlp.Cli.Hosting;

/// <summary>
/// Reports a command line the parser rejected: every error in one line, a "did you mean" for a mistyped command
/// or option, and where to find the help. Exit code 2.
/// </summary>
internal static class UsageErrors
{
    public static int Report(ParseResult parseResult, CliContext context)
    {
        var command = parseResult.CommandResult.Command;
        var messages = new List<string>();
        foreach (var error in parseResult.Errors)
        {
            var message = string.Join(' ', error.Message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
            foreach (var token in parseResult.UnmatchedTokens)
            {
                if (message.Contains($"'{token}'", StringComparison.Ordinal) && Suggest(command, token) is { } suggestion)
                {
                    message += $" Did you mean '{suggestion}'?";
                }
            }

            if (!messages.Contains(message, StringComparer.Ordinal))
            {
                messages.Add(message);
            }
        }

        var line = string.Join(' ', messages) + $" See '{CommandPath(parseResult.CommandResult)} --help'.";
        return CommandActions.Report(context, line, ExitCodes.Usage);
    }

    /// <summary>The closest subcommand or option name to <paramref name="token"/>, if one is close enough to be a typo.</summary>
    public static string? Suggest(Command command, string token)
    {
        var candidates = token.StartsWith('-')
            ? command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal))
            : command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name));
        var name = token.Split('=')[0];
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal))
        {
            var distance = Distance(name, candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best is not null && bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
    }

    /// <summary>"geonlp eval claims" for the command a result belongs to.</summary>
    public static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult c)
            {
                names.Add(c.Command is RootCommand ? "geonlp" : c.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>Optimal string alignment distance (Levenshtein with transpositions); names are short.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>A validator for file arguments: a token that looks like an option is a mistyped option, not a file
    /// (a file whose name starts with '-' is named ./-file).</summary>
    public static void RejectOptionLikeTokens(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value.StartsWith('-'))
            {
                var command = (result.Parent as CommandResult)?.Command;
                var suggestion = command is null ? null : Suggest(command, token.Value);
                result.AddError($"Unknown option '{TerminalText.Sanitize(token.Value)}'." + (suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?"));
            }
        }
    }
}
