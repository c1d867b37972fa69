using System.Buffers;

namespace Geopolitics.Nlp.Entities;

/// <summary>The article as the mention passes see it: its text and its sentences, with what passes share across sentences.</summary>
internal sealed class EntityDocument(string text, bool caseless, CancellationToken cancellationToken)
{
    /// <summary>Checked by the passes that loop over sentences.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    public string Text { get; } = text;

    /// <summary>Whether the text has (almost) no capitals (NERP, chat): the tagger then reads it with its caseless features.</summary>
    public bool Caseless { get; } = caseless;

    public List<SentenceMentions> Sentences { get; } = [];

    /// <summary>Each word of a multi-word person name (3+ letters, capitalized) and where it was first seen.</summary>
    public Dictionary<string, int> PersonParts { get; } = new(StringComparer.Ordinal);

    /// <summary>Names (words joined by spaces, as written) that context showed to be organizations: <c>Osasuna</c> in <c>klub Osasuna</c>.</summary>
    public HashSet<string> OrganizationNames { get; } = new(StringComparer.Ordinal);

    private float[]? _leans;

    /// <summary>
    /// One pooled buffer for every sentence's <see cref="SentenceMentions.PersonLean"/>, so tagging allocates nothing per
    /// sentence for them; given back by <see cref="ReturnLeans"/> when the passes are done.
    /// </summary>
    public float[] RentLeans()
    {
        var count = 0;
        foreach (var sentence in Sentences)
        {
            count += sentence.Count;
        }

        ReturnLeans();
        _leans = ArrayPool<float>.Shared.Rent(Math.Max(count, 1));
        return _leans;
    }

    /// <summary>Gives the lean buffer back to the pool; the sentences' leans are empty after it.</summary>
    public void ReturnLeans()
    {
        if (_leans is null)
        {
            return;
        }

        foreach (var sentence in Sentences)
        {
            sentence.PersonLean = ArraySegment<float>.Empty;
        }

        ArrayPool<float>.Shared.Return(_leans);
        _leans = null;
    }
}
