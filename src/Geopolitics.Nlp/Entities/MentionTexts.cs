namespace Geopolitics.Nlp.Entities;

/// <summary>
/// The texts of one document's mentions, each distinct text made once: an article names the same actors again and
/// again, and every mention would otherwise be a new string of the same characters.
/// </summary>
internal sealed class MentionTexts(string text)
{
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

    /// <summary>The text between <paramref name="start"/> and <paramref name="end"/>, shared with earlier equal texts.</summary>
    public string Get(int start, int end)
    {
        var span = text.AsSpan(start, end - start);
#if NET9_0_OR_GREATER
        var lookup = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(span, out var seen))
        {
            return seen;
        }

        var made = span.ToString();
        _seen[made] = made;
        return made;
#else
        return span.ToString(); // net8.0 has no span lookup: the string would be made to look it up anyway
#endif
    }
}
