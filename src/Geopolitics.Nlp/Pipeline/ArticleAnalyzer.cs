using System.Collections.Immutable;
using Geopolitics.Nlp.Pipeline;
using Geopolitics.Nlp.Sentences;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp;

/// <summary>
/// The default <see cref="IArticleAnalyzer"/>: tokenization → sentence splitting → entity tagging → date normalization →
/// claim extraction, with the models and word lists embedded in this assembly.
/// </summary>
/// <remarks>
/// Cheap to create and meant to be shared: models load once per process, lazily and thread-safely, on first use, and
/// an instance holds no per-call state, so any number of threads may call <see cref="Analyze"/> at once.
/// </remarks>
public sealed class ArticleAnalyzer : IArticleAnalyzer
{
    private static readonly Lazy<ImmutableArray<IAnalysisStage>> DefaultStages =
        new(BuildDefaultStages, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<ImmutableArray<IAnalysisStage>> _stages;
    private readonly int _maxDegreeOfParallelism;

    /// <summary>
    /// Creates an analyzer over the given stages, run in the order given, so tests and benchmarks compose pipelines
    /// (a stage replaced, removed or wrapped) instead of copying this class.
    /// </summary>
    /// <param name="stages">The stages; each is selected by its <see cref="IAnalysisStage.Output"/>.</param>
    /// <param name="options">The analyzer's settings, or <see langword="null"/> for the defaults.</param>
    internal ArticleAnalyzer(IEnumerable<IAnalysisStage> stages, ArticleAnalyzerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stages);
        options ??= new ArticleAnalyzerOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(options));
        _maxDegreeOfParallelism = options.MaxDegreeOfParallelism;
        var list = stages.ToImmutableArray();
        _stages = new Lazy<ImmutableArray<IAnalysisStage>>(list);
    }

    /// <summary>Creates an analyzer that uses the embedded models and word lists.</summary>
    public ArticleAnalyzer()
        : this(new ArticleAnalyzerOptions())
    {
    }

    /// <summary>Creates an analyzer with the given settings that uses the embedded models and word lists.</summary>
    /// <param name="options">The analyzer's settings; copied, so later changes to the object have no effect.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="ArticleAnalyzerOptions.MaxDegreeOfParallelism"/> is less than 1.</exception>
    public ArticleAnalyzer(ArticleAnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(options));
        _maxDegreeOfParallelism = options.MaxDegreeOfParallelism;
        _stages = DefaultStages;
    }

    /// <inheritdoc />
    public ArticleAnalysis Analyze(string text, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= AnalysisOptions.Default;
        var selected = StageSelection.Resolve(options.Stages);
        var state = new AnalysisState(text, options);
        foreach (var stage in _stages.Value)
        {
            if ((selected & stage.Output) == 0)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            stage.Run(state, cancellationToken);
            state.Ran |= stage.Output;
        }

        return state.Freeze();
    }

    /// <inheritdoc />
    public IEnumerable<ArticleAnalysis> AnalyzeMany(IEnumerable<ArticleInput> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return OrderedBatch.Run(articles, Analyze, _maxDegreeOfParallelism, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ArticleAnalysis> AnalyzeManyAsync(IAsyncEnumerable<ArticleInput> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return OrderedBatch.RunAsync(articles, Analyze, _maxDegreeOfParallelism, cancellationToken);
    }

    /// <summary>The stages of the default pipeline, in order; for tests and benchmarks that compose their own.</summary>
    internal static ImmutableArray<IAnalysisStage> DefaultPipeline => DefaultStages.Value;

    private static ImmutableArray<IAnalysisStage> BuildDefaultStages()
    {
        var tokenizer = IndonesianTokenizer.Default;
        return
        [
            new TokenizationStage(tokenizer),
            new SentenceStage(SentenceSplitter.Default),
            new Entities.EntityStage(Entities.EntityTagger.Default),
            Dates.DateStage.Default,
            new Claims.ClaimStage(Claims.ClaimLexicon.Default),
        ];
    }
}
