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

    private WordForm[]? _forms;
    private int[]? _labels;
    private float[]? _leans;

    /// <summary>
    /// One pooled buffer for the word forms of every sentence (each <see cref="SentenceMentions.Forms"/> is a slice of
    /// it), so preparing a document allocates no array per sentence; given back by <see cref="ReturnBuffers"/>.
    /// </summary>
    public WordForm[] RentForms(int tokenCount)
    {
        Return(ref _forms, clear: true);
        _forms = ArrayPool<WordForm>.Shared.Rent(Math.Max(tokenCount, 1));
        return _forms;
    }

    /// <summary>
    /// Pooled buffers for every sentence's tagger labels and <see cref="SentenceMentions.PersonLean"/>, so tagging
    /// allocates nothing per sentence for them; given back by <see cref="ReturnBuffers"/> when the passes are done.
    /// </summary>
    public (int[] Labels, float[] Leans) RentTagging()
    {
        var count = 0;
        foreach (var sentence in Sentences)
        {
            count += sentence.Count;
        }

        Return(ref _labels, clear: false);
        Return(ref _leans, clear: false);
        _labels = ArrayPool<int>.Shared.Rent(Math.Max(count, 1));
        _leans = ArrayPool<float>.Shared.Rent(Math.Max(count, 1));
        return (_labels, _leans);
    }

    /// <summary>
    /// Gives the pooled buffers back once the mentions are listed: the sentences' forms, words, labels and leans are
    /// not to be read after it.
    /// </summary>
    public void ReturnBuffers()
    {
        foreach (var sentence in Sentences)
        {
            sentence.Labels = ArraySegment<int>.Empty;
            sentence.PersonLean = ArraySegment<float>.Empty;
        }

        Return(ref _labels, clear: false);
        Return(ref _leans, clear: false);
        Return(ref _forms, clear: true); // word forms are objects: cleared, so the pool keeps none alive
    }

    private static void Return<T>(ref T[]? buffer, bool clear)
    {
        if (buffer is not null)
        {
            ArrayPool<T>.Shared.Return(buffer, clear);
            buffer = null;
        }
    }
}
