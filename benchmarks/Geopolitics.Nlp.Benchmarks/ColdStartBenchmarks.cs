using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Geopolitics.Nlp.Benchmarks;

/// <summary>
/// The first result in a fresh process: each launch is a new process whose one measured call creates an analyzer and
/// analyzes one seed article, so the time includes loading the embedded model and word lists and JIT-compiling the
/// pipeline (the goal is 300 ms). The baseline is the same call once warm, in the same kind of launch.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class ColdStartBenchmarks
{
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = Corpus.Seed(Corpus.SeedIds[0]);

    [Benchmark(Description = "first Analyze in a fresh process")]
    public int FirstResult() => new ArticleAnalyzer().Analyze(_text).Tokens.Count;
}
