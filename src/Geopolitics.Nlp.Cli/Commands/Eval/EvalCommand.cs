using System.CommandLine;
using Geopolitics.Nlp.Cli.Hosting;

namespace Geopolitics.Nlp.Cli.Commands.Eval;

/// <summary><c>geonlp eval</c>: the group of the five evaluations; without a subcommand it shows its help.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("eval", "Measure the analyzer's accuracy on annotated data (tokens, ner, entities, dates, claims).")
        {
            EvalTokensCommand.Create(context),
            EvalNerCommand.Create(context),
            EvalEntitiesCommand.Create(context),
            EvalDatesCommand.Create(context),
            EvalClaimsCommand.Create(context),
        };
        command.SetAction(parseResult => HelpCommand.Show(parseResult.RootCommandResult.Command, ["eval"], context));
        return command.With("""
            Examples:
              geonlp eval tokens --conllu ../shared/data/ud-indonesian-gsd/id_gsd-ud-test.conllu
              geonlp eval ner --conll test.txt --scheme nerp --exclude train.txt
              geonlp eval entities --gold seeds/*.gold.json
            """);
    }
}
