using System.Globalization;
using System.Text.Json;
using Geopolitics.Nlp.Evaluation;
using Geopolitics.Nlp.Evaluation.Claims;

namespace Geopolitics.Nlp.Cli.Commands;

/// <summary><c>geonlp eval claims --gold FILE...</c>: claim precision/recall/F1 against gold files beside their articles.</summary>
internal static class EvalClaimsCommand
{
    private const string Help = """
        Usage: geonlp eval claims --gold FILE... [--errors N]

        Each NNN_id.gold.json is read with the article NNN_id.txt beside it. A predicted claim matches a gold one when
        the contents overlap with character Jaccard >= 0.5 and the speakers agree:
          strict   same speaker entity (both null: overlapping speaker spans)
          relaxed  overlapping speaker spans, whatever the entity
          exact    identical speaker and content spans
        kind = share of strict matches with the right kind (direct, indirect, according-to).
        """;

    public static int Run(CommandLine line)
    {
        if (GoldFileArguments.Parse(line, Help) is not { } arguments)
        {
            return 0;
        }

        var files = arguments.Files;

        var errors = arguments.Errors;
        var analyzer = new ArticleAnalyzer();
        ClaimScore? total = null;
        Console.Out.WriteLine($"{"document",-24} {"strict P",9} {"R",6} {"F1",6}   {"relaxed P",9} {"R",6} {"F1",6}   {"exact F1",8}  {"kind",5}");
        foreach (var file in files)
        {
            var score = ScoreFile(analyzer, file);
            Print(score);
            total = total is null ? score : total + score;
            foreach (var miss in score.Misses.Take(errors))
            {
                Console.Out.WriteLine("  " + miss);
            }
        }

        if (total is not null && files.Count > 1)
        {
            Print(total);
        }

        return 0;
    }

    private static ClaimScore ScoreFile(ArticleAnalyzer analyzer, string file)
    {
        if (!File.Exists(file))
        {
            throw new InputException($"{file}: no such file");
        }

        var name = Path.GetFileName(file).Replace(".gold.json", "", StringComparison.Ordinal);
        var textFile = Path.Combine(Path.GetDirectoryName(file) ?? ".", name + ".txt");
        if (!File.Exists(textFile))
        {
            throw new InputException($"{file}: article {textFile} not found");
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        DateOnly? date = doc.RootElement.TryGetProperty("documentDate", out var d) && d.ValueKind == JsonValueKind.String &&
                         DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : null;
        var analysis = analyzer.Analyze(File.ReadAllText(textFile), new AnalysisOptions { Id = name, DocumentDate = date });
        return ClaimScorer.Score(name, analysis.Claims, GoldClaim.Read(doc.RootElement));
    }

    private static void Print(ClaimScore s) =>
        Console.Out.WriteLine(
            $"{Shorten(s.Name),-24} {s.Strict.Precision,9:0.000} {s.Strict.Recall,6:0.000} {s.Strict.F1,6:0.000}   " +
            $"{s.Relaxed.Precision,9:0.000} {s.Relaxed.Recall,6:0.000} {s.Relaxed.F1,6:0.000}   {s.Exact.F1,8:0.000}  {s.KindAccuracy,5:0.000}");

    private static string Shorten(string name) => name.Length <= 24 ? name : name[..24];
}
