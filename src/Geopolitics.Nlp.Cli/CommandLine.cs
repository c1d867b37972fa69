namespace Geopolitics.Nlp.Cli;

/// <summary>A parsed command line: positional arguments, options with values, and flags.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    /// <summary>Parses <paramref name="args"/>; <paramref name="flagNames"/> take no value, every other <c>--name</c> takes one.</summary>
    public static CommandLine Parse(IEnumerable<string> args, params string[] flagNames)
    {
        var result = new CommandLine();
        var flags = new HashSet<string>(flagNames, StringComparer.Ordinal);
        using var e = args.GetEnumerator();
        var onlyPositional = false;
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (onlyPositional || arg == "-" || !arg.StartsWith('-'))
            {
                result.Positional.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPositional = true;
                continue;
            }

            var name = arg;
            string? value = null;
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                name = arg[..eq];
                value = arg[(eq + 1)..];
            }

            if (flags.Contains(name) || name is "-h" or "--help")
            {
                result._flags.Add(name);
                continue;
            }

            if (value is null)
            {
                if (!e.MoveNext())
                {
                    throw new UsageException($"option {name} needs a value");
                }

                value = e.Current;
            }

            if (!result._options.TryGetValue(name, out var list))
            {
                result._options[name] = list = [];
            }

            list.Add(value);
        }

        return result;
    }

    public bool WantsHelp => _flags.Contains("-h") || _flags.Contains("--help");

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Get(string name) => _options.TryGetValue(name, out var list) ? list[^1] : null;

    public IReadOnlyList<string> GetAll(string name) => _options.TryGetValue(name, out var list) ? list : [];

    public void RejectUnknown(params string[] known)
    {
        foreach (var name in _options.Keys.Concat(_flags))
        {
            if (name is not ("-h" or "--help") && !known.Contains(name))
            {
                throw new UsageException($"unknown option {name}");
            }
        }
    }
}

/// <summary>A mistake in how the program was called: reported in one line, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>An input that cannot be read: reported in one line naming it, exit code 1.</summary>
internal sealed class InputException(string message) : Exception(message);
