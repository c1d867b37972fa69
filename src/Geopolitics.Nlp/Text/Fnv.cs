namespace Geopolitics.Nlp.Text;

/// <summary>
/// 32-bit FNV-1a over UTF-16 code units: the hash the entity model's features were trained with, so it must not change
/// (a different hash would scatter the trained weights).
/// </summary>
internal static class Fnv
{
    public const uint Offset = 2166136261u;

    private const uint Prime = 16777619u;

    public static uint Add(uint hash, char c) => (hash ^ c) * Prime;

    public static uint Hash(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }
}
