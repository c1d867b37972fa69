using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Geopolitics.Nlp.Sentences;
using Geopolitics.Nlp.Tokenization;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Microsoft.ML;

namespace Geopolitics.Nlp.Benchmarks;

/// <summary>
/// Tokenization of the ~1 MB seed corpus by our tokenizer and by the baselines, in one run. Every method returns the
/// token count, so tokens/second = count / mean time; allocated bytes per token = Allocated / count.
/// </summary>
[MemoryDiagnoser]
public partial class TokenizerBenchmarks
{
    private string _text = string.Empty;
    private MLContext _ml = null!;
    private PredictionEngine<TextRow, TokenRow> _mlTokenizer = null!;

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 30_000)]
    private static partial Regex WordPattern();

    [GlobalSetup]
    public void Setup()
    {
        _text = Corpus.Megabyte;
        _ml = new MLContext(seed: 1);
        var pipeline = _ml.Transforms.Text.TokenizeIntoWords("Tokens", nameof(TextRow.Text));
        var model = pipeline.Fit(_ml.Data.LoadFromEnumerable(new[] { new TextRow { Text = "a" } }));
        _mlTokenizer = _ml.Model.CreatePredictionEngine<TextRow, TokenRow>(model);
        _ = IndonesianTokenizer.Default.CountTokens("warm");
    }

    [Benchmark(Description = "Geopolitics.Nlp tokenizer (offsets)")]
    public int OurTokenizerOffsets() => IndonesianTokenizer.Default.CountTokens(_text);

    [Benchmark(Description = "Geopolitics.Nlp tokenizer (Token[])")]
    public int OurTokenizerTokens() => IndonesianTokenizer.Default.Tokenize(_text).Length;

    [Benchmark(Description = "Geopolitics.Nlp tokenizer + sentence splitter")]
    public int OurTokenizerAndSplitter()
    {
        var tokens = IndonesianTokenizer.Default.Tokenize(_text);
        return SentenceSplitter.Default.Split(_text, tokens).Length + tokens.Length;
    }

    [Benchmark(Baseline = true, Description = "Lucene.Net StandardTokenizer")]
    public int Lucene()
    {
        using var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(_text));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        tokenizer.Reset();
        var count = 0;
        while (tokenizer.IncrementToken())
        {
            count += term.Length > 0 ? 1 : 0;
        }

        tokenizer.End();
        return count;
    }

    [Benchmark(Description = "ML.NET TokenizeIntoWords")]
    public int MlNet() => _mlTokenizer.Predict(new TextRow { Text = _text }).Tokens?.Length ?? 0;

    [Benchmark(Description = @"Regex(\w+)")]
    public int RegexWords()
    {
        var count = 0;
        foreach (var _ in WordPattern().EnumerateMatches(_text))
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "char loop (floor)")]
    public int CharLoop()
    {
        var count = 0;
        var inWord = false;
        foreach (var c in _text)
        {
            var word = char.IsLetterOrDigit(c);
            count += word && !inWord ? 1 : 0;
            inWord = word;
        }

        return count;
    }

    public sealed class TextRow
    {
        public string Text { get; set; } = string.Empty;
    }

    public sealed class TokenRow
    {
        public string[]? Tokens { get; set; }
    }
}
