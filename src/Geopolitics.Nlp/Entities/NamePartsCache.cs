namespace Geopolitics.Nlp.Entities;

/// <summary>
/// The parts of each person name of one document (<see cref="NameSpelling.Parts"/>), split once per distinct
/// name: the canonicalizer asks for them at every mention, and an article repeats its people's names.
/// </summary>
internal sealed class NamePartsCache
{
    private readonly Dictionary<string, string[]> _parts = new(StringComparer.Ordinal);

    /// <summary>How many names are held.</summary>
    public int Count => _parts.Count;

    public void Clear() => _parts.Clear();

    /// <summary>The name's parts; the returned array is shared and must not be changed.</summary>
    public string[] Parts(string name)
    {
        if (!_parts.TryGetValue(name, out var parts))
        {
            parts = NameSpelling.Parts(name);
            _parts[name] = parts;
        }

        return parts;
    }
}
