using System.Globalization;

namespace Geopolitics.Nlp.Cli.Commands;

/// <summary>The arguments every <c>geonlp eval … --gold FILE...</c> command takes: the gold files and how many errors to list.</summary>
internal sealed record GoldFileArguments(IReadOnlyList<string> Files, int Errors)
{
    /// <summary>Parses the arguments, or prints <paramref name="help"/> and returns null when help was asked for.</summary>
    public static GoldFileArguments? Parse(CommandLine line, string help)
    {
        if (line.WantsHelp)
        {
            Console.Out.WriteLine(help);
            return null;
        }

        line.RejectUnknown("--gold", "--errors");
        var files = line.GetAll("--gold").Concat(line.Positional).ToList();
        if (files.Count == 0)
        {
            throw new UsageException("name at least one --gold FILE");
        }

        var errors = int.TryParse(line.Get("--errors"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return new GoldFileArguments(files, errors);
    }
}
