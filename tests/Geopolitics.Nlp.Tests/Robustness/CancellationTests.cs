using System.Diagnostics;

using Geopolitics.Nlp.Robustness;

namespace Geopolitics.Nlp.Tests.Robustness;

/// <summary>Cancellation is checked inside the stages' long loops, not only between stages.</summary>
[Collection(nameof(TimingSensitiveTests))]
public sealed class CancellationTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("news")]
    [InlineData("names")]
    [InlineData("punctuation-mix")]
    [InlineData("acronym-definitions")]
    [InlineData("menurut-distinct-names")]
    [InlineData("one-paragraph-claims")]
    [InlineData("quote-distinct-speakers")]
    [InlineData("repeated-dates")]
    public void Cancelling_stops_a_long_analysis_in_a_fraction_of_its_time(string pattern)
    {
        var text = GrowthTests.Text(pattern, 1 << 20);
        var watch = Stopwatch.StartNew();
        Analyzer.Analyze(text);
        var full = watch.Elapsed;

        // Cancelled at a third of the run, inside whichever stage is busy then: the call ends well before the run would.
        // The best of two attempts, as in GrowthTests: on a shared machine (CI runs both target frameworks' tests at
        // once) one attempt may be descheduled; a loop that never checks the token fails both.
        var latency = TimeSpan.MaxValue;
        for (var attempt = 0; attempt < 2 && latency >= full / 4; attempt++)
        {
            using var cancellation = new CancellationTokenSource(full / 3);
            watch.Restart();
            Assert.ThrowsAny<OperationCanceledException>(() => Analyzer.Analyze(text, cancellationToken: cancellation.Token));
            var attemptLatency = watch.Elapsed - full / 3;
            latency = attemptLatency < latency ? attemptLatency : latency;
        }

        Assert.True(latency < full / 4, $"{pattern}: full run {full.TotalMilliseconds:0} ms, returned {latency.TotalMilliseconds:0} ms after cancellation");
    }
}
