using BenchmarkDotNet.Attributes;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Benchmarks;

/// <summary>The whole <see cref="ArticleAnalyzer.Analyze"/> on each seed article and on the ~1 MB corpus.</summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private readonly ArticleAnalyzer _analyzer = new();
    private readonly AnalysisOptions _options = new() { DocumentDate = new DateOnly(2025, 9, 4) };
    private string _text = string.Empty;

    public static IEnumerable<string> Articles => Corpus.SeedIds.Append("corpus-1MB");

    [ParamsSource(nameof(Articles))]
    public string Article { get; set; } = string.Empty;

    /// <summary>Tokens in the article, printed so tokens/second can be read off the table.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = Article == "corpus-1MB" ? Corpus.Megabyte : Corpus.Seed(Article);
        TokenCount = IndonesianTokenizer.Default.CountTokens(_text);
        Console.WriteLine($"// {Article}: {TokenCount} tokens, {_text.Length} chars");
        _analyzer.Analyze("warm up");
    }

    [Benchmark(Baseline = true, Description = "tokenize only")]
    public int Tokenize() => IndonesianTokenizer.Default.Tokenize(_text).Length;

    [Benchmark(Description = "Analyze (all stages)")]
    public int Analyze() => _analyzer.Analyze(_text, _options).Tokens.Count;
}
