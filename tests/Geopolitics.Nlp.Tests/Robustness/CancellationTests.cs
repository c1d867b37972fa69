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
        Analyzer.Analyze(text); // warm: a first run fills word-form tables and pools, and a later run would beat its third

        // The faster of two warm runs: on a shared machine one run may be descheduled, which would set the deadline late.
        var full = TimeSpan.MaxValue;
        var watch = new Stopwatch();
        for (var run = 0; run < 2; run++)
        {
            watch.Restart();
            Analyzer.Analyze(text);
            full = watch.Elapsed < full ? watch.Elapsed : full;
        }

        // Cancelled at a third of the run, inside whichever stage is busy then: the call ends well before the run would.
        // The best of five attempts, as in GrowthTests: on a shared machine (CI runs both target frameworks' tests at
        // once) one attempt may be descheduled; a loop that never checks the token fails them all.
        // An attempt that finishes before its deadline measured a faster full run (the JIT's later tiers, or a quieter
        // machine): it becomes the full run, and the next attempt's deadline is earlier; the bound only gets stricter.
        var latency = TimeSpan.MaxValue;
        for (var attempt = 0; attempt < 5 && latency >= full / 4; attempt++)
        {
            var deadline = full / 3;
            using var cancellation = new CancellationTokenSource(deadline);
            watch.Restart();
            try
            {
                Analyzer.Analyze(text, cancellationToken: cancellation.Token);
                full = watch.Elapsed < full ? watch.Elapsed : full;
                continue;
            }
            catch (OperationCanceledException)
            {
            }

            var attemptLatency = watch.Elapsed - deadline;
            latency = attemptLatency < latency ? attemptLatency : latency;
        }

        Assert.True(latency != TimeSpan.MaxValue, $"{pattern}: no attempt was cancelled (full run {full.TotalMilliseconds:0} ms)");
        Assert.True(latency < full / 4, $"{pattern}: full run {full.TotalMilliseconds:0} ms, returned {latency.TotalMilliseconds:0} ms after cancellation");
    }
}
