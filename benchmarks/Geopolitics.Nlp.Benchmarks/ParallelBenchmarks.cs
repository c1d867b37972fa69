using BenchmarkDotNet.Attributes;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Benchmarks;

/// <summary>
/// <see cref="ArticleAnalyzer.AnalyzeMany"/> over 200 seed articles on one core (the baseline) and on every core: the
/// ratio of the two means is how well the analyzer scales (the goal is 1.8× on 2 cores). Less garbage per article is
/// what lets cores scale, so the allocated column matters as much as the time.
/// </summary>
[MemoryDiagnoser]
public class ParallelBenchmarks
{
    private ArticleInput[] _articles = [];
    private ArticleAnalyzer _sequential = null!;
    private ArticleAnalyzer _parallel = null!;

    /// <summary>Tokens in the batch, printed so tokens/second can be read off the table.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var options = new AnalysisOptions { DocumentDate = new DateOnly(2025, 9, 4) };
        _articles = [.. Enumerable.Range(0, 40).SelectMany(_ => Corpus.SeedIds).Select(id => new ArticleInput(Corpus.Seed(id), options))];
        TokenCount = _articles.Sum(a => IndonesianTokenizer.Default.CountTokens(a.Text));
        _sequential = new ArticleAnalyzer(new ArticleAnalyzerOptions { MaxDegreeOfParallelism = 1 });
        _parallel = new ArticleAnalyzer(new ArticleAnalyzerOptions { MaxDegreeOfParallelism = Environment.ProcessorCount });
        Console.WriteLine($"// {_articles.Length} articles, {TokenCount} tokens, {Environment.ProcessorCount} cores");
        _sequential.Analyze("warm up");
        _parallel.Analyze("warm up");
    }

    [Benchmark(Baseline = true, Description = "AnalyzeMany, 1 core")]
    public int OneCore() => _sequential.AnalyzeMany(_articles).Sum(a => a.Tokens.Count);

    [Benchmark(Description = "AnalyzeMany, all cores")]
    public int AllCores() => _parallel.AnalyzeMany(_articles).Sum(a => a.Tokens.Count);
}
