using Geopolitics.Nlp.Evaluation;

namespace Geopolitics.Nlp.Cli.Commands;

/// <summary><c>geonlp eval</c>: accuracy of each stage on annotated data.</summary>
internal static class EvalCommand
{
    private const string Help = """
        Usage: geonlp eval tokens --conllu FILE... [--errors N]
               geonlp eval dates --gold FILE... [--errors N]

        tokens   token and sentence precision/recall/F1 against Universal Dependencies CoNLL-U files:
                 each file becomes one running text (sentences joined by a space) and spans must match exactly.
        """;

    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.Out.WriteLine(Help);
            return args.Length == 0 ? 2 : 0;
        }

        return args[0] switch
        {
            "tokens" => RunTokens(CommandLine.Parse(args[1..])),
            "dates" => EvalDatesCommand.Run(CommandLine.Parse(args[1..])),
            "ner" => EvalEntitiesCommand.RunNer(CommandLine.Parse(args[1..])),
            "entities" => EvalEntitiesCommand.RunEntities(CommandLine.Parse(args[1..])),
            "claims" => EvalClaimsCommand.Run(CommandLine.Parse(args[1..])),
            _ => throw new UsageException($"unknown evaluation '{args[0]}'"),
        };
    }

    private static int RunTokens(CommandLine line)
    {
        if (line.WantsHelp)
        {
            Console.Out.WriteLine(Help);
            return 0;
        }

        line.RejectUnknown("--conllu", "--errors");
        var files = line.GetAll("--conllu").Concat(line.Positional).ToList();
        if (files.Count == 0)
        {
            throw new UsageException("name at least one --conllu FILE");
        }

        var errors = int.TryParse(line.Get("--errors"), out var n) ? n : 0;
        var evaluator = new SegmentationEvaluator(new ArticleAnalyzer());
        Console.Out.WriteLine($"{"corpus",-28} {"tokens P",9} {"R",7} {"F1",7}   {"sentences P",11} {"R",7} {"F1",7}");
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new InputException($"{file}: no such file");
            }

            var score = evaluator.Evaluate(ConlluDocument.Load(file));
            Console.Out.WriteLine(
                $"{score.Name,-28} {score.Tokens.Precision,9:0.0000} {score.Tokens.Recall,7:0.0000} {score.Tokens.F1,7:0.0000}   " +
                $"{score.Sentences.Precision,11:0.0000} {score.Sentences.Recall,7:0.0000} {score.Sentences.F1,7:0.0000}");
            foreach (var missed in score.MissedTokens.Take(errors))
            {
                Console.Out.WriteLine("  missed token " + missed);
            }

            foreach (var wrong in score.WrongSentences.Take(errors))
            {
                Console.Out.WriteLine("  " + wrong);
            }
        }

        return 0;
    }
}
