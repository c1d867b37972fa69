using Geopolitics.Nlp.Language;

namespace Geopolitics.Nlp.Pipeline;

/// <summary>Fills <see cref="AnalysisState.Language"/> and its confidence from the tokens.</summary>
internal sealed class LanguageStage(LanguageIdentifier identifier) : IAnalysisStage
{
    public string Name => "language";

    public AnalysisStages Output => AnalysisStages.Language;

    public void Run(AnalysisState state, CancellationToken cancellationToken) =>
        (state.Language, state.LanguageConfidence) = identifier.Identify(state.Text, state.Tokens);
}
