using BenchmarkDotNet.Attributes;
using Geopolitics.Nlp.Claims;
using Geopolitics.Nlp.Dates;
using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Pipeline;
using Geopolitics.Nlp.Sentences;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Benchmarks;

/// <summary>
/// Each stage alone on the ~1 MB seed corpus, given the outputs of the stages before it, so the cost of a stage can be
/// read directly (tokens/second = TokenCount / mean). The tokenizer is the baseline.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private readonly IndonesianTokenizer _tokenizer = IndonesianTokenizer.Default;
    private readonly EntityStage _entities = new(EntityRecognizer.Default);
    private readonly DateStage _dates = DateStage.Default;
    private readonly ClaimStage _claims = new(ClaimLexicon.Default);
    private readonly AnalysisOptions _options = new() { DocumentDate = new DateOnly(2025, 9, 4) };
    private ArticleAnalysis _analysis = null!;
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _text = Corpus.Megabyte;
        _analysis = new ArticleAnalyzer().Analyze(_text, _options);
        Console.WriteLine($"// corpus: {_analysis.Tokens.Count} tokens, {_text.Length} chars, {_analysis.Entities.Count} entities, {_analysis.Dates.Count} dates, {_analysis.Claims.Count} claims");
    }

    [Benchmark(Baseline = true, Description = "tokenizer")]
    public int Tokenizer() => _tokenizer.Tokenize(_text).Length;

    [Benchmark(Description = "sentence splitter")]
    public int Sentences()
    {
        var state = State();
        SentenceSplitter.Default.Split(_text, state.Tokens);
        return state.Tokens.Length;
    }

    [Benchmark(Description = "entity stage")]
    public int Entities()
    {
        var state = State();
        _entities.Run(state, CancellationToken.None);
        return state.Entities.Length;
    }

    [Benchmark(Description = "date stage")]
    public int Dates()
    {
        var state = State();
        _dates.Run(state, CancellationToken.None);
        return state.Dates.Length;
    }

    [Benchmark(Description = "claim stage")]
    public int Claims()
    {
        var state = State();
        state.Entities = [.. _analysis.Entities];
        state.Dates = [.. _analysis.Dates];
        _claims.Run(state, CancellationToken.None);
        return state.Claims.Length;
    }

    private AnalysisState State() => new(_text, _options)
    {
        Tokens = [.. _analysis.Tokens],
        Sentences = [.. _analysis.Sentences],
    };
}
