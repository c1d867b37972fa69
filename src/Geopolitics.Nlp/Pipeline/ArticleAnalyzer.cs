using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Geopolitics.Nlp.Diagnostics;
using Geopolitics.Nlp.Language;
using Geopolitics.Nlp.Pipeline;
using Geopolitics.Nlp.Sentences;
using Geopolitics.Nlp.Tokenization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Geopolitics.Nlp;

/// <summary>
/// The default <see cref="IArticleAnalyzer"/>: tokenization → language check → sentence splitting → entity tagging →
/// date normalization → claim extraction, with the models and word lists embedded in this assembly.
/// </summary>
/// <remarks>
/// Cheap to create and meant to be shared: models load once per process, lazily and thread-safely, on first use (or in
/// <see cref="WarmUp"/>), and an instance holds no per-call state, so any number of threads may call
/// <see cref="Analyze"/> at once. Emits metrics and traces named <c>Geopolitics.Nlp</c> (see the README) at no cost
/// when nothing listens.
/// </remarks>
public sealed class ArticleAnalyzer : IArticleAnalyzer
{
    private static readonly Lazy<ImmutableArray<IAnalysisStage>> DefaultStages =
        new(BuildDefaultStages, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<ImmutableArray<IAnalysisStage>> _stages;
    private readonly int _maxDegreeOfParallelism;
    private readonly ILogger _logger;
    private readonly AnalyzerTelemetry? _telemetry;
    private int _used;

    /// <summary>Creates an analyzer that uses the embedded models and word lists.</summary>
    public ArticleAnalyzer()
        : this(new ArticleAnalyzerOptions())
    {
    }

    /// <summary>Creates an analyzer with the given settings that uses the embedded models and word lists.</summary>
    /// <param name="options">The analyzer's settings; copied, so later changes to the object have no effect.</param>
    /// <exception cref="ArgumentException">The options are invalid (e.g. <see cref="ArticleAnalyzerOptions.MaxDegreeOfParallelism"/> below 1).</exception>
    public ArticleAnalyzer(ArticleAnalyzerOptions options)
        : this(options, loggerFactory: null, meterFactory: null)
    {
    }

    /// <summary>
    /// Creates an analyzer that logs to <paramref name="loggerFactory"/> and creates its meter with
    /// <paramref name="meterFactory"/>; this is the constructor dependency injection uses.
    /// </summary>
    /// <param name="options">The analyzer's settings; copied, so later changes to the object have no effect.</param>
    /// <param name="loggerFactory">Where model loading, warm-up, batch failures and non-Indonesian input are logged; <see langword="null"/> for none.</param>
    /// <param name="meterFactory">The host's meter factory; <see langword="null"/> for a process-wide <c>Geopolitics.Nlp</c> meter.</param>
    /// <exception cref="ArgumentException">The options are invalid (e.g. <see cref="ArticleAnalyzerOptions.MaxDegreeOfParallelism"/> below 1).</exception>
    public ArticleAnalyzer(ArticleAnalyzerOptions options, ILoggerFactory? loggerFactory, IMeterFactory? meterFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArticleAnalyzerOptionsValidator.ThrowIfInvalid(options, nameof(options));
        _maxDegreeOfParallelism = options.MaxDegreeOfParallelism;
        _logger = loggerFactory?.CreateLogger<ArticleAnalyzer>() ?? NullLogger<ArticleAnalyzer>.Instance;
        _telemetry = AnalyzerTelemetry.Create(meterFactory);
        var custom = CustomEntities(options);
        _stages = custom.Count == 0
            ? DefaultStages
            : new(() => BuildStages(Entities.EntityRecognizer.Default.WithExtraNames(custom.SelectMany(e => e.GazetteerNames()))), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// Creates an analyzer over the given stages, run in the order given, so tests and benchmarks compose pipelines
    /// (a stage replaced, removed or wrapped) instead of copying this class.
    /// </summary>
    /// <param name="stages">The stages; each is selected by its <see cref="IAnalysisStage.Output"/>.</param>
    /// <param name="options">The analyzer's settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="telemetry">Metrics and traces, or <see langword="null"/> for an uninstrumented pipeline.</param>
    /// <param name="logger">The logger, or <see langword="null"/> for none.</param>
    internal ArticleAnalyzer(
        IEnumerable<IAnalysisStage> stages, ArticleAnalyzerOptions? options = null, AnalyzerTelemetry? telemetry = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(stages);
        options ??= new ArticleAnalyzerOptions();
        ArticleAnalyzerOptionsValidator.ThrowIfInvalid(options, nameof(options));
        _maxDegreeOfParallelism = options.MaxDegreeOfParallelism;
        _logger = logger ?? NullLogger.Instance;
        _telemetry = telemetry;
        _stages = new Lazy<ImmutableArray<IAnalysisStage>>(stages.ToImmutableArray());
    }

    /// <summary>The stages of the default pipeline, in order; for tests and benchmarks that compose their own.</summary>
    internal static ImmutableArray<IAnalysisStage> DefaultPipeline => DefaultStages.Value;

    private ImmutableArray<IAnalysisStage> Stages => Volatile.Read(ref _used) != 0 ? _stages.Value : FirstUse();

    /// <inheritdoc />
    public ArticleAnalysis Analyze(string text, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= AnalysisOptions.Default;
        var analysis = _telemetry is null
            ? Run(Stages, text, options, telemetry: null, cancellationToken)
            : RunInstrumented(Stages, text, options, _telemetry, cancellationToken);
        if (analysis.Language is { } language && language != LanguageIdentifier.Indonesian)
        {
            AnalyzerLog.NotIndonesian(_logger, options.Id, language, analysis.LanguageConfidence);
        }

        return analysis;
    }

    /// <inheritdoc />
    public IEnumerable<ArticleAnalysis> AnalyzeMany(IEnumerable<ArticleInput> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return OrderedBatch.Run(articles, AnalyzeInBatch, _maxDegreeOfParallelism, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ArticleAnalysis> AnalyzeManyAsync(IAsyncEnumerable<ArticleInput> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return OrderedBatch.RunAsync(articles, AnalyzeInBatch, _maxDegreeOfParallelism, cancellationToken);
    }

    /// <inheritdoc />
    public void WarmUp()
    {
        var started = Stopwatch.GetTimestamp();
        var stages = Stages;
        // Not counted in metrics or traced: warm-up is not an article.
        Run(stages, WarmUpText.Text, WarmUpText.Options, telemetry: null, CancellationToken.None);
        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        AnalyzerLog.WarmedUp(_logger, elapsedMs);
    }

    private static ArticleAnalysis Run(
        ImmutableArray<IAnalysisStage> stages, string text, AnalysisOptions options, AnalyzerTelemetry? telemetry, CancellationToken cancellationToken)
    {
        var selected = StageSelection.Resolve(options.Stages);
        var state = new AnalysisState(text, options);
        foreach (var stage in stages)
        {
            if ((selected & stage.Output) == 0)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (telemetry is null)
            {
                stage.Run(state, cancellationToken);
            }
            else
            {
                telemetry.RunStage(stage, state, cancellationToken);
            }

            state.Ran |= stage.Output;
        }

        return state.Freeze();
    }

    private static ArticleAnalysis RunInstrumented(
        ImmutableArray<IAnalysisStage> stages, string text, AnalysisOptions options, AnalyzerTelemetry telemetry, CancellationToken cancellationToken)
    {
        using var activity = AnalyzerTelemetry.StartAnalyze(text, options);
        var started = telemetry.TimesArticles || activity is not null ? Stopwatch.GetTimestamp() : 0;
        ArticleAnalysis analysis;
        try
        {
            analysis = Run(stages, text, options, telemetry, cancellationToken);
        }
        catch (Exception e) when (telemetry.Failed(e, activity))
        {
            throw; // not reached: the filter records the failure and lets the exception pass on
        }

        telemetry.Analyzed(analysis, started, activity);
        return analysis;
    }

    private ArticleAnalysis AnalyzeInBatch(string text, AnalysisOptions? options, CancellationToken cancellationToken)
    {
        try
        {
            return Analyze(text, options, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            AnalyzerLog.BatchArticleFailed(_logger, options?.Id, e);
            throw;
        }
    }

    /// <summary>Loads the stages (models are shared by the process, so only the first analyzer pays) and logs the time once.</summary>
    private ImmutableArray<IAnalysisStage> FirstUse()
    {
        if (Interlocked.Exchange(ref _used, 1) != 0)
        {
            return _stages.Value;
        }

        var started = Stopwatch.GetTimestamp();
        var stages = _stages.Value;
        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        AnalyzerLog.ModelsLoaded(_logger, elapsedMs);
        return stages;
    }

    /// <summary>The custom entities of the options, from code and from the file, copied.</summary>
    private static List<Entities.CustomEntity> CustomEntities(ArticleAnalyzerOptions options)
    {
        var entities = new List<Entities.CustomEntity>(options.CustomEntities);
        if (options.CustomEntitiesFile is { } path)
        {
            entities.AddRange(Entities.CustomEntityFile.Read(path).Entities); // validated above: no errors
        }

        return entities;
    }

    /// <summary>
    /// The other stages' word lists load on a thread of their own while this one loads the entity recognizer (the
    /// model on a third), so the first result waits for the longest load, not for their sum. Nothing waits for that
    /// thread: each default is a thread-safe lazy (or type initializer), so <see cref="BuildStages"/> reading the same
    /// instance waits for it if it is still loading, and throws its failure, if any, on this thread.
    /// </summary>
    private static ImmutableArray<IAnalysisStage> BuildDefaultStages()
    {
        _ = new Resources.BackgroundLoad<bool>(static () =>
        {
            _ = IndonesianTokenizer.Default;
            _ = LanguageIdentifier.Default;
            _ = SentenceSplitter.Default;
            _ = DateStage.Default;
            _ = Claims.ClaimLexicon.Default;
            return true;
        });
        return BuildStages(Entities.EntityRecognizer.Default);
    }

    private static ImmutableArray<IAnalysisStage> BuildStages(Entities.EntityRecognizer entities)
    {
        var tokenizer = IndonesianTokenizer.Default;
        return
        [
            new TokenizationStage(tokenizer),
            new LanguageStage(LanguageIdentifier.Default),
            new SentenceStage(SentenceSplitter.Default),
            new EntityStage(entities),
            DateStage.Default,
            new ClaimStage(Claims.ClaimLexicon.Default),
        ];
    }
}
