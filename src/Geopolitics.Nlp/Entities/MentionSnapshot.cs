using System.Buffers;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// A copy of a sentence's mentions in a pooled array, for passes that edit the list while they walk it; the copy a
/// <c>ToList()</c> would make for every sentence costs garbage on every article.
/// </summary>
internal readonly struct MentionSnapshot : IDisposable
{
    private readonly Mention[] _rented;
    private readonly int _count;

    public MentionSnapshot(List<Mention> mentions)
    {
        _count = mentions.Count;
        _rented = ArrayPool<Mention>.Shared.Rent(Math.Max(1, _count));
        mentions.CopyTo(_rented);
    }

    /// <summary>The mentions as they were when the snapshot was taken.</summary>
    public ReadOnlySpan<Mention> Mentions => _rented.AsSpan(0, _count);

    public void Dispose() => ArrayPool<Mention>.Shared.Return(_rented, clearArray: true);
}
