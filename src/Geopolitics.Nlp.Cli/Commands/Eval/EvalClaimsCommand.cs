using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Geopolitics.Nlp.Cli.Hosting;
using Geopolitics.Nlp.Evaluation.Claims;

namespace Geopolitics.Nlp.Cli.Commands.Eval;

/// <summary><c>geonlp eval claims --gold FILE...</c>: claim precision/recall/F1 against gold files beside their articles.</summary>
internal static class EvalClaimsCommand
{
    public static Command Create(CliContext context)
    {
        var arguments = new EvalArguments("--gold", "-g", "Gold files NNN_id.gold.json, each read with the article NNN_id.txt beside it.");
        var command = new Command("claims", "Claims (who said what) against gold files: strict, relaxed and exact F1, kind accuracy.");
        arguments.AddTo(command);
        CommandActions.Set(command, context, (parseResult, cancellationToken) =>
        {
            var files = arguments.GetFiles(parseResult);
            var errors = parseResult.GetValue(arguments.Errors);
            var analyzer = new ArticleAnalyzer();
            ClaimScore? total = null;
            context.Out.WriteLine($"{"document",-24} {"strict P",9} {"R",6} {"F1",6}   {"relaxed P",9} {"R",6} {"F1",6}   {"exact F1",8}  {"kind",5}");
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var score = ScoreFile(analyzer, file);
                Print(context.Out, score);
                total = total is null ? score : total + score;
                foreach (var miss in score.Misses.Take(errors))
                {
                    context.Out.WriteLine("  " + EvalArguments.Name(miss.ToString()));
                }
            }

            if (total is not null && files.Count > 1)
            {
                Print(context.Out, total);
            }

            return ExitCodes.Ok;
        });
        return command.With("""
            A predicted claim matches a gold one when the contents overlap with character Jaccard >= 0.5 and the speakers
            agree:
              strict   same speaker entity (both null: overlapping speaker spans)
              relaxed  overlapping speaker spans, whatever the entity
              exact    identical speaker and content spans
            kind = share of strict matches with the right kind (direct, indirect, according-to).
            """);
    }

    private static ClaimScore ScoreFile(ArticleAnalyzer analyzer, string file)
    {
        var name = Path.GetFileName(file).Replace(".gold.json", "", StringComparison.Ordinal);
        var textFile = Path.Combine(Path.GetDirectoryName(file) ?? ".", name + ".txt");
        if (!File.Exists(textFile))
        {
            throw new CliIoException($"{file}: article {textFile} not found");
        }

        return EvalArguments.Load(file, () =>
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            DateOnly? date = doc.RootElement.TryGetProperty("documentDate", out var d) && d.ValueKind == JsonValueKind.String &&
                             DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : null;
            var analysis = analyzer.Analyze(File.ReadAllText(textFile), new AnalysisOptions { Id = name, DocumentDate = date });
            return ClaimScorer.Score(name, analysis.Claims, GoldClaim.Read(doc.RootElement));
        });
    }

    private static void Print(TextWriter output, ClaimScore s) =>
        output.WriteLine(
            $"{Shorten(EvalArguments.Name(s.Name)),-24} {s.Strict.Precision,9:0.000} {s.Strict.Recall,6:0.000} {s.Strict.F1,6:0.000}   " +
            $"{s.Relaxed.Precision,9:0.000} {s.Relaxed.Recall,6:0.000} {s.Relaxed.F1,6:0.000}   {s.Exact.F1,8:0.000}  {s.KindAccuracy,5:0.000}");

    private static string Shorten(string name) => name.Length <= 24 ? name : name[..24];
}
