using System.Collections.Immutable;
using Geopolitics.Nlp.Pipeline;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// Fills <see cref="AnalysisState.Entities"/>: tags each sentence with the trained tagger, applies the guideline rules
/// (<see cref="MentionRules"/>) and resolves canonical names over the document (<see cref="EntityCanonicalizer"/>).
/// </summary>
/// <remarks>
/// The tagger sees sub-tokens: a token joining two capitalized words with a hyphen (<c>Rusia-RDRK</c>) is split at the
/// hyphen so that a mention can end or start inside it; <c>Kim Jong-un</c> and <c>negara-negara</c> stay whole.
/// </remarks>
internal sealed class EntityStage(EntityResources resources) : IAnalysisStage
{
    private readonly MentionRules _rules = new(resources.Gazetteer, resources.Words);
    private readonly EntityCanonicalizer _canonicalizer = new(resources.Gazetteer);

    public void Run(AnalysisState state, CancellationToken cancellationToken)
    {
        var text = state.Text;
        var found = new List<EntityCanonicalizer.Found>();
        var bounds = new List<(int Start, int End)>();
        var tokens = new List<string>();
        foreach (var sentence in state.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bounds.Clear();
            tokens.Clear();
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                SplitToken(text, state.Tokens[t].Start, state.Tokens[t].End, bounds);
            }

            foreach (var (s, e) in bounds)
            {
                tokens.Add(text[s..e]);
            }

            var labels = resources.Tagger.Tag(tokens);
            var drafts = _rules.Apply(tokens, labels);
            var offset = found.Count;
            foreach (var d in drafts)
            {
                var start = bounds[d.First].Start;
                var end = bounds[d.End - 1].End;
                found.Add(new(start, end, text[start..end], d, d.Expansion >= 0 ? offset + d.Expansion : -1));
            }
        }

        state.Entities = [.. _canonicalizer.Resolve(found)];
    }

    private static void SplitToken(string text, int start, int end, List<(int, int)> bounds)
    {
        var from = start;
        for (var i = start + 1; i < end - 1; i++)
        {
            if (text[i] == '-' && char.IsUpper(text[from]) && char.IsUpper(text[i + 1]))
            {
                bounds.Add((from, i));
                bounds.Add((i, i + 1));
                from = i + 1;
            }
        }

        bounds.Add((from, end));
    }
}
