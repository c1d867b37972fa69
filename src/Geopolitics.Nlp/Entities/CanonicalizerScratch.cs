using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Entities;

/// <summary>The working collections of one <see cref="EntityCanonicalizer.Resolve"/> call, reused per thread.</summary>
internal sealed class CanonicalizerScratch : IScratch
{
    /// <summary>Above this many entries a collection is dropped rather than kept for the next article.</summary>
    private const int MaxKept = 4096;

    /// <summary>The first mention of each (type, text) in the document.</summary>
    public Dictionary<(EntityType, string), int> FirstByText { get; } = [];

    /// <summary>Acronyms and expansions defined in the text, with their canonical name and id.</summary>
    public Dictionary<string, (string Canonical, string? Id)> Defined { get; } = new(StringComparer.Ordinal);

    /// <summary>Each part of a multi-word person name mapped to that name (null when two names share it).</summary>
    public Dictionary<string, string?> LaterNames { get; } = new(StringComparer.Ordinal);

    public NamePartsCache Names { get; } = new();

    public KnownPeople People { get; } = new();

    public bool Reset()
    {
        var keep = FirstByText.Count <= MaxKept && Defined.Count <= MaxKept && LaterNames.Count <= MaxKept &&
                   Names.Count <= MaxKept && People.Count <= MaxKept;
        if (keep)
        {
            FirstByText.Clear();
            Defined.Clear();
            LaterNames.Clear();
            Names.Clear();
            People.Clear();
        }

        return keep;
    }
}
