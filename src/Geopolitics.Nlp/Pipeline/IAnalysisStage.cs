namespace Geopolitics.Nlp.Pipeline;

/// <summary>
/// One step of the pipeline. A stage reads what earlier stages put in the <see cref="AnalysisState"/> and adds its own
/// output. Stages are stateless after construction and so safe to share between threads.
/// </summary>
internal interface IAnalysisStage
{
    /// <summary>The stage's name in traces and metrics (<c>geonlp.stage.name</c>): a constant, lower-case word.</summary>
    string Name { get; }

    /// <summary>The output this stage fills, by which <see cref="AnalysisOptions.Stages"/> selects or skips it.</summary>
    AnalysisStages Output { get; }

    void Run(AnalysisState state, CancellationToken cancellationToken);
}
