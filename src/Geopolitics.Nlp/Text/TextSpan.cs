namespace Geopolitics.Nlp.Text;

/// <summary>
/// A half-open range of UTF-16 code units in an input string: <c>text[Start..End]</c>.
/// </summary>
/// <param name="Start">Index of the first code unit.</param>
/// <param name="End">Index one past the last code unit (exclusive).</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of code units in the span.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers no code unit.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> is contained in this span.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when the spans overlap.</returns>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The characters of this span in <paramref name="text"/>, without copying.</summary>
    /// <param name="text">The string the span indexes into.</param>
    /// <returns>A view of the span's characters.</returns>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    /// <summary>The span's characters as a new string.</summary>
    /// <param name="text">The string the span indexes into.</param>
    /// <returns>The substring this span covers.</returns>
    public string GetText(string text) => text.Substring(Start, Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
