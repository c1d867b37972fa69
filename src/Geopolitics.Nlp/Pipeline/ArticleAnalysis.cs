using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Geopolitics.Nlp.Claims;
using Geopolitics.Nlp.Dates;
using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Pipeline;
using Geopolitics.Nlp.Sentences;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp;

/// <summary>
/// Everything the analyzer found in one article. Immutable, lists included (a list given to an <c>init</c> accessor is
/// copied unless it is already immutable; <see langword="null"/> is an empty list); every span is a UTF-16 offset range into <see cref="Text"/>.
/// Serializes to the documented JSON shape with <see cref="Serialization.GeoNlpJson"/>.
/// </summary>
public sealed record ArticleAnalysis
{
    /// <summary>The identifier given in <see cref="AnalysisOptions.Id"/>, if any.</summary>
    public string? Id { get; init; }

    /// <summary>The publication date the dates were resolved against: the one given, or the one inferred from the text.</summary>
    public DateOnly? DocumentDate { get; init; }

    /// <summary>Whether <see cref="DocumentDate"/> was inferred from the text rather than given in the options.</summary>
    public bool DocumentDateInferred { get; init; }

    /// <summary>
    /// The language the text appears to be in, from its function words: <c>id</c> (Indonesian), <c>ms</c> (Malay),
    /// <c>en</c> (English) or <c>und</c> (undetermined: too short, a list of names, markup, another language);
    /// <see langword="null"/> when <see cref="AnalysisStages.Language"/> was not requested. The stages read Indonesian:
    /// on other languages their output is unreliable.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>How sure the language check is, from 0 (no evidence) to 1; 0 when <see cref="Language"/> is <c>und</c> or null.</summary>
    public double LanguageConfidence { get; init; }

    /// <summary>The analyzed text.</summary>
    [JsonIgnore]
    public string Text { get; init; } = string.Empty;

    /// <summary>Surface tokens in text order.</summary>
    public IReadOnlyList<Token> Tokens { get; init => field = ResultLists.Freeze(value); } = ImmutableArray<Token>.Empty;

    /// <summary>Sentences in text order; together they cover every token once.</summary>
    public IReadOnlyList<Sentence> Sentences { get; init => field = ResultLists.Freeze(value); } = ImmutableArray<Sentence>.Empty;

    /// <summary>Named-entity mentions in text order.</summary>
    public IReadOnlyList<EntityMention> Entities { get; init => field = ResultLists.Freeze(value); } = ImmutableArray<EntityMention>.Empty;

    /// <summary>Temporal expressions in text order, with normalized values.</summary>
    public IReadOnlyList<TemporalExpression> Dates { get; init => field = ResultLists.Freeze(value); } = ImmutableArray<TemporalExpression>.Empty;

    /// <summary>Attributed claims in text order.</summary>
    public IReadOnlyList<Claim> Claims { get; init => field = ResultLists.Freeze(value); } = ImmutableArray<Claim>.Empty;

    /// <summary>
    /// The outputs that were computed (<see cref="AnalysisOptions.Stages"/> with what they need); a list whose flag is
    /// missing is empty because it was not computed, not because the article has none.
    /// </summary>
    [JsonIgnore]
    public AnalysisStages Stages { get; init; } = AnalysisStages.All;
}
