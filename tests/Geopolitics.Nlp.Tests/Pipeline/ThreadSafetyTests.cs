using Geopolitics.Nlp.Serialization;

namespace Geopolitics.Nlp.Tests.Pipeline;

/// <summary>One analyzer shared by many threads gives exactly the results of sequential calls.</summary>
public sealed class ThreadSafetyTests
{
    [Fact]
    public void Parallel_calls_on_one_analyzer_equal_sequential_calls()
    {
        var analyzer = new ArticleAnalyzer();
        var texts = TestData.SeedIds.Select(TestData.SeedText).ToArray();
        var options = new AnalysisOptions { DocumentDate = new DateOnly(2025, 9, 4) };
        var expected = texts.Select(t => GeoNlpJson.Serialize(analyzer.Analyze(t, options))).ToArray();

        var work = Enumerable.Range(0, 200).Select(i => i % texts.Length).ToArray();
        var actual = new string[work.Length];
        Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            actual[i] = GeoNlpJson.Serialize(analyzer.Analyze(texts[work[i]], options)));

        for (var i = 0; i < work.Length; i++)
        {
            Assert.Equal(expected[work[i]], actual[i]);
        }
    }

    [Fact]
    public void Separate_analyzers_created_concurrently_agree()
    {
        var text = TestData.SeedText(TestData.SeedIds.Last());
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = GeoNlpJson.Serialize(new ArticleAnalyzer().Analyze(text)));
        Assert.All(results, r => Assert.Equal(results[0], r));
    }

    [Fact]
    public void Batch_results_come_back_in_input_order()
    {
        var analyzer = new ArticleAnalyzer();
        var inputs = Enumerable.Range(0, 60)
            .Select(i => new ArticleInput(TestData.SeedText(TestData.SeedIds.ElementAt(i % 5)), new AnalysisOptions { Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            .ToList();
        var ids = analyzer.AnalyzeMany(inputs).Select(a => a.Id).ToList();
        Assert.Equal(inputs.Select(i => i.Options!.Id), ids);
    }

    [Fact]
    public async Task Async_batch_results_come_back_in_input_order()
    {
        var analyzer = new ArticleAnalyzer();
        var ids = new List<string?>();
        await foreach (var analysis in analyzer.AnalyzeManyAsync(Inputs()))
        {
            ids.Add(analysis.Id);
        }

        Assert.Equal(Enumerable.Range(0, 40).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), ids);

        static async IAsyncEnumerable<ArticleInput> Inputs()
        {
            for (var i = 0; i < 40; i++)
            {
                await Task.Yield();
                yield return new ArticleInput("Lavrov tiba di Pyongyang. " + i, new AnalysisOptions { Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }
        }
    }
}
