using System.CommandLine;
using Geopolitics.Nlp.Cli.Hosting;
using Geopolitics.Nlp.Cli.Input;
using Geopolitics.Nlp.Evaluation.Entities;

namespace Geopolitics.Nlp.Cli.Commands.Eval;

/// <summary><c>geonlp eval ner --conll FILE --scheme S</c>: the tagger on a CoNLL corpus's own tokens.</summary>
internal static class EvalNerCommand
{
    public static Command Create(CliContext context)
    {
        var conll = new Option<string>("--conll", "-c") { Description = "The CoNLL corpus to score.", HelpName = "FILE", Required = true };
        var scheme = new Option<string>("--scheme", "-s") { Description = "The corpus's tag set.", HelpName = "nerp|nergrit|ugm", Required = true };
        scheme.AcceptOnlyFromAmong("nerp", "nergrit", "ugm");
        var exclude = new Option<string[]>("--exclude", "-x")
        {
            Description = "Drop sentences that also occur in these files (pass the training data).",
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("ner", "Entity precision/recall/F1 of the tagger on a CoNLL corpus (NERP, NERGrit, NER-UGM).") { conll, scheme, exclude };
        CommandActions.Set(command, context, (parseResult, cancellationToken) =>
        {
            var file = parseResult.GetValue(conll)!;
            var excluded = InputPaths.Expand(parseResult.GetValue(exclude) ?? []);
            EvalArguments.RequireFile(file);
            foreach (var path in excluded)
            {
                EvalArguments.RequireFile(path);
            }

            var tagSet = parseResult.GetValue(scheme) switch
            {
                "nerp" => NerScheme.Nerp,
                "nergrit" => NerScheme.Nergrit,
                _ => NerScheme.Ugm,
            };
            var score = EvalArguments.Load(file, () => ConllNerScorer.Score(file, tagSet, excluded));
            context.Out.WriteLine($"{EvalArguments.Name(file)}: {score.Sentences} sentences scored, {score.Excluded} excluded (found in --exclude files)");
            EvalEntitiesCommand.Print(context.Out, score.PerType, score.Overall);
            return ExitCodes.Ok;
        });
        return command.With("Exact-span P/R/F1 per corpus type on the corpus's own tokens (GPE+LOCATION count as one place type).");
    }
}
