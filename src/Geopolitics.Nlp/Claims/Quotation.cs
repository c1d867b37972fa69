namespace Geopolitics.Nlp.Claims;

/// <summary>A stretch of quoted text: where its marks are and what lies between them.</summary>
/// <param name="OuterStart">Index of the opening mark, or of the paragraph start when the opening mark is missing.</param>
/// <param name="ContentStart">Index of the first quoted character.</param>
/// <param name="ContentEnd">Index one past the last quoted character.</param>
/// <param name="OuterEnd">Index one past the closing mark, or the paragraph end when the closing mark is missing.</param>
/// <param name="Closed">Whether a closing mark was found.</param>
internal readonly record struct Quotation(int OuterStart, int ContentStart, int ContentEnd, int OuterEnd, bool Closed)
{
    /// <summary>Whether <paramref name="index"/> lies between the marks.</summary>
    public bool Covers(int index) => index >= ContentStart && index < ContentEnd;
}
