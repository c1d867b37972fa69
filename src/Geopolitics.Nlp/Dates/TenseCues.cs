using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Dates;

/// <summary>
/// Whether the words around an expression place it before or after the document date (<c>telah</c>, <c>lalu</c> /
/// <c>akan</c>, <c>mendatang</c>): a year left out is then chosen on that side.
/// </summary>
internal static class TenseCues
{
    /// <summary>How many lower-case words before the expression are read.</summary>
    private const int Window = 10;

    /// <summary>How many tokens before the expression are read at most, whatever they are: a run of names or numbers
    /// with no lower-case word in it must not make each expression read back to the sentence's start.</summary>
    private const int MaxReach = 40;

    /// <summary>
    /// Tense cues in the sentence, up to <see cref="Window"/> lower-case words before the expression and three tokens
    /// after it. Names and punctuation are not counted: a place named on the way (<c>akan berangkat dari Pangkalan TNI AU
    /// Halim Perdanakusuma, Jakarta Timur, pada Jumat malam</c>) puts the verb no further from its day.
    /// </summary>
    public static Tense Find(TokenView t, int first, int next)
    {
        if (first > 0 && (t.Is(first - 1, "sejak") || t.Is(first - 1, "semenjak")))
        {
            return Tense.Past; // `sejak Maret`: a start that has come
        }

        var start = first;
        for (var words = 0; start > 0 && words < Window && first - start < MaxReach; start--)
        {
            var token = t[start - 1];
            if (token.Kind == TokenKind.Word && !char.IsUpper(token.AsSpan()[0]))
            {
                words++;
            }
        }

        var future = false;
        var past = false;
        for (var k = start; k < t.Length && k < next + 3; k++)
        {
            var w = t.Word(k);
            future |= w.Is(WordClass.Future);
            past |= w.Is(WordClass.Past);
        }

        return future == past ? Tense.None : future ? Tense.Future : Tense.Past;
    }
}
