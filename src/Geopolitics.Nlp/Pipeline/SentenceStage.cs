using Geopolitics.Nlp;
using Geopolitics.Nlp.Sentences;
namespace Geopolitics.Nlp.Pipeline;

/// <summary>Fills <see cref="AnalysisState.Sentences"/> from the tokens.</summary>
internal sealed class SentenceStage(SentenceSplitter splitter) : IAnalysisStage
{
    public string Name => "sentences";

    public AnalysisStages Output => AnalysisStages.Sentences;

    public void Run(AnalysisState state, CancellationToken cancellationToken) =>
        state.Sentences = splitter.Split(state.Text, state.Tokens, cancellationToken);
}
