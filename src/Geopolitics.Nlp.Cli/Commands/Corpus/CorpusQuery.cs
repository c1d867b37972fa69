using Geopolitics.Nlp.Cli.Hosting;
using Geopolitics.Nlp.Corpus;

namespace Geopolitics.Nlp.Cli.Commands.Corpus;

/// <summary><c>geonlp corpus query</c>, <c>export</c> and <c>report</c>: read a built corpus.</summary>
internal static class CorpusQuery
{
    public static int Query(CliContext context, string database, string sql, string format)
    {
        using var corpus = Open(database);
        try
        {
            using var reader = corpus.Query(sql);
            QueryResultWriter.Write(reader, format, context.Out);
            context.Out.Flush();
            return 0;
        }
        catch (DuckDB.NET.Data.DuckDBException e)
        {
            throw new CliException(ExitCodes.SomeFailed, $"query failed: {e.Message.Split('\n')[0]}");
        }
    }

    public static int Export(CliContext context, string database, string folder)
    {
        using var corpus = Open(database);
        var files = corpus.ExportParquet(folder);
        context.Error.WriteLine($"geonlp: {files.Count} Parquet files in {folder} ({string.Join(", ", CorpusDatabase.Tables)}, partitioned by month)");
        return 0;
    }

    public static int Report(CliContext context, string database, string folder, string? articlePages)
    {
        using var corpus = Open(database);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, "index.html");
        using (var writer = new StreamWriter(target, append: false, new System.Text.UTF8Encoding(false)))
        {
            Geopolitics.Nlp.Corpus.Reporting.CorpusDashboard.Write(corpus, writer, new Geopolitics.Nlp.Corpus.Reporting.DashboardOptions { ArticleLinkPrefix = articlePages ?? "" });
        }

        context.Out.WriteLine(target);
        return 0;
    }

    private static CorpusDatabase Open(string database)
    {
        try
        {
            return CorpusDatabase.Open(database);
        }
        catch (FileNotFoundException)
        {
            throw new CliIoException($"{database}: no such corpus (build one with geonlp corpus build)");
        }
    }
}
