namespace Geopolitics.Nlp.Dates;

/// <summary>
/// Whether the words around an expression place it before or after the document date (<c>telah</c>, <c>lalu</c> /
/// <c>akan</c>, <c>mendatang</c>): a year left out is then chosen on that side.
/// </summary>
internal static class TenseCues
{
    /// <summary>How many tokens before the expression are read.</summary>
    private const int Window = 10;

    /// <summary>Tense cues in the sentence, up to <see cref="Window"/> tokens before the expression and three after it.</summary>
    public static Tense Find(TokenView t, int first, int next)
    {
        var future = false;
        var past = false;
        for (var k = Math.Max(0, first - Window); k < t.Length && k < next + 3; k++)
        {
            var w = t.Word(k);
            future |= w.Is(WordClass.Future);
            past |= w.Is(WordClass.Past);
        }

        return future == past ? Tense.None : future ? Tense.Future : Tense.Past;
    }
}
