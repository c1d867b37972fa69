using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Geopolitics.Nlp.Diagnostics;
using Geopolitics.Nlp.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Geopolitics.Nlp.Tests.Hosting;

/// <summary>
/// Metrics and traces as a listener sees them. In one collection with the allocation test: activity listeners are
/// process-wide, and a listener in a parallel test would make the other test's activities real.
/// </summary>
[Collection(TelemetryListenerTests.Name)]
public sealed class TelemetryTests
{
    private const string Text = "Menteri Luar Negeri Rusia Sergey Lavrov tiba di Pyongyang pada Rabu (3/9). " +
        "\u201CKami siap bekerja sama,\u201D ujar Lavrov.";

    [Fact]
    public async Task A_host_analysis_reports_counts_and_durations_on_the_hosts_meter()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddArticleAnalyzer();
        using var host = builder.Build();
        var meterFactory = host.Services.GetRequiredService<IMeterFactory>();
        var measurements = new ConcurrentQueue<(string Instrument, string? Unit, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this host's meter: other tests' analyzers must not be counted.
            if (instrument.Meter.Name == AnalyzerTelemetry.Name && ReferenceEquals(instrument.Meter.Scope, meterFactory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Enqueue((i.Name, i.Unit, v, ToDictionary(tags))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Enqueue((i.Name, i.Unit, v, ToDictionary(tags))));
        listener.Start();
        await host.StartAsync();

        var analysis = host.Services.GetRequiredService<IArticleAnalyzer>().Analyze(Text);
        await host.StopAsync();

        var articles = Assert.Single(measurements, m => m.Instrument == "geonlp.articles");
        Assert.Equal(1, articles.Value);
        Assert.Equal("{article}", articles.Unit);
        Assert.Equal("id", articles.Tags["geonlp.language"]);
        Assert.Equal(analysis.Tokens.Count, Assert.Single(measurements, m => m.Instrument == "geonlp.tokens").Value);
        var article = Assert.Single(measurements, m => m.Instrument == "geonlp.article.duration");
        Assert.Equal("s", article.Unit);
        Assert.InRange(article.Value, 1e-7, 60);
        var stages = measurements.Where(m => m.Instrument == "geonlp.stage.duration").ToList();
        Assert.Equal(["tokens", "language", "sentences", "entities", "dates", "claims"], stages.Select(m => (string?)m.Tags["geonlp.stage.name"]));
        Assert.All(stages, m => Assert.Equal("s", m.Unit));
        Assert.True(stages.Sum(m => m.Value) <= article.Value);
        Assert.DoesNotContain(measurements, m => m.Instrument == "geonlp.errors");
    }

    [Fact]
    public void Each_analysis_is_one_activity_with_one_child_per_stage_that_ran()
    {
        var id = "activity-" + Guid.NewGuid().ToString("N");
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AnalyzerTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        var analysis = new ArticleAnalyzer().Analyze(Text, new AnalysisOptions { Id = id, Stages = AnalysisStages.Entities });

        var root = Assert.Single(stopped, a => a.OperationName == "geonlp.analyze" && (string?)a.GetTagItem("geonlp.article.id") == id);
        Assert.Equal(Text.Length, root.GetTagItem("geonlp.article.length"));
        Assert.Equal(analysis.Tokens.Count, root.GetTagItem("geonlp.article.tokens"));
        Assert.Equal(ActivityStatusCode.Unset, root.Status);
        var children = stopped.Where(a => a.ParentSpanId == root.SpanId).ToList();
        Assert.All(children, a => Assert.Equal("geonlp.stage", a.OperationName));
        Assert.Equal(["tokens", "sentences", "entities"], children.Select(a => (string?)a.GetTagItem("geonlp.stage.name")));
    }

    [Fact]
    public void A_failing_stage_is_counted_as_an_error_and_marks_the_activity()
    {
        using var meter = new Meter(AnalyzerTelemetry.Name);
        var errors = new ConcurrentQueue<(long Value, object? Type)>();
        using var meterListener = new MeterListener();
        meterListener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        meterListener.SetMeasurementEventCallback<long>((i, v, tags, _) =>
        {
            if (i.Name == "geonlp.errors")
            {
                errors.Enqueue((v, ToDictionary(tags)["error.type"]));
            }
        });
        meterListener.Start();
        var id = "failing-" + Guid.NewGuid().ToString("N");
        var stopped = new ConcurrentQueue<Activity>();
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AnalyzerTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(activityListener);
        var analyzer = new ArticleAnalyzer([ArticleAnalyzer.DefaultPipeline[0], new FailingStage()], telemetry: new AnalyzerTelemetry(meter));

        Assert.Throws<InvalidDataException>(() => analyzer.Analyze(Text, new AnalysisOptions { Id = id }));

        Assert.Equal((1L, (object?)typeof(InvalidDataException).FullName), Assert.Single(errors));
        var root = Assert.Single(stopped, a => a.OperationName == "geonlp.analyze" && (string?)a.GetTagItem("geonlp.article.id") == id);
        Assert.Equal(ActivityStatusCode.Error, root.Status);
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var result = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            result[tag.Key] = tag.Value;
        }

        return result;
    }

    private sealed class FailingStage : IAnalysisStage
    {
        public string Name => "failing";

        public AnalysisStages Output => AnalysisStages.Entities;

        public void Run(AnalysisState state, CancellationToken cancellationToken) => throw new InvalidDataException("test failure");
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryListenerTests
{
    public const string Name = "Telemetry";
}
