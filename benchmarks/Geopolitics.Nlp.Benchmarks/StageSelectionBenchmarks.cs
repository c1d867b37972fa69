using BenchmarkDotNet.Attributes;

namespace Geopolitics.Nlp.Benchmarks;

/// <summary>
/// What skipping stages saves: <see cref="ArticleAnalyzer.Analyze"/> on the ~1 MB corpus with
/// <see cref="AnalysisOptions.Stages"/> set to a subset, against every stage.
/// </summary>
[MemoryDiagnoser]
public class StageSelectionBenchmarks
{
    private readonly ArticleAnalyzer _analyzer = new();
    private string _text = string.Empty;
    private AnalysisOptions _options = AnalysisOptions.Default;

    [Params(AnalysisStages.All, AnalysisStages.Entities, AnalysisStages.Dates, AnalysisStages.Language, AnalysisStages.Tokens)]
    public AnalysisStages Stages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = Corpus.Megabyte;
        _options = new AnalysisOptions { DocumentDate = new DateOnly(2025, 9, 4), Stages = Stages };
        _analyzer.WarmUp();
    }

    [Benchmark(Description = "Analyze, 1 MB")]
    public int Analyze() => _analyzer.Analyze(_text, _options).Tokens.Count;
}
