using Geopolitics.Nlp.Evaluation;
using Geopolitics.Nlp.Evaluation.Entities;

namespace Geopolitics.Nlp.Cli.Commands;

/// <summary><c>geonlp eval ner</c> and <c>geonlp eval entities</c>: entity scores on CoNLL corpora and on gold files.</summary>
internal static class EvalEntitiesCommand
{
    public const string Help = """
        Usage: geonlp eval ner --conll FILE --scheme nerp|nergrit|ugm [--exclude TRAINFILE...]
               geonlp eval entities --gold FILE... [--errors N]

        ner        the tagger on a CoNLL corpus's own tokens; exact-span P/R/F1 per corpus type (GPE+LOCATION = place).
                   --exclude drops sentences that also occur in the named files (pass the training data).
        entities   the whole analyzer against gold JSON files (seeds/*.gold.json); exact span + type.
        """;

    public static int RunNer(CommandLine line)
    {
        if (line.WantsHelp)
        {
            Console.Out.WriteLine(Help);
            return 0;
        }

        line.RejectUnknown("--conll", "--scheme", "--exclude");
        var file = line.Get("--conll") ?? throw new UsageException("name a --conll FILE");
        var scheme = line.Get("--scheme") switch
        {
            "nerp" => NerScheme.Nerp,
            "nergrit" => NerScheme.Nergrit,
            "ugm" => NerScheme.Ugm,
            _ => throw new UsageException("--scheme must be nerp, nergrit or ugm"),
        };
        if (!File.Exists(file))
        {
            throw new InputException($"{file}: no such file");
        }

        var score = ConllNerScorer.Score(file, scheme, line.GetAll("--exclude"));
        Console.Out.WriteLine($"{file}: {score.Sentences} sentences scored, {score.Excluded} excluded (found in --exclude files)");
        Print(score.PerType, score.Overall);
        return 0;
    }

    public static int RunEntities(CommandLine line)
    {
        if (GoldFileArguments.Parse(line, Help) is not { } arguments)
        {
            return 0;
        }

        var files = arguments.Files;

        var score = GoldEntityScorer.Score(new ArticleAnalyzer(), files);
        Print(score.PerType, score.Overall);
        var errors = arguments.Errors;
        foreach (var error in score.Errors.Take(errors))
        {
            Console.Out.WriteLine("  " + error);
        }

        return 0;
    }

    private static void Print(IReadOnlyDictionary<string, PrecisionRecall> perType, PrecisionRecall overall)
    {
        Console.Out.WriteLine($"{"type",-14} {"P",7} {"R",7} {"F1",7} {"gold",6} {"pred",6}");
        foreach (var (type, s) in perType.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.Out.WriteLine($"{type,-14} {s.Precision,7:0.0000} {s.Recall,7:0.0000} {s.F1,7:0.0000} {s.Gold,6} {s.Predicted,6}");
        }

        Console.Out.WriteLine($"{"overall",-14} {overall.Precision,7:0.0000} {overall.Recall,7:0.0000} {overall.F1,7:0.0000} {overall.Gold,6} {overall.Predicted,6}");
    }
}
