using Geopolitics.Nlp;
namespace Geopolitics.Nlp.Pipeline;

/// <summary>
/// One step of the pipeline. A stage reads what earlier stages put in the <see cref="AnalysisState"/> and adds its own
/// output. Stages are stateless after construction and so safe to share between threads.
/// </summary>
internal interface IAnalysisStage
{
    void Run(AnalysisState state, CancellationToken cancellationToken);
}
