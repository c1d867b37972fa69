using BenchmarkDotNet.Attributes;
using Geopolitics.Nlp.Corpus;

namespace Geopolitics.Nlp.Benchmarks;

/// <summary>
/// What indexing adds to analysis, in the configuration <c>geonlp corpus build</c> ships: the same articles analyzed
/// with <see cref="ArticleAnalyzer.AnalyzeManyAsync"/> on all cores (the baseline), and analyzed the same way while a
/// <see cref="CorpusBuilder"/> stores them into a new DuckDB file (its writer thread appending behind the analyzer), then
/// <see cref="CorpusBuilder.Complete()"/> derives the corpus-level tables and the file is closed. The ratio of the two
/// means is the wall-time cost of indexing relative to analysis; the goal is at most 1.10. On a machine whose cores the
/// analyzer already keeps busy the writer competes with it for CPU, so this ratio is close to the CPU-time ratio.
/// A third benchmark stores articles analyzed once in the setup: its ratio to the baseline is the cost of indexing
/// alone — what no overlap with the analysis can remove — without the two contending for the cores.
/// </summary>
[MemoryDiagnoser]
public class CorpusIndexingBenchmarks
{
    private ArticleInput[] _articles = [];
    private ArticleAnalysis[] _analyses = [];
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
        _analyses = [.. _analyzer.AnalyzeMany(_articles)];
        _folder = Directory.CreateTempSubdirectory("geonlp-corpus-bench-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, Description = "analyze")]
    public int Analyze() => AnalyzeAll().GetAwaiter().GetResult();

    [Benchmark(Description = "analyze + index")]
    public int AnalyzeAndIndex() => Index(_analyzer.AnalyzeManyAsync(Inputs()));

    [Benchmark(Description = "index analyzed")]
    public int IndexAnalyzed() => Index(Analyzed());

    /// <summary>Stores the analyses into a new corpus file, derives its corpus-level tables and deletes it.</summary>
    private int Index(IAsyncEnumerable<ArticleAnalysis> analyses)
    {
        var path = Path.Combine(_folder, $"corpus-{_run++}.duckdb");
        int added;
        using (var builder = CorpusBuilder.Open(path))
        {
            added = builder.AddAsync(analyses).GetAwaiter().GetResult().Added;
            builder.Complete();
        }

        File.Delete(path);
        File.Delete(path + ".wal");
        return added;
    }

    private async Task<int> AnalyzeAll()
    {
        var tokens = 0;
        await foreach (var analysis in _analyzer.AnalyzeManyAsync(Inputs()).ConfigureAwait(false))
        {
            tokens += analysis.Tokens.Count;
        }

        return tokens;
    }

    /// <summary>The analyses made in the setup, as a stream.</summary>
    private async IAsyncEnumerable<ArticleAnalysis> Analyzed()
    {
        foreach (var analysis in _analyses)
        {
            yield return analysis;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>The articles as the CLI hands them to the analyzer: a stream it pulls from.</summary>
    private async IAsyncEnumerable<ArticleInput> Inputs()
    {
        foreach (var article in _articles)
        {
            yield return article;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
