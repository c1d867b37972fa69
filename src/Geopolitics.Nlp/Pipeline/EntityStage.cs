using Geopolitics.Nlp.Entities;

namespace Geopolitics.Nlp.Pipeline;

/// <summary>Fills <see cref="AnalysisState.Entities"/> from the tokens and sentences with an <see cref="EntityRecognizer"/>.</summary>
internal sealed class EntityStage(EntityRecognizer recognizer) : IAnalysisStage
{
    public string Name => "entities";

    public AnalysisStages Output => AnalysisStages.Entities;

    public void Run(AnalysisState state, CancellationToken cancellationToken) =>
        state.Entities = recognizer.Find(state.Text, state.Tokens, state.Sentences, cancellationToken);
}
