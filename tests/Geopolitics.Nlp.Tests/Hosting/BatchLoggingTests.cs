using Geopolitics.Nlp.Pipeline;
using Microsoft.Extensions.Logging;

namespace Geopolitics.Nlp.Tests.Hosting;

public sealed class BatchLoggingTests
{
    [Fact]
    public void A_failed_article_in_a_batch_is_logged_as_an_error_with_its_id()
    {
        var logs = new ListLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var analyzer = new ArticleAnalyzer(
            [ArticleAnalyzer.DefaultPipeline[0], new FailOnMarkerStage()], logger: factory.CreateLogger<ArticleAnalyzer>());
        var articles = new[]
        {
            new ArticleInput("Presiden tiba di Jakarta.", new AnalysisOptions { Id = "good" }),
            new ArticleInput("RUSAK", new AnalysisOptions { Id = "broken" }),
        };

        Assert.Throws<InvalidDataException>(() => analyzer.AnalyzeMany(articles).ToList());

        var entry = Assert.Single(logs.Entries, e => e.EventName == "BatchArticleFailed");
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Contains("broken", entry.Message);
        Assert.IsType<InvalidDataException>(entry.Exception);
    }

    private sealed class FailOnMarkerStage : IAnalysisStage
    {
        public string Name => "fail-on-marker";

        public AnalysisStages Output => AnalysisStages.Entities;

        public void Run(AnalysisState state, CancellationToken cancellationToken)
        {
            if (state.Text == "RUSAK")
            {
                throw new InvalidDataException("test failure");
            }
        }
    }
}
