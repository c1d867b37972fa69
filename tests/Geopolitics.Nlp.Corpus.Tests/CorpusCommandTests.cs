using System.Text.Json;

namespace Geopolitics.Nlp.Corpus.Tests;

[CollectionDefinition(nameof(ConsoleRedirection), DisableParallelization = true)]
public sealed class ConsoleRedirection;

/// <summary><c>geonlp corpus …</c> end to end: build from JSONL and folders, resume, query formats, export.</summary>
[Collection(nameof(ConsoleRedirection))]
public sealed class CorpusCommandTests : IDisposable
{
    private readonly TempCorpus _temp = new();

    public void Dispose() => _temp.Dispose();

    internal static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new Geopolitics.Nlp.Cli.Hosting.CliContext
        {
            Out = output,
            Error = error,
            OpenStandardOutput = () => Stream.Null,
            OpenStandardInput = () => Stream.Null,
        };
        var exit = Geopolitics.Nlp.Cli.Cli.RunAsync(args, context, handleSignals: false, CancellationToken.None).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }

    private string WriteJsonl(params string[] lines)
    {
        var path = _temp.Path("in.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    private static string Line(string id, string text, string date, string? url = null, string? outlet = null) =>
        JsonSerializer.Serialize(new Dictionary<string, string?> { ["id"] = id, ["text"] = text, ["documentDate"] = date, ["url"] = url, ["outlet"] = outlet });

    [Fact]
    public void Build_from_jsonl_stores_articles_records_bad_lines_and_a_second_run_adds_nothing()
    {
        var input = WriteJsonl(
            Line("a", "Presiden Prabowo Subianto bertemu Perdana Menteri Anthony Albanese di Canberra pada Senin (3/2).", "2025-02-05", "https://example.org/a"),
            "{not json",
            Line("b", "Menteri Luar Negeri Sugiono mengatakan Indonesia mendukung Palestina.", "2025-03-01", outlet: "Antara"),
            "{\"id\": \"c\"}",
            """{"id": "d", "text": "Sugiono tiba di Jakarta.", "url": 7, "outlet": {"name": "X"}}""");
        var db = _temp.Path("c.duckdb");

        var first = Run("corpus", "build", "--jsonl-input", input, "--db", db);
        Assert.Equal(1, first.Exit);
        Assert.Contains("3 articles added", first.Error, StringComparison.Ordinal);
        Assert.Equal(3, TempCorpus.Scalar(db, "SELECT count(*) FROM articles"));
        Assert.Equal(2, TempCorpus.Scalar(db, "SELECT count(*) FROM errors"));
        Assert.Equal(1, TempCorpus.Scalar(db, "SELECT count(*) FROM articles WHERE url = 'https://example.org/a' AND month = '2025-02' AND outlet IS NULL"));
        Assert.Equal(1, TempCorpus.Scalar(db, "SELECT count(*) FROM articles WHERE article_id = 'b' AND outlet = 'Antara' AND url IS NULL"));

        // url and outlet are kept only as strings.
        Assert.Equal(1, TempCorpus.Scalar(db, "SELECT count(*) FROM articles WHERE article_id = 'd' AND url IS NULL AND outlet IS NULL"));

        var second = Run("corpus", "build", "--jsonl-input", input, "--db", db);
        Assert.Contains("0 articles added, 3 already stored", second.Error, StringComparison.Ordinal);
        Assert.Equal(2, TempCorpus.Scalar(db, "SELECT count(*) FROM errors"));
    }

    [Fact]
    public void Query_prints_table_csv_and_json()
    {
        var db = _temp.Path("q.duckdb");
        Assert.Equal(0, Run("corpus", "build", "--input", Seeds.Folder, "--db", db).Exit);

        var table = Run("corpus", "query", "--db", db, "SELECT article_id, sentences > 0 AS ok FROM articles ORDER BY article_id LIMIT 2");
        Assert.Equal(0, table.Exit);
        Assert.StartsWith("article_id", table.Out, StringComparison.Ordinal);
        Assert.Contains("(2 rows)", table.Out, StringComparison.Ordinal);

        var csv = Run("corpus", "query", "--db", db, "--format", "csv", "SELECT 'a,b' AS x, 'say \"hi\"' AS y");
        Assert.Equal("x,y\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n", csv.Out);

        var json = Run("corpus", "query", "--db", db, "--format", "json", "SELECT 1 AS n, ['x', 'y'] AS l, NULL AS z, DATE '2025-01-02' AS d");
        using var doc = JsonDocument.Parse(json.Out);
        var row = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal(1, row.GetProperty("n").GetInt32());
        Assert.Equal(2, row.GetProperty("l").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("z").ValueKind);
        Assert.Equal("2025-01-02", row.GetProperty("d").GetString());
    }

    [Theory]
    [InlineData(2, "corpus", "build", "--db", "x.duckdb")]
    [InlineData(2, "corpus", "query", "--format", "xml", "SELECT 1")]
    [InlineData(2, "corpus", "frobnicate")]
    [InlineData(3, "corpus", "query", "--db", "/nonexistent/corpus.duckdb", "SELECT 1")]
    public void Mistakes_give_one_line_and_an_exit_code(int exit, params string[] args)
    {
        var result = Run(args);
        Assert.Equal(exit, result.Exit);
        Assert.StartsWith("geonlp: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_query_is_reported_in_one_line()
    {
        var db = _temp.Path("f.duckdb");
        Assert.Equal(0, Run("corpus", "build", "--input", Seeds.Folder, "--db", db).Exit);
        var result = Run("corpus", "query", "--db", db, "SELECT nothing FROM nowhere");
        Assert.Equal(1, result.Exit);
        Assert.StartsWith("geonlp: query failed:", result.Error, StringComparison.Ordinal);
    }
}
