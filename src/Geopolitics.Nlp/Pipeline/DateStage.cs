using Geopolitics.Nlp.Dates;
using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Pipeline;

/// <summary>
/// Runs the date component (<see cref="TemporalTagger"/>) over the tokens and sentences of the state; the only date
/// code that knows the pipeline. Sets the dates and, when none was given, the inferred document date.
/// </summary>
internal sealed class DateStage(TemporalTagger tagger) : IAnalysisStage
{
    /// <summary>The stage over the embedded word lists.</summary>
    public static DateStage Default { get; } = new(TemporalTagger.Default);

    public string Name => "dates";

    public AnalysisStages Output => AnalysisStages.Dates;

    public void Run(AnalysisState state, CancellationToken cancellationToken)
    {
        // A year inside a named event or organization (Piala Dunia 2022) belongs to the name.
        var names = new TextSpan[state.Entities.Length];
        var count = 0;
        foreach (var entity in state.Entities)
        {
            if (entity.Type is EntityType.Event or EntityType.Organization)
            {
                names[count++] = entity.Span;
            }
        }

        var tagging = tagger.Tag(state.Text, state.Tokens.AsSpan(), state.Sentences.AsSpan(), state.DocumentDate, names.AsSpan(0, count), cancellationToken);
        state.Dates = tagging.Dates;
        if (tagging.DocumentDateInferred)
        {
            state.DocumentDate = tagging.DocumentDate;
            state.DocumentDateInferred = true;
        }
    }
}
