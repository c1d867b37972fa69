using System.Reflection;
using Geopolitics.Nlp.Cli;
using Geopolitics.Nlp.Cli.Commands;
using Geopolitics.Nlp.Cli.Commands.Corpus;

return Cli.Run(args);

namespace Geopolitics.Nlp.Cli
{
    internal static class Cli
    {
        public const string Usage = """
            geonlp — Indonesian news analysis: tokens, sentences, entities, dates, claims.

            Usage:
              geonlp analyze [options] FILE... | -     analyze articles and print the results
              geonlp eval tokens --conllu FILE...      token and sentence F1 against Universal Dependencies
              geonlp eval ner --conll FILE --scheme S  entity precision/recall/F1 on a CoNLL corpus
              geonlp eval dates --gold FILE...         temporal expressions against gold files
              geonlp eval claims --gold FILE...        claims against gold files
              geonlp eval entities --gold FILE...      entity mentions against gold files
              geonlp corpus build|query|export|report  a cross-article index in DuckDB (see geonlp corpus --help)
              geonlp --version | --help

            Run `geonlp COMMAND --help` for the options of a command.
            """;

        public static int Run(string[] args)
        {
            try
            {
                if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
                {
                    Console.Out.WriteLine(Usage);
                    return args.Length == 0 ? 2 : 0;
                }

                if (args[0] is "--version" or "-V")
                {
                    Console.Out.WriteLine(Version);
                    return 0;
                }

                return args[0] switch
                {
                    "analyze" => AnalyzeCommand.Run(args[1..]),
                    "eval" => EvalCommand.Run(args[1..]),
                    "corpus" => CorpusCommand.Run(args[1..]),
                    _ => throw new UsageException($"unknown command '{args[0]}'"),
                };
            }
            catch (UsageException e)
            {
                Console.Error.WriteLine($"geonlp: {e.Message} (see geonlp --help)");
                return 2;
            }
            catch (InputException e)
            {
                Console.Error.WriteLine($"geonlp: {e.Message}");
                return 1;
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"geonlp: {e.Message}");
                return 1;
            }
        }

        public static string Version =>
            typeof(ArticleAnalyzer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0]
            ?? typeof(ArticleAnalyzer).Assembly.GetName().Version?.ToString() ?? "unknown";
    }
}
