using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>The word sets <see cref="HeadlineBodyTypePass"/> builds for one article, reused per thread (see <see cref="ThreadScratch{T}"/>).</summary>
internal sealed class HeadlineScratch : IScratch
{
    private const int MaxKept = 4096;

    /// <summary>The words of the headline's names.</summary>
    public HashSet<string> HeadlineWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Body names that start with a headline word, with the type the body gives them.</summary>
    public Dictionary<string, EntityType> BodyTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>The beginnings of the body's organization names (<c>Sinar Lautan</c> of <c>PT Sinar Lautan Tbk</c>).</summary>
    public HashSet<string> OrganizationBeginnings { get; } = new(StringComparer.Ordinal);

    /// <summary>The body's person names.</summary>
    public HashSet<string> BodyNames { get; } = new(StringComparer.Ordinal);

    public bool Reset()
    {
        var keep = HeadlineWords.Count <= MaxKept && BodyTypes.Count <= MaxKept && OrganizationBeginnings.Count <= MaxKept &&
                   BodyNames.Count <= MaxKept;
        HeadlineWords.Clear();
        BodyTypes.Clear();
        OrganizationBeginnings.Clear();
        BodyNames.Clear();
        return keep;
    }
}
