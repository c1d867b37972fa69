using System.CommandLine;
using System.Globalization;
using Geopolitics.Nlp.Cli.Hosting;
using Geopolitics.Nlp.Evaluation.Dates;

namespace Geopolitics.Nlp.Cli.Commands.Eval;

/// <summary><c>geonlp eval dates --gold FILE...</c>: temporal expressions against gold files in the seeds format.</summary>
internal static class EvalDatesCommand
{
    public static Command Create(CliContext context)
    {
        var arguments = new EvalArguments("--gold", "-g", "Gold files in the seeds' format (the article in the .txt beside each).");
        var command = new Command("dates", "Temporal expressions against gold files: span F1, value accuracy and value F1.");
        arguments.AddTo(command);
        CommandActions.Set(command, context, (parseResult, cancellationToken) =>
        {
            var files = arguments.GetFiles(parseResult);
            var evaluator = new DateEvaluator(new ArticleAnalyzer());
            DateScore? total = null;
            context.Out.WriteLine($"{"document",-28} {"strict F1",9} {"relaxed P",9} {"R",6} {"F1",6} {"value acc",9} {"value F1",8}");
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var gold = EvalArguments.Load(file, () => DateGoldDocument.Load(file));
                var score = EvalArguments.Load(file, () => evaluator.Evaluate(gold));
                Print(context.Out, score);
                total = total is null ? score with { Name = "TOTAL (micro)" } : total + score;
            }

            if (total is not null)
            {
                Print(context.Out, total);
                foreach (var error in total.Errors.Take(parseResult.GetValue(arguments.Errors)))
                {
                    context.Out.WriteLine("  " + EvalArguments.Name(error.ToString()));
                }
            }

            return ExitCodes.Ok;
        });
        return command.With("""
            Resolved against each file's documentDate: strict span F1, relaxed (overlap) span F1, value accuracy on the
            relaxed matches and value F1 (TempEval-3 style). Files whose gold has no values count for recognition only.
            """);
    }

    private static void Print(TextWriter output, DateScore s) => output.WriteLine(
        $"{EvalArguments.Name(s.Name),-28} {s.Strict.F1,9:0.0000} {s.Relaxed.Precision,9:0.0000} {s.Relaxed.Recall,6:0.0000} {s.Relaxed.F1,6:0.0000} " +
        $"{Figure(s.ValueAccuracy, s.ValueCompared),9} {Figure(s.Value.F1, s.Value.Gold),8}   (gold {s.Relaxed.Gold}, predicted {s.Relaxed.Predicted})");

    /// <summary>A value figure, or n/a when the gold gives no values to compare.</summary>
    private static string Figure(double value, int compared) =>
        compared == 0 ? "n/a" : value.ToString("0.0000", CultureInfo.InvariantCulture);
}
