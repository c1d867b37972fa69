namespace Geopolitics.Nlp.Entities;

/// <summary>A mention found in one sentence, as a token range, before canonicalization.</summary>
/// <param name="First">Index of the first token (in the stage's sub-token list).</param>
/// <param name="End">Index one past the last token.</param>
/// <param name="Type">The entity type.</param>
/// <param name="Entry">The gazetteer entry for the whole span, if any.</param>
/// <param name="Expansion">For an acronym defined in the text, the index of its expansion's draft.</param>
internal readonly record struct MentionDraft(int First, int End, EntityType Type, GazetteerEntry? Entry, int Expansion = -1)
{
    public int Length => End - First;

    public bool Overlaps(MentionDraft other) => First < other.End && other.First < End;
}
