namespace Geopolitics.Nlp.Entities;

/// <summary>
/// The tagger's BIO labels over four coarse classes. The corpora do not split GPE from LOCATION, so the tagger predicts
/// one place class and the gazetteer and word lists decide which of the two a place is.
/// </summary>
internal static class NerLabel
{
    public const int Outside = 0;
    public const int Count = 9;

    /// <summary>Coarse class names, index = (label - 1) / 2.</summary>
    public static readonly string[] Classes = ["PER", "ORG", "LOC", "EVT"];

    public static int Begin(int classIndex) => 1 + 2 * classIndex;

    public static int Inside(int classIndex) => 2 + 2 * classIndex;

    public static bool IsBegin(int label) => label > 0 && label % 2 == 1;

    public static bool IsInside(int label) => label > 0 && label % 2 == 0;

    public static int ClassOf(int label) => (label - 1) / 2;

    /// <summary>BIO allows I-X only after B-X or I-X.</summary>
    public static bool Allowed(int previous, int label) =>
        !IsInside(label) || (previous > 0 && ClassOf(previous) == ClassOf(label));

    public static string Name(int label) => label == 0 ? "O" : (IsBegin(label) ? "B-" : "I-") + Classes[ClassOf(label)];

    /// <summary>Parses a coarse class name (PER, ORG, LOC, EVT); -1 when unknown.</summary>
    public static int ClassIndex(string name) => Array.IndexOf(Classes, name);

    /// <summary>(start, end, class) spans of a label sequence; an orphan I- starts a span.</summary>
    public static List<(int Start, int End, int Class)> Spans(ReadOnlySpan<int> labels)
    {
        var spans = new List<(int, int, int)>();
        foreach (var span in EnumerateSpans(labels))
        {
            spans.Add(span);
        }

        return spans;
    }

    /// <summary>The spans of <see cref="Spans"/> one at a time, without a list: the tagger's output is read per sentence.</summary>
    public static SpanEnumerator EnumerateSpans(ReadOnlySpan<int> labels) => new(labels);

    /// <summary>Walks a label sequence and yields each (start, end, class) span as it closes.</summary>
    public ref struct SpanEnumerator(ReadOnlySpan<int> labels)
    {
        private readonly ReadOnlySpan<int> _labels = labels;
        private int _i = -1;
        private int _start = -1;
        private int _class = -1;

        public (int Start, int End, int Class) Current { get; private set; }

        public readonly SpanEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (++_i <= _labels.Length)
            {
                var label = _i < _labels.Length ? _labels[_i] : Outside;
                var continues = IsInside(label) && _start >= 0 && ClassOf(label) == _class;
                var closed = !continues && _start >= 0;
                if (closed)
                {
                    Current = (_start, _i, _class);
                    _start = -1;
                }

                if (label != Outside && !continues)
                {
                    _start = _i;
                    _class = ClassOf(label);
                }

                if (closed)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
