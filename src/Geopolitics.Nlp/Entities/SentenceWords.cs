using System.Collections;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// A sentence's tokens as strings, read from their word forms (each the shared string of its form) or, in caseless text,
/// from the capitalized copies the name rules read. A view rather than a list, so preparing a sentence copies nothing.
/// </summary>
internal sealed class SentenceWords : IReadOnlyList<string>
{
    private ArraySegment<WordForm> _forms;
    private readonly string[]? _words;

    /// <summary>The texts of <paramref name="forms"/>.</summary>
    public SentenceWords(ArraySegment<WordForm> forms) => _forms = forms;

    /// <summary>The given words.</summary>
    public SentenceWords(string[] words) => _words = words;

    public int Count => _words?.Length ?? _forms.Count;

    /// <summary>Reads <paramref name="forms"/> from now on (a sentence object reused for another article).</summary>
    public void Reuse(ArraySegment<WordForm> forms) => _forms = forms;

    public string this[int index] => _words is null ? _forms[index].Text : _words[index];

    /// <summary>A struct enumerator, so <c>foreach</c> over a sentence allocates nothing.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<string> IEnumerable<string>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates the words in order.</summary>
    public struct Enumerator(SentenceWords words) : IEnumerator<string>
    {
        private int _index = -1;

        public readonly string Current => words[_index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < words.Count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
