namespace Geopolitics.Nlp.Text;

/// <summary>
/// Which way a quotation mark faces where the press writes one character for both. Claims pair quotations with it,
/// and dates read it to find the quotation a <c>kemarin</c> belongs to, so both stages see the same quotations.
/// </summary>
internal static class QuotationMarks
{
    /// <summary>
    /// Whether the <c>”</c> at <paramref name="i"/> opens a quotation: Kompas writes it for both marks (<c>… produktif.
    /// ”Banyak hal konkret. Kita puas,” ujarnya.</c>), and one after white space or the text start and before a letter
    /// or digit opens, like a straight mark; one after a word closes.
    /// </summary>
    public static bool IsPlacedAsOpening(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1])) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
}
