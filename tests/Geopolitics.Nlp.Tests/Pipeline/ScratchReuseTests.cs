using Geopolitics.Nlp.Serialization;

namespace Geopolitics.Nlp.Tests.Pipeline;

/// <summary>
/// The entity and claim stages reuse their working objects per thread: an article's result must not depend on which
/// articles the thread analyzed before it, nor on an analysis that was cancelled halfway.
/// </summary>
public sealed class ScratchReuseTests
{
    private static readonly AnalysisOptions Options = new() { DocumentDate = new DateOnly(2025, 9, 4) };

    [Fact]
    public void An_article_analyzed_after_others_on_one_thread_equals_its_analysis_on_a_fresh_thread()
    {
        var analyzer = new ArticleAnalyzer();
        var texts = TestData.SeedIds.Select(TestData.SeedText)
            .Append("ANTARA FOTO - Lavrov tiba di Pyongyang. “Kami siap,” kata Lavrov kepada KCNA, Selasa (3/9).")
            .Append("kim bertemu putin di vladivostok pada senin dan mengatakan hubungan kedua negara erat.")
            .ToArray();
        var fresh = texts.Select(t => OnFreshThread(() => GeoNlpJson.Serialize(analyzer.Analyze(t, Options)))).ToArray();

        var reused = OnFreshThread(() =>
        {
            var results = new string[texts.Length];
            foreach (var i in Enumerable.Range(0, texts.Length).Concat(Enumerable.Range(0, texts.Length).Reverse()))
            {
                results[i] = GeoNlpJson.Serialize(analyzer.Analyze(texts[i], Options));
            }

            return results;
        });

        Assert.Equal(fresh, reused);
    }

    [Fact]
    public void A_cancelled_analysis_leaves_nothing_behind_for_the_next_article()
    {
        var analyzer = new ArticleAnalyzer();
        var text = TestData.SeedText(TestData.SeedIds.First());
        var expected = OnFreshThread(() => GeoNlpJson.Serialize(analyzer.Analyze(text, Options)));
        var longText = string.Join("\n\n", Enumerable.Repeat(text, 200));

        var actual = OnFreshThread(() =>
        {
            for (var delay = 1; delay <= 64; delay *= 4)
            {
                using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(delay));
                try
                {
                    analyzer.Analyze(longText, Options, cancellation.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }

            return GeoNlpJson.Serialize(analyzer.Analyze(text, Options));
        });

        Assert.Equal(expected, actual);
    }

    private static T OnFreshThread<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("the analysis failed", failure);
    }
}
