using System.CommandLine;
using Geopolitics.Nlp.Cli.Hosting;
using Geopolitics.Nlp.Evaluation;

namespace Geopolitics.Nlp.Cli.Commands.Eval;

/// <summary><c>geonlp eval tokens --conllu FILE...</c>: token and sentence F1 against Universal Dependencies files.</summary>
internal static class EvalTokensCommand
{
    public static Command Create(CliContext context)
    {
        var arguments = new EvalArguments("--conllu", "-c", "Universal Dependencies CoNLL-U files.");
        var command = new Command("tokens", "Token and sentence precision/recall/F1 against Universal Dependencies CoNLL-U files.");
        arguments.AddTo(command);
        CommandActions.Set(command, context, (parseResult, cancellationToken) =>
        {
            var files = arguments.GetFiles(parseResult);
            var errors = parseResult.GetValue(arguments.Errors);
            var evaluator = new SegmentationEvaluator(new ArticleAnalyzer());
            context.Out.WriteLine($"{"corpus",-28} {"tokens P",9} {"R",7} {"F1",7}   {"sentences P",11} {"R",7} {"F1",7}");
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var document = EvalArguments.Load(file, () => ConlluDocument.Load(file));
                var score = evaluator.Evaluate(document);
                context.Out.WriteLine(
                    $"{EvalArguments.Name(score.Name),-28} {score.Tokens.Precision,9:0.0000} {score.Tokens.Recall,7:0.0000} {score.Tokens.F1,7:0.0000}   " +
                    $"{score.Sentences.Precision,11:0.0000} {score.Sentences.Recall,7:0.0000} {score.Sentences.F1,7:0.0000}");
                foreach (var missed in score.MissedTokens.Take(errors))
                {
                    context.Out.WriteLine("  missed token " + EvalArguments.Name(missed.ToString()));
                }

                foreach (var wrong in score.WrongSentences.Take(errors))
                {
                    context.Out.WriteLine("  " + EvalArguments.Name(wrong.ToString()));
                }
            }

            return ExitCodes.Ok;
        });
        return command.With("""
            Each file becomes one running text (its sentences joined by a space); token and sentence spans must match
            exactly.
            """);
    }
}
