using System.CommandLine;
using Geopolitics.Nlp.Cli.Hosting;
using Geopolitics.Nlp.Evaluation;
using Geopolitics.Nlp.Evaluation.Entities;

namespace Geopolitics.Nlp.Cli.Commands.Eval;

/// <summary><c>geonlp eval entities --gold FILE...</c>: the whole analyzer's entity mentions against gold files.</summary>
internal static class EvalEntitiesCommand
{
    public static Command Create(CliContext context)
    {
        var arguments = new EvalArguments("--gold", "-g", "Gold files in the seeds' format (NNN_id.gold.json, the article NNN_id.txt beside each).");
        var command = new Command("entities", "Entity mentions of the whole analyzer against gold files: exact span + type.");
        arguments.AddTo(command);
        CommandActions.Set(command, context, (parseResult, cancellationToken) =>
        {
            var files = arguments.GetFiles(parseResult);
            var score = EvalArguments.Load(string.Join(", ", files), () => GoldEntityScorer.Score(new ArticleAnalyzer(), files));
            Print(context.Out, score.PerType, score.Overall);
            foreach (var error in score.Errors.Take(parseResult.GetValue(arguments.Errors)))
            {
                context.Out.WriteLine("  " + EvalArguments.Name(error.ToString()));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static void Print(TextWriter output, IReadOnlyDictionary<string, PrecisionRecall> perType, PrecisionRecall overall)
    {
        output.WriteLine($"{"type",-14} {"P",7} {"R",7} {"F1",7} {"gold",6} {"pred",6}");
        foreach (var (type, s) in perType.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{EvalArguments.Name(type),-14} {s.Precision,7:0.0000} {s.Recall,7:0.0000} {s.F1,7:0.0000} {s.Gold,6} {s.Predicted,6}");
        }

        output.WriteLine($"{"overall",-14} {overall.Precision,7:0.0000} {overall.Recall,7:0.0000} {overall.F1,7:0.0000} {overall.Gold,6} {overall.Predicted,6}");
    }
}
