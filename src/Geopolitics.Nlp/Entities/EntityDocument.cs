using System.Buffers;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// The article as the mention passes see it: its text and its sentences, with what passes share across sentences.
/// A document and its sentence objects are reused per thread (<see cref="Rent"/>, <see cref="Return"/>): an article's
/// analysis then allocates its mentions, not the scaffolding around them.
/// </summary>
internal sealed class EntityDocument : IScratch
{
    /// <summary>Above this many sentences or names a document is dropped rather than kept for the next article.</summary>
    private const int MaxKept = 4096;

    private readonly HashSet<string> _lowerCaseWords = new(StringComparer.Ordinal);
    private bool _lowerCaseWordsFilled;

    private readonly List<SentenceMentions> _spare = [];

    /// <summary>A document for <paramref name="text"/> (tests and single use; <see cref="Rent"/> reuses one).</summary>
    public EntityDocument(string text, bool caseless, CancellationToken cancellationToken) => Begin(text, caseless, cancellationToken);

    private EntityDocument()
    {
    }

    /// <summary>The thread's reusable document, set up for <paramref name="text"/>; give it back with <see cref="Return"/>.</summary>
    public static EntityDocument Rent(string text, bool caseless, CancellationToken cancellationToken)
    {
        var document = ThreadScratch<EntityDocument>.Rent(static () => new());
        document.Begin(text, caseless, cancellationToken);
        return document;
    }

    /// <summary>Gives the document back for the thread's next article: nothing of it is to be read after this.</summary>
    public void Return() => ThreadScratch<EntityDocument>.Return(this);

    /// <summary>Checked by the passes that loop over sentences.</summary>
    public CancellationToken CancellationToken { get; private set; }

    public string Text { get; private set; } = string.Empty;

    /// <summary>Whether the text has (almost) no capitals (NERP, chat): the tagger then reads it with its caseless features.</summary>
    public bool Caseless { get; private set; }

    public List<SentenceMentions> Sentences { get; } = [];

    /// <summary>Each word of a multi-word person name (3+ letters, capitalized) and where it was first seen.</summary>
    public Dictionary<string, int> PersonParts { get; } = new(StringComparer.Ordinal);

    /// <summary>Each one-word person name (outside a headline) and where it was first seen; it cuts no organization's name.</summary>
    public Dictionary<string, int> LonePersonNames { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The words (three letters or more) the article writes in lower case, gathered on first need: a capitalized word
    /// among them is a common word at the start of a line or in a headline, not a name.
    /// </summary>
    public HashSet<string> LowerCaseWords()
    {
        if (!_lowerCaseWordsFilled)
        {
            _lowerCaseWordsFilled = true;
            foreach (var sentence in Sentences)
            {
                foreach (var token in sentence.Tokens)
                {
                    if (token.Length > 2 && char.IsLower(token[0]))
                    {
                        _lowerCaseWords.Add(token);
                    }
                }
            }
        }

        return _lowerCaseWords;
    }

    /// <summary>Names (words joined by spaces, as written) that context showed to be organizations: <c>Osasuna</c> in <c>klub Osasuna</c>.</summary>
    public HashSet<string> OrganizationNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a sentence over <paramref name="forms"/>, reusing a sentence object of an earlier article when there is one.</summary>
    public SentenceMentions AddSentence(ArraySegment<WordForm> forms, TokenBounds bounds, bool hasLetters)
    {
        SentenceMentions sentence;
        if (_spare.Count > 0)
        {
            sentence = _spare[^1];
            _spare.RemoveAt(_spare.Count - 1);
            sentence.Reuse(forms, bounds, hasLetters);
        }
        else
        {
            sentence = new SentenceMentions(forms, bounds) { HasLetters = hasLetters };
        }

        Sentences.Add(sentence);
        return sentence;
    }

    public bool Reset()
    {
        ReturnBuffers();
        var keep = Sentences.Count <= MaxKept && PersonParts.Count <= MaxKept && LonePersonNames.Count <= MaxKept && OrganizationNames.Count <= MaxKept &&
                   _lowerCaseWords.Count <= MaxKept;
        if (keep)
        {
            foreach (var sentence in Sentences)
            {
                if (sentence.Clear() && _spare.Count < MaxKept)
                {
                    _spare.Add(sentence);
                }
            }
        }

        Sentences.Clear();
        PersonParts.Clear();
        LonePersonNames.Clear();
        OrganizationNames.Clear();
        _lowerCaseWords.Clear();
        _lowerCaseWordsFilled = false;
        Text = string.Empty;
        CancellationToken = default;
        return keep;
    }

    private void Begin(string text, bool caseless, CancellationToken cancellationToken)
    {
        Text = text;
        Caseless = caseless;
        CancellationToken = cancellationToken;
    }

    private WordForm[]? _forms;
    private int _formsUsed;
    private int[]? _labels;
    private float[]? _leans;

    /// <summary>
    /// One pooled buffer for the word forms of every sentence (each <see cref="SentenceMentions.Forms"/> is a slice of
    /// it), so preparing a document allocates no array per sentence; given back by <see cref="ReturnBuffers"/>.
    /// </summary>
    public WordForm[] RentForms(int tokenCount)
    {
        ReturnBuffers();
        _forms = ArrayPool<WordForm>.Shared.Rent(Math.Max(tokenCount, 1));
        _formsUsed = tokenCount;
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
        if (_forms is not null)
        {
            // Word forms are objects: the used part is cleared, so the pool keeps none alive.
            _forms.AsSpan(0, Math.Min(_formsUsed, _forms.Length)).Clear();
            Return(ref _forms, clear: false);
        }
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
