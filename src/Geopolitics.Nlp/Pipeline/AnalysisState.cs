using System.Collections.Immutable;
using Geopolitics.Nlp;
using Geopolitics.Nlp.Claims;
using Geopolitics.Nlp.Dates;
using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Sentences;
using Geopolitics.Nlp.Tokenization;
namespace Geopolitics.Nlp.Pipeline;

/// <summary>
/// What the stages know about one article during one <see cref="ArticleAnalyzer.Analyze"/> call. Each stage sets its own
/// output once; on return the state is frozen into an <see cref="ArticleAnalysis"/>.
/// </summary>
internal sealed class AnalysisState(string text, AnalysisOptions options)
{
    public string Text { get; } = text;

    public AnalysisOptions Options { get; } = options;

    /// <summary>The date relative dates resolve against: given in the options, or inferred by the date stage.</summary>
    public DateOnly? DocumentDate { get; set; } = options.DocumentDate;

    public bool DocumentDateInferred { get; set; }

    public ImmutableArray<Token> Tokens { get; set; } = [];

    public ImmutableArray<Sentence> Sentences { get; set; } = [];

    public ImmutableArray<EntityMention> Entities { get; set; } = [];

    public ImmutableArray<TemporalExpression> Dates { get; set; } = [];

    public ImmutableArray<Claim> Claims { get; set; } = [];

    public string? Language { get; set; }

    public double LanguageConfidence { get; set; }

    /// <summary>The outputs of the stages that ran.</summary>
    public AnalysisStages Ran { get; set; }

    public ArticleAnalysis Freeze() => new()
    {
        Id = Options.Id,
        DocumentDate = DocumentDate,
        DocumentDateInferred = DocumentDateInferred,
        Language = Language,
        LanguageConfidence = LanguageConfidence,
        Text = Text,
        Tokens = Tokens,
        Sentences = Sentences,
        Entities = Entities,
        Dates = Dates,
        Claims = Claims,
        Stages = Ran,
    };
}
