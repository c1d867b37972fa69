using System.Collections.Immutable;
using Geopolitics.Nlp.Sentences;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Dates;

/// <summary>The temporal expressions of a text and the document date they were resolved against.</summary>
/// <param name="Dates">The expressions in text order.</param>
/// <param name="DocumentDate">The given document date, or the one inferred from the text.</param>
/// <param name="DocumentDateInferred">Whether <paramref name="DocumentDate"/> was inferred.</param>
internal readonly record struct TemporalTagging(ImmutableArray<TemporalExpression> Dates, DateOnly? DocumentDate, bool DocumentDateInferred);

/// <summary>
/// The date component on its own, with no pipeline around it: given a text's tokens and sentences (from any tokenizer
/// and splitter that give <see cref="Token"/>s and <see cref="Sentence"/>s), it recognizes temporal expressions, infers a
/// document date when none is given, and resolves each expression to TIMEX3.
/// </summary>
internal sealed class TemporalTagger(DateRecognizer recognizer)
{
    /// <summary>The tagger over the embedded word lists.</summary>
    public static TemporalTagger Default { get; } = new(DateRecognizer.Default);

    public TemporalTagging Tag(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, DateOnly? documentDate)
    {
        var candidates = new List<DateCandidate>();
        recognizer.Recognize(tokens, sentences, candidates);
        var inferred = false;
        if (documentDate is null && DocumentDateInference.Infer(candidates) is { } date)
        {
            documentDate = date;
            inferred = true;
        }

        var quotes = QuotationAnchors.Build(tokens, sentences, candidates, documentDate);
        return new TemporalTagging(DateResolver.Resolve(text, candidates, documentDate, quotes), documentDate, inferred);
    }
}
