using BenchmarkDotNet.Attributes;
using Geopolitics.Nlp.Corpus;

namespace Geopolitics.Nlp.Benchmarks;

/// <summary>
/// What indexing adds to analysis: the same articles analyzed on one thread (the baseline), and analyzed on one thread
/// while a <see cref="CorpusBuilder"/> stores each into a new DuckDB file, then <see cref="CorpusBuilder.Complete()"/>
/// derives the corpus-level tables and the file is closed. Everything runs on the benchmark's thread (DuckDB is set to
/// one thread), so the ratio of the two means is the indexing cost relative to analysis; the goal is at most 1.10.
/// </summary>
public class CorpusIndexingBenchmarks
{
    private ArticleInput[] _articles = [];
    private ArticleAnalyzer _analyzer = null!;
    private string _folder = string.Empty;
    private int _run;

    /// <summary>Articles per operation: the seeds repeated with distinct ids and dates spread over two years.</summary>
    [Params(2000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var seeds = Corpus.SeedIds.Select(Corpus.Seed).ToArray();
        _articles = [.. Enumerable.Range(0, Articles).Select(i => new ArticleInput(seeds[i % seeds.Length], new AnalysisOptions
        {
            Id = $"article-{i:D6}",
            DocumentDate = new DateOnly(2024, 1, 1).AddDays(i * 7 % 730),
        }))];
        _analyzer = new ArticleAnalyzer();
        _analyzer.Analyze("warm up");
        _folder = Directory.CreateTempSubdirectory("geonlp-corpus-bench-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, Description = "analyze")]
    public int Analyze()
    {
        var tokens = 0;
        foreach (var article in _articles)
        {
            tokens += _analyzer.Analyze(article.Text, article.Options).Tokens.Count;
        }

        return tokens;
    }

    [Benchmark(Description = "analyze + index")]
    public int AnalyzeAndIndex()
    {
        var path = Path.Combine(_folder, $"corpus-{_run++}.duckdb");
        int added;
        using (var builder = CorpusBuilder.Open(path))
        {
            added = builder.AddAsync(Analyses()).GetAwaiter().GetResult().Added;
            builder.Complete();
        }

        File.Delete(path);
        File.Delete(path + ".wal");
        return added;
    }

    /// <summary>Each article is analyzed when the builder asks for it, on the same thread.</summary>
    private async IAsyncEnumerable<ArticleAnalysis> Analyses()
    {
        foreach (var article in _articles)
        {
            yield return _analyzer.Analyze(article.Text, article.Options);
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
