using System.Collections.Immutable;
using Geopolitics.Nlp.Sentences;
using Geopolitics.Nlp.Text;
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

    /// <summary>Tags <paramref name="text"/>.</summary>
    /// <param name="text">The text the tokens index into.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="sentences">Its sentences, as ranges of <paramref name="tokens"/>; patterns do not cross them.</param>
    /// <param name="documentDate">The publication date, or <see langword="null"/> to infer one.</param>
    /// <param name="names">
    /// Spans of names found by the caller, in text order (events, organizations: <c>Piala Dunia 2022</c>); a year inside
    /// one is part of the name, not a date, and so is a count with a capitalized unit (<c>Perang 12 Hari</c>). May be empty.
    /// </param>
    /// <param name="cancellationToken">Checked between steps and every 256 sentences or expressions.</param>
    public TemporalTagging Tag(
        string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, DateOnly? documentDate, ReadOnlySpan<TextSpan> names,
        CancellationToken cancellationToken = default)
    {
        var candidates = new List<DateCandidate>();
        recognizer.Recognize(tokens, sentences, candidates, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        DropNumbersInsideNames(text, candidates, names);
        var inferred = false;
        if (documentDate is null && DocumentDateInference.Infer(candidates) is { } date)
        {
            documentDate = date;
            inferred = true;
        }

        var quotes = QuotationAnchors.Build(text, tokens, sentences, candidates, documentDate);
        cancellationToken.ThrowIfCancellationRequested();
        return new TemporalTagging(DateResolver.Resolve(text, candidates, documentDate, quotes, cancellationToken), documentDate, inferred);
    }

    // Both lists are in text order: one merge pass.
    private static void DropNumbersInsideNames(string text, List<DateCandidate> candidates, ReadOnlySpan<TextSpan> names)
    {
        if (names.IsEmpty)
        {
            return;
        }

        var n = 0;
        var kept = 0;
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            while (n < names.Length && names[n].End < c.End)
            {
                n++;
            }

            // A year glued after a slash to a Hijri era word (`1446 H/2025 M`) is the Hijri year's twin, whatever name the
            // caller drew over the glued token.
            var insideName = n < names.Length && names[n].Start < c.Start && c.End <= names[n].End &&
                ((IsLoneYear(c) && text[c.Start - 1] != '/') || IsCountWithCapitalizedUnit(text, c));
            if (!insideName)
            {
                candidates[kept++] = c;
            }
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    private static bool IsLoneYear(in DateCandidate c) =>
        c.Kind == CandidateKind.Calendar && c.From.Month == 0 && c.To.IsEmpty && c.Unit is null;

    // "Perang 12 Hari", "Operasi Seratus Hari": a capital on the unit is what makes the count a word of the name; a length
    // written in lower case inside a name the caller drew too long is still a length.
    private static bool IsCountWithCapitalizedUnit(string text, in DateCandidate c)
    {
        if (c.Kind != CandidateKind.Duration)
        {
            return false;
        }

        var lastWord = text.AsSpan(c.Start, c.End - c.Start).LastIndexOf(' ');
        return lastWord >= 0 && char.IsUpper(text[c.Start + lastWord + 1]);
    }
}
