using System.Text.Json;
using Geopolitics.Nlp.Serialization;

namespace Geopolitics.Nlp.Corpus.Tests;

public sealed class CorpusBuilderTests : IDisposable
{
    private readonly TempCorpus _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<string> Build(string name, IEnumerable<ArticleAnalysis> analyses, int batchSize = 2)
    {
        var path = _temp.Path(name);
        using var builder = CorpusBuilder.Open(path, batchSize);
        await builder.AddAsync(Seeds.Stream(analyses));
        builder.Complete();
        return path;
    }

    [Fact]
    public async Task Seed_corpus_row_counts_match_the_per_article_json_exactly()
    {
        var path = await Build("seeds.duckdb", Seeds.Analyses);
        int mentions = 0, claims = 0, dates = 0;
        foreach (var analysis in Seeds.Analyses)
        {
            using var json = JsonDocument.Parse(GeoNlpJson.Serialize(analysis));
            var root = json.RootElement;
            var id = root.GetProperty("id").GetString();
            mentions += root.GetProperty("entities").GetArrayLength();
            claims += root.GetProperty("claims").GetArrayLength();
            dates += root.GetProperty("dates").GetArrayLength();
            Assert.Equal(root.GetProperty("entities").GetArrayLength(), TempCorpus.Scalar(path, $"SELECT count(*) FROM mentions WHERE article_id = '{id}'"));
            Assert.Equal(root.GetProperty("claims").GetArrayLength(), TempCorpus.Scalar(path, $"SELECT count(*) FROM claims WHERE article_id = '{id}'"));
            Assert.Equal(root.GetProperty("dates").GetArrayLength(), TempCorpus.Scalar(path, $"SELECT count(*) FROM timeline WHERE article_id = '{id}'"));
            var about = root.GetProperty("claims").EnumerateArray().Sum(c => c.GetProperty("about").GetArrayLength());
            Assert.Equal(about, TempCorpus.Scalar(path, $"SELECT coalesce(sum(len(about)), 0) FROM claims WHERE article_id = '{id}'"));
        }

        Assert.Equal(Seeds.Analyses.Count, TempCorpus.Scalar(path, "SELECT count(*) FROM articles"));
        Assert.Equal(mentions, TempCorpus.Scalar(path, "SELECT count(*) FROM mentions"));
        Assert.Equal(claims, TempCorpus.Scalar(path, "SELECT count(*) FROM claims"));
        Assert.Equal(dates, TempCorpus.Scalar(path, "SELECT count(*) FROM timeline"));
        Assert.Equal(0, TempCorpus.Scalar(path, "SELECT count(*) FROM mentions WHERE entity_id IS NULL"));
        Assert.Equal(TempCorpus.Scalar(path, "SELECT count(DISTINCT entity_id) FROM mentions"), TempCorpus.Scalar(path, "SELECT count(*) FROM entities"));
        Assert.Equal(mentions, TempCorpus.Scalar(path, "SELECT sum(mentions) FROM entities"));
        Assert.True(TempCorpus.Scalar(path, "SELECT count(*) FROM cooccurrence") > 0);
    }

    [Fact]
    public async Task Every_mention_row_carries_the_json_span_type_canonical_and_id()
    {
        var path = await Build("mentions.duckdb", Seeds.Analyses);
        using var corpus = CorpusDatabase.Open(path);
        foreach (var analysis in Seeds.Analyses)
        {
            using var reader = corpus.Query(
                $"SELECT start_offset, end_offset, text, type, canonical, wikidata_id, sentence FROM mentions WHERE article_id = '{analysis.Id}' ORDER BY mention_index");
            var i = 0;
            while (reader.Read())
            {
                var m = analysis.Entities[i++];
                Assert.Equal((m.Start, m.End, m.Text, m.Canonical, m.Id),
                    (reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
                var sentence = analysis.Sentences[reader.GetInt32(6)];
                Assert.InRange(m.Start, sentence.Start, sentence.End);
            }

            Assert.Equal(analysis.Entities.Count, i);
        }
    }

    [Fact]
    public async Task A_build_cancelled_halfway_and_run_again_equals_an_uninterrupted_build()
    {
        var whole = await Build("whole.duckdb", Seeds.Analyses);

        var resumed = _temp.Path("resumed.duckdb");
        using (var cancel = new CancellationTokenSource())
        using (var builder = CorpusBuilder.Open(resumed, batchSize: 2))
        {
            async IAsyncEnumerable<ArticleAnalysis> CancelAfterThree()
            {
                for (var i = 0; i < Seeds.Analyses.Count; i++)
                {
                    if (i == 3)
                    {
                        await cancel.CancelAsync();
                    }

                    yield return Seeds.Analyses[i];
                }
            }

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => builder.AddAsync(CancelAfterThree(), cancellationToken: cancel.Token));
            Assert.InRange(builder.ArticleCount, 1, Seeds.Analyses.Count - 1);
        }

        using (var builder = CorpusBuilder.Open(resumed, batchSize: 2))
        {
            var before = builder.ArticleCount;
            var summary = await builder.AddAsync(Seeds.Stream(Seeds.Analyses));
            Assert.Equal(new CorpusBuildSummary(Seeds.Analyses.Count - before, before), summary);
            builder.Complete();
        }

        var expected = TempCorpus.Dump(whole);
        var actual = TempCorpus.Dump(resumed);
        foreach (var table in CorpusDatabase.Tables)
        {
            Assert.Equal(expected[table], actual[table]);
        }
    }

    [Fact]
    public async Task Corpus_tables_derived_in_small_passes_equal_those_derived_in_one()
    {
        var whole = await Build("one-pass.duckdb", Seeds.Analyses);
        var passes = _temp.Path("passes.duckdb");
        using (var builder = CorpusBuilder.Open(passes, batchSize: 2))
        {
            await builder.AddAsync(Seeds.Stream(Seeds.Analyses));
            builder.Complete(articlesPerPass: 2);
        }

        var expected = TempCorpus.Dump(whole);
        var actual = TempCorpus.Dump(passes);
        foreach (var table in CorpusDatabase.Tables)
        {
            Assert.Equal(expected[table], actual[table]);
        }
    }

    [Fact]
    public void A_corpus_file_in_an_earlier_layout_is_refused_rather_than_mixed()
    {
        var path = _temp.Path("earlier.duckdb");
        using (var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE mention_rows (article_id VARCHAR, mention_index INTEGER, canonical VARCHAR)";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidOperationException>(() => CorpusBuilder.Open(path));
        Assert.Contains("earlier version", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The seeds repeated under distinct ids, enough articles to fill several hand-over chunks of the writer thread.</summary>
    private static IEnumerable<ArticleAnalysis> Repeated(int count) => Enumerable.Range(0, count).Select(i => Seeds.Analyses[i % Seeds.Analyses.Count]);

    private static CorpusArticle Numbered(ArticleAnalysis analysis, ref int next) => new($"article-{next++:D3}");

    private static List<string> StoredIds(string path)
    {
        using var database = CorpusDatabase.Open(path);
        using var reader = database.Query("SELECT article_id FROM article_rows ORDER BY article_no");
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(2048)]
    public async Task Articles_are_stored_in_arrival_order_across_chunks_and_batches(int batchSize)
    {
        var path = _temp.Path($"order-{batchSize}.duckdb");
        var next = 0;
        using (var builder = CorpusBuilder.Open(path, batchSize))
        {
            var summary = await builder.AddAsync(Seeds.Stream(Repeated(45)), a => Numbered(a, ref next));
            Assert.Equal(new CorpusBuildSummary(45, 0), summary);
        }

        Assert.Equal(Enumerable.Range(0, 45).Select(i => $"article-{i:D3}"), StoredIds(path));
    }

    [Fact]
    public async Task A_failing_input_stores_the_articles_before_it_and_throws_its_error()
    {
        var path = _temp.Path("failing.duckdb");
        async IAsyncEnumerable<ArticleAnalysis> FailAfter(int count)
        {
            await foreach (var analysis in Seeds.Stream(Repeated(count)))
            {
                yield return analysis;
            }

            throw new InvalidDataException("input broke");
        }

        var next = 0;
        using (var builder = CorpusBuilder.Open(path, batchSize: 5))
        {
            var error = await Assert.ThrowsAsync<InvalidDataException>(() => builder.AddAsync(FailAfter(23), a => Numbered(a, ref next)));
            Assert.Equal("input broke", error.Message);
            Assert.Equal(23, builder.ArticleCount);
        }

        Assert.Equal(Enumerable.Range(0, 23).Select(i => $"article-{i:D3}"), StoredIds(path));
    }

    [Fact]
    public async Task Rebuilding_skips_stored_ids_and_duplicate_ids_in_the_input()
    {
        var path = await Build("twice.duckdb", Seeds.Analyses);
        using var builder = CorpusBuilder.Open(path);
        var summary = await builder.AddAsync(Seeds.Stream(Seeds.Analyses.Concat(Seeds.Analyses)));
        Assert.Equal(new CorpusBuildSummary(0, 2 * Seeds.Analyses.Count), summary);
        Assert.Equal(Seeds.Analyses.Count, builder.ArticleCount);
    }

    [Fact]
    public void Unreadable_lines_go_to_the_errors_table_once()
    {
        var path = _temp.Path("errors.duckdb");
        using (var builder = CorpusBuilder.Open(path))
        {
            Assert.True(builder.AddError(new CorpusInputError("in.jsonl", 3, null, "invalid JSON")));
            Assert.True(builder.AddError(new CorpusInputError("in.jsonl", 7, "x7", "missing string field \"text\"")));
            Assert.False(builder.AddError(new CorpusInputError("in.jsonl", 3, null, "invalid JSON")));
        }

        Assert.Equal(["in.jsonl | 3 | NULL | invalid JSON | undated", "in.jsonl | 7 | x7 | missing string field \"text\" | undated"],
            TempCorpus.Dump(path)["errors"]);
    }

    [Fact]
    public async Task Articles_take_their_metadata_and_month_from_the_caller()
    {
        var path = _temp.Path("meta.duckdb");
        using (var builder = CorpusBuilder.Open(path))
        {
            await builder.AddAsync(Seeds.Stream(Seeds.Analyses.Take(1)), a => new CorpusArticle("first")
            {
                Url = "https://example.org/a",
                Outlet = "Contoh",
                PublishedOn = new DateOnly(2024, 2, 29),
            });
        }

        var row = Assert.Single(TempCorpus.Dump(path)["articles"]);
        Assert.StartsWith("first | https://example.org/a | Contoh | 2024-02-29 | False | 2024-02 | ", row, StringComparison.Ordinal);
        Assert.Equal(Seeds.Analyses[0].Entities.Count, TempCorpus.Scalar(path, "SELECT count(*) FROM mentions WHERE month = '2024-02'"));
    }

    [Fact]
    public async Task Parquet_export_writes_every_table_by_month_and_reads_back_with_the_same_counts()
    {
        var path = await Build("export.duckdb", Seeds.Analyses);
        var folder = _temp.Path("parquet");
        using var corpus = CorpusDatabase.Open(path);
        var files = corpus.ExportParquet(folder);
        Assert.NotEmpty(files);
        foreach (var (table, count) in corpus.Counts())
        {
            if (count == 0)
            {
                continue;
            }

            Assert.Contains(files, f => f.Contains($"{Path.DirectorySeparatorChar}{table}{Path.DirectorySeparatorChar}month=", StringComparison.Ordinal));
            using var reader = corpus.Query($"SELECT count(*) FROM read_parquet('{Path.Combine(folder, table)}/**/*.parquet', hive_partitioning = true)");
            reader.Read();
            Assert.Equal(count, reader.GetInt64(0));
        }
    }
}
