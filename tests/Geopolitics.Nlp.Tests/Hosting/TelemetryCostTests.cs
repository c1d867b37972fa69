using Geopolitics.Nlp.Pipeline;

namespace Geopolitics.Nlp.Tests.Hosting;

/// <summary>Instrumentation nobody listens to costs no allocation on the hot path.</summary>
[Collection(TelemetryListenerTests.Name)]
public sealed class TelemetryCostTests
{
    [Fact]
    public void Without_listeners_an_instrumented_analysis_allocates_exactly_what_an_uninstrumented_one_does()
    {
        var text = TestData.SeedText(TestData.SeedIds.First());
        var options = new AnalysisOptions { Id = "cost", DocumentDate = new DateOnly(2025, 9, 4) };
        var instrumented = new ArticleAnalyzer();   // the process-wide meter and activity source, no listener on them
        var bare = new ArticleAnalyzer(ArticleAnalyzer.DefaultPipeline); // no telemetry at all

        var withTelemetry = MinAllocated(() => instrumented.Analyze(text, options));
        var withoutTelemetry = MinAllocated(() => bare.Analyze(text, options));

        Assert.Equal(withoutTelemetry, withTelemetry);
    }

    // The least of several runs after warming up, so that one-time caches (pools, lazies, JIT) do not count.
    private static long MinAllocated(Func<ArticleAnalysis> analyze)
    {
        for (var i = 0; i < 3; i++)
        {
            analyze();
        }

        var least = long.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(analyze());
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }
}
