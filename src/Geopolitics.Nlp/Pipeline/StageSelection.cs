namespace Geopolitics.Nlp.Pipeline;

/// <summary>Which stages a request runs: the requested outputs and everything they are computed from.</summary>
internal static class StageSelection
{
    /// <summary>Adds the outputs each requested output needs, as documented on <see cref="AnalysisStages"/>.</summary>
    public static AnalysisStages Resolve(AnalysisStages requested)
    {
        var stages = requested & AnalysisStages.All;
        if ((stages & AnalysisStages.Claims) != 0)
        {
            stages |= AnalysisStages.Entities | AnalysisStages.Dates;
        }

        if ((stages & AnalysisStages.Entities) != 0)
        {
            stages |= AnalysisStages.Sentences;
        }

        // Every stage reads tokens.
        return stages | AnalysisStages.Tokens;
    }
}
