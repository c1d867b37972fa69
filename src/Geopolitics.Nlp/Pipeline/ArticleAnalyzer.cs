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
        var state = new AnalysisState(text, options ?? AnalysisOptions.Default);
        foreach (var stage in _stages.Value)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Run(state, cancellationToken);
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

    private static ImmutableArray<IAnalysisStage> BuildDefaultStages()
    {
        var tokenizer = IndonesianTokenizer.Default;
        return
        [
            new TokenizationStage(tokenizer),
            new SentenceStage(SentenceSplitter.Default),
            new EntityStage(Entities.EntityRecognizer.Default),
            Dates.DateStage.Default,
            new Claims.ClaimStage(Claims.ClaimLexicon.Default),
        ];
    }
}
