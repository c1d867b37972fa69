using Geopolitics.Nlp.Claims;

namespace Geopolitics.Nlp.Pipeline;

/// <summary>
/// Fills <see cref="AnalysisState.Claims"/> with the <see cref="ClaimExtractor"/>'s claims: the only claim code that
/// touches the analysis state. Runs after the entity and date stages and works without them.
/// </summary>
internal sealed class ClaimStage(ClaimLexicon lexicon) : IAnalysisStage
{
    private readonly ClaimExtractor _extractor = new(lexicon);

    /// <inheritdoc />
    public string Name => "claims";

    /// <inheritdoc />
    public AnalysisStages Output => AnalysisStages.Claims;

    /// <inheritdoc />
    public void Run(AnalysisState state, CancellationToken cancellationToken) =>
        state.Claims = _extractor.Extract(state.Text, state.Tokens, state.Sentences, state.Entities, state.Dates, cancellationToken);
}
