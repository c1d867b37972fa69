using Geopolitics.Nlp.Evaluation.Dates;

namespace Geopolitics.Nlp.Cli.Commands;

/// <summary><c>geonlp eval dates --gold FILE...</c>: temporal expressions against gold files in the seeds format.</summary>
internal static class EvalDatesCommand
{
    private const string Help = """
        Usage: geonlp eval dates --gold FILE... [--errors N]

        Temporal expressions against gold files (seeds/*.gold.json format, the article in the .txt beside each file),
        resolved against each file's documentDate: strict span F1, relaxed (overlap) span F1, value accuracy on the
        relaxed matches and value F1 (TempEval-3 style). Files whose gold has no values count for recognition only.
        """;

    public static int Run(CommandLine line)
    {
        if (GoldFileArguments.Parse(line, Help) is not { } arguments)
        {
            return 0;
        }

        var files = arguments.Files;

        var errors = arguments.Errors;
        var evaluator = new DateEvaluator(new ArticleAnalyzer());
        DateScore? total = null;
        Console.Out.WriteLine($"{"document",-28} {"strict F1",9} {"relaxed P",9} {"R",6} {"F1",6} {"value acc",9} {"value F1",8}");
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new InputException($"{file}: no such file");
            }

            var score = evaluator.Evaluate(DateGoldDocument.Load(file));
            Print(score);
            total = total is null ? score with { Name = "TOTAL (micro)" } : total + score;
        }

        if (total is not null)
        {
            Print(total);
            foreach (var error in total.Errors.Take(errors))
            {
                Console.Out.WriteLine("  " + error);
            }
        }

        return 0;
    }

    private static void Print(DateScore s) => Console.Out.WriteLine(
        $"{s.Name,-28} {s.Strict.F1,9:0.0000} {s.Relaxed.Precision,9:0.0000} {s.Relaxed.Recall,6:0.0000} {s.Relaxed.F1,6:0.0000} " +
        $"{Figure(s.ValueAccuracy, s.ValueCompared),9} {Figure(s.Value.F1, s.Value.Gold),8}   (gold {s.Relaxed.Gold}, predicted {s.Relaxed.Predicted})");

    /// <summary>A value figure, or n/a when the gold gives no values to compare.</summary>
    private static string Figure(double value, int compared) =>
        compared == 0 ? "n/a" : value.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture);
}
