namespace Geopolitics.Nlp.Entities;

/// <summary>
/// A mention the passes are shaping in one sentence: a token range with a type. Passes change it in place, so an
/// acronym's link to its expansion (<see cref="Expansion"/>) stays valid whatever else a later pass inserts or moves.
/// </summary>
internal sealed class Mention(int first, int end, EntityType type, GazetteerEntry? entry)
{
    /// <summary>Index of the first token in the sentence.</summary>
    public int First { get; set; } = first;

    /// <summary>Index one past the last token.</summary>
    public int End { get; set; } = end;

    public EntityType Type { get; set; } = type;

    /// <summary>The gazetteer entry for the whole span, if any.</summary>
    public GazetteerEntry? Entry { get; set; } = entry;

    /// <summary>
    /// Names a reporter, editor or photographer in a byline or credit (<c>Penulis: Ahmad Prabowo</c>): a person of the
    /// page, not of the story, so no later short name in the story (<c>Prabowo</c>) refers to it.
    /// </summary>
    public bool IsCredit { get; set; }

    /// <summary>For an acronym defined in the text (<c>Kantor Berita Sentral Korea (KCNA)</c>), the mention it abbreviates.</summary>
    public Mention? Expansion { get; set; }

    /// <summary>
    /// Its index among the document's mentions once the recognizer has listed them (-1 before): an acronym finds its
    /// expansion's index here rather than in a dictionary keyed by reference, which hashed every mention.
    /// </summary>
    public int ListedAt { get; set; } = -1;

    public int Length => End - First;

    public bool Overlaps(Mention other) => First < other.End && other.First < End;

    public bool Covers(int token) => First <= token && token < End;

    public override string ToString() => $"{Type} [{First}, {End})";
}
