using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Evaluation;

/// <summary>Scores tokens and sentences against a CoNLL-U document by exact offset match.</summary>
public sealed class SegmentationEvaluator(IArticleAnalyzer analyzer)
{
    public SegmentationScore Evaluate(ConlluDocument document)
    {
        var analysis = analyzer.Analyze(document.Text);
        var tokens = PrecisionRecall.Compare(analysis.Tokens.Select(t => t.Span), document.Tokens);
        var sentences = PrecisionRecall.Compare(analysis.Sentences.Select(s => s.Span), document.Sentences);
        return new SegmentationScore(document.Name, tokens, sentences, FirstTokenErrors(analysis, document), FirstSentenceErrors(analysis, document));
    }

    private static IReadOnlyList<string> FirstTokenErrors(ArticleAnalysis analysis, ConlluDocument document)
    {
        var predicted = analysis.Tokens.Select(t => t.Span).ToHashSet();
        return document.Tokens.Where(g => !predicted.Contains(g)).Take(400).Select(g => Context(document.Text, g)).ToList();
    }

    private static IReadOnlyList<string> FirstSentenceErrors(ArticleAnalysis analysis, ConlluDocument document)
    {
        var gold = document.Sentences.ToHashSet();
        return analysis.Sentences.Select(s => s.Span).Where(p => !gold.Contains(p)).Take(200)
            .Select(p => "predicted " + Context(document.Text, p)).ToList();
    }

    private static string Context(string text, TextSpan span)
    {
        var from = Math.Max(0, span.Start - 30);
        var to = Math.Min(text.Length, span.End + 30);
        return $"[{span.GetText(text)}] in …{text[from..span.Start]}⟦{span.GetText(text)}⟧{text[span.End..to]}…";
    }
}

public sealed record SegmentationScore(
    string Name,
    PrecisionRecall Tokens,
    PrecisionRecall Sentences,
    IReadOnlyList<string> MissedTokens,
    IReadOnlyList<string> WrongSentences);
