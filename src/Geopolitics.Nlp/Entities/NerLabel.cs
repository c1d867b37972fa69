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
        var start = -1;
        var cls = -1;
        for (var i = 0; i <= labels.Length; i++)
        {
            var label = i < labels.Length ? labels[i] : Outside;
            var continues = IsInside(label) && start >= 0 && ClassOf(label) == cls;
            if (!continues && start >= 0)
            {
                spans.Add((start, i, cls));
                start = -1;
            }

            if (label != Outside && !continues)
            {
                start = i;
                cls = ClassOf(label);
            }
        }

        return spans;
    }
}
