using System.Collections.Immutable;
using System.Text.Json;
using Geopolitics.Nlp.Claims;
using Geopolitics.Nlp.Dates;
using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Sentences;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Serialization;

/// <summary>
/// The JSON shape of an <see cref="ArticleAnalysis"/> as read back. It differs from the analysis only in its tokens:
/// a <see cref="Token"/> is an offset range into the article text, which the JSON does not hold, so tokens are read as
/// plain records and rebuilt over the text given to <see cref="GeoNlpJson.Deserialize(string, string)"/>. The
/// round-trip test (serialize, read, serialize: byte-identical on the seeds) fails when a property of
/// <see cref="ArticleAnalysis"/> is missing here.
/// </summary>
internal sealed record SerializedAnalysis
{
    public string? Id { get; init; }

    public DateOnly? DocumentDate { get; init; }

    public bool DocumentDateInferred { get; init; }

    public string? Language { get; init; }

    public double LanguageConfidence { get; init; }

    public IReadOnlyList<SerializedToken>? Tokens { get; init; }

    public IReadOnlyList<Sentence>? Sentences { get; init; }

    public IReadOnlyList<EntityMention>? Entities { get; init; }

    public IReadOnlyList<TemporalExpression>? Dates { get; init; }

    public IReadOnlyList<Claim>? Claims { get; init; }

    // The lists are null when the JSON leaves them out (geonlp --fields) or writes null: read as empty.

    /// <summary>The analysis over <paramref name="text"/>, after checking that every span reads in the text what the JSON says.</summary>
    /// <exception cref="ArgumentException">A span lies outside the text or reads something else in it.</exception>
    public ArticleAnalysis ToAnalysis(string text)
    {
        var sentences = Sentences ?? [];
        var entities = Entities ?? [];
        var dates = Dates ?? [];
        var claims = Claims ?? [];
        var tokens = ImmutableArray.CreateBuilder<Token>(Tokens?.Count ?? 0);
        foreach (var t in Tokens ?? [])
        {
            Check(text, t.Start, t.End, t.Text, "token");
            var cliticStart = t.Kind == TokenKind.Word
                ? CliticRule.FindCliticStart(text, t.Start, t.End, IndonesianTokenizer.Default.Lexicon)
                : t.End;
            tokens.Add(new Token(text, t.Start, t.End, t.Kind, cliticStart));
        }

        foreach (var s in sentences)
        {
            CheckRange(text, s.Start, s.End, "sentence");
        }

        foreach (var e in entities)
        {
            if (e?.Canonical is null)
            {
                throw new JsonException("An entity in the JSON is null or has no canonical name.");
            }

            Check(text, e.Start, e.End, e.Text, "entity");
        }

        foreach (var d in dates)
        {
            if (d is null)
            {
                throw new JsonException("A date in the JSON is null.");
            }

            Check(text, d.Start, d.End, d.Text, "date");
        }

        foreach (var c in claims)
        {
            if (c?.Cue is null || c.Speaker is null || c.Content is null)
            {
                throw new JsonException("A claim in the JSON is null or has no cue, speaker or content.");
            }

            Check(text, c.Cue.Start, c.Cue.End, c.Cue.Text, "claim cue");
            Check(text, c.Speaker.Start, c.Speaker.End, c.Speaker.Text, "claim speaker");
            Check(text, c.Content.Start, c.Content.End, c.Content.Text, "claim content");
        }

        return new ArticleAnalysis
        {
            Id = Id,
            DocumentDate = DocumentDate,
            DocumentDateInferred = DocumentDateInferred,
            Language = Language,
            LanguageConfidence = LanguageConfidence,
            Text = text,
            Tokens = tokens.MoveToImmutable(),
            Sentences = sentences,
            Entities = entities,
            Dates = dates,
            Claims = claims,
        };
    }

    private static void Check(string text, int start, int end, string? written, string what)
    {
        if (written is null)
        {
            throw new JsonException($"A {what} in the JSON has no text.");
        }

        CheckRange(text, start, end, what);
        if (!text.AsSpan(start, end - start).SequenceEqual(written))
        {
            throw new ArgumentException($"The JSON was not made from this text: the {what} at {start}–{end} is \"{written}\" in the JSON.", nameof(text));
        }
    }

    private static void CheckRange(string text, int start, int end, string what)
    {
        if (start < 0 || end < start || end > text.Length)
        {
            throw new ArgumentException($"The JSON was not made from this text: a {what} at {start}–{end} lies outside its {text.Length} characters.", nameof(text));
        }
    }
}

/// <summary>A token as the JSON writes it.</summary>
internal readonly record struct SerializedToken(int Start, int End, string Text, TokenKind Kind);
