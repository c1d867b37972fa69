using System.Diagnostics;
using System.Diagnostics.Metrics;
using Geopolitics.Nlp.Pipeline;

namespace Geopolitics.Nlp.Diagnostics;

/// <summary>
/// The analyzer's metrics and traces, named after the OpenTelemetry semantic conventions: a <see cref="Meter"/> and an
/// <see cref="ActivitySource"/> both called <c>Geopolitics.Nlp</c>, durations in seconds, counts of discrete things
/// with a <c>{thing}</c> unit and a plural name.
/// </summary>
/// <remarks>
/// Costs nothing when nobody listens: activities are only started when the source has listeners, clocks are only
/// read when a histogram is enabled or an activity was started, and no tag is boxed or array allocated before that.
/// </remarks>
internal sealed class AnalyzerTelemetry
{
    /// <summary>The name of the meter and of the activity source.</summary>
    public const string Name = "Geopolitics.Nlp";

    public const string AnalyzeActivity = "geonlp.analyze";
    public const string StageActivity = "geonlp.stage";
    public const string StageNameTag = "geonlp.stage.name";
    public const string LanguageTag = "geonlp.language";
    public const string ArticleIdTag = "geonlp.article.id";
    public const string ArticleLengthTag = "geonlp.article.length";
    public const string TokenCountTag = "geonlp.article.tokens";
    public const string ErrorTypeTag = "error.type";

    private static readonly string? Version = typeof(AnalyzerTelemetry).Assembly.GetName().Version?.ToString();

    /// <summary>One source per process, as activity sources are meant to be; listeners select it by name.</summary>
    public static readonly ActivitySource Source = new(Name, Version);

    private static readonly Lazy<AnalyzerTelemetry> Shared = new(() => new AnalyzerTelemetry(new Meter(Name, Version)));

    private readonly Counter<long> _articles;
    private readonly Counter<long> _tokens;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _articleDuration;
    private readonly Histogram<double> _stageDuration;

    /// <summary>Instruments on the given meter.</summary>
    public AnalyzerTelemetry(Meter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        Meter = meter;
        _articles = meter.CreateCounter<long>("geonlp.articles", "{article}", "Articles analyzed.");
        _tokens = meter.CreateCounter<long>("geonlp.tokens", "{token}", "Tokens in the articles analyzed.");
        _errors = meter.CreateCounter<long>("geonlp.errors", "{error}", "Analyses that failed, by error.type.");
        _articleDuration = CreateDurationHistogram(meter, "geonlp.article.duration", "Time to analyze one article.");
        _stageDuration = CreateDurationHistogram(meter, "geonlp.stage.duration", "Time one stage took on one article, by geonlp.stage.name.");
    }

    public Meter Meter { get; }

    /// <summary>
    /// The telemetry of analyzers created without a meter factory: one process-wide meter, so that analyzers created
    /// with <c>new</c> do not each add a meter.
    /// </summary>
    public static AnalyzerTelemetry Default => Shared.Value;

    /// <summary>Telemetry on a meter from the host's <see cref="IMeterFactory"/>, or <see cref="Default"/> without one.</summary>
    public static AnalyzerTelemetry Create(IMeterFactory? meterFactory) =>
        meterFactory is null ? Default : new AnalyzerTelemetry(meterFactory.Create(new MeterOptions(Name) { Version = Version }));

    /// <summary>Whether anything listens to the per-article measurements; decides whether the clock is read at all.</summary>
    public bool TimesArticles => _articleDuration.Enabled;

    /// <summary>Starts the <c>geonlp.analyze</c> activity, or returns null (allocating nothing) when nobody listens.</summary>
    public static Activity? StartAnalyze(string text, AnalysisOptions options)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity(AnalyzeActivity, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            if (options.Id is not null)
            {
                activity.SetTag(ArticleIdTag, options.Id);
            }

            activity.SetTag(ArticleLengthTag, text.Length);
        }

        return activity;
    }

    /// <summary>Runs one stage inside a <c>geonlp.stage</c> activity and times it, when anything listens.</summary>
    public void RunStage(IAnalysisStage stage, AnalysisState state, CancellationToken cancellationToken)
    {
        if (!_stageDuration.Enabled && !Source.HasListeners())
        {
            stage.Run(state, cancellationToken);
            return;
        }

        using var activity = Source.StartActivity(StageActivity, ActivityKind.Internal);
        activity?.SetTag(StageNameTag, stage.Name);
        var started = Stopwatch.GetTimestamp();
        stage.Run(state, cancellationToken);
        if (_stageDuration.Enabled)
        {
            _stageDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>(StageNameTag, stage.Name));
        }
    }

    /// <summary>Counts a finished article and closes its activity.</summary>
    public void Analyzed(ArticleAnalysis analysis, long started, Activity? activity)
    {
        var language = new KeyValuePair<string, object?>(LanguageTag, analysis.Language);
        if (_articleDuration.Enabled && started != 0)
        {
            _articleDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, language);
        }

        if (_articles.Enabled)
        {
            _articles.Add(1, language);
        }

        if (_tokens.Enabled)
        {
            _tokens.Add(analysis.Tokens.Count);
        }

        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TokenCountTag, analysis.Tokens.Count);
            activity.SetTag(LanguageTag, analysis.Language);
        }
    }

    /// <summary>Counts a failed analysis and marks its activity as failed. Returns false, for use in an exception filter.</summary>
    public bool Failed(Exception exception, Activity? activity)
    {
        if (exception is OperationCanceledException)
        {
            return false; // a cancelled analysis is the caller's decision, not an error
        }

        var type = exception.GetType().FullName;
        if (_errors.Enabled)
        {
            _errors.Add(1, new KeyValuePair<string, object?>(ErrorTypeTag, type));
        }

        if (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, exception.Message);
            activity.SetTag(ErrorTypeTag, type);
        }

        return false;
    }

    private static Histogram<double> CreateDurationHistogram(Meter meter, string name, string description)
    {
#if NET9_0_OR_GREATER
        // Bucket boundaries in seconds, from 0.1 ms (a short article's stage) to 10 s (megabytes of text).
        var advice = new InstrumentAdvice<double>
        {
            HistogramBucketBoundaries = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        };
        return meter.CreateHistogram(name, "s", description, tags: null, advice);
#else
        return meter.CreateHistogram<double>(name, "s", description);
#endif
    }
}
