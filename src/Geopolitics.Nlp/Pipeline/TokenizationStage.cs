using Geopolitics.Nlp;
using Geopolitics.Nlp.Tokenization;
namespace Geopolitics.Nlp.Pipeline;

/// <summary>Fills <see cref="AnalysisState.Tokens"/>.</summary>
internal sealed class TokenizationStage(IndonesianTokenizer tokenizer) : IAnalysisStage
{
    public string Name => "tokens";

    public AnalysisStages Output => AnalysisStages.Tokens;

    public void Run(AnalysisState state, CancellationToken cancellationToken) =>
        state.Tokens = tokenizer.Tokenize(state.Text, cancellationToken);
}
