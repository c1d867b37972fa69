using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// The dateline that opens a news article's first sentence (<c>REPUBLIKA.CO.ID, JAKARTA --</c>,
/// <c>Washington (ANTARA) -</c>, <c>jpnn.com, JAKARTA -</c>, <c>Niamey:</c>, <c>Liputan6.com, Jakarta</c>): neither speaker
/// nor content.
/// </summary>
internal static class Dateline
{
    private const int MaxTokens = 10;
    private const int MaxColonWords = 2;
    private const int MaxPlaceWords = 3;

    /// <summary>
    /// The first token after a dateline that opens at token <paramref name="first"/>, or <paramref name="first"/> when
    /// there is none. A dateline is a place and an outlet (a word in capitals or a domain) closed by a dash, or one or
    /// two capitalized words closed by a colon; at the start of a line, a place alone closed by a dash (<c>Seoul -</c>).
    /// </summary>
    public static int Skip(ClaimContext ctx, int first, int limit)
    {
        // `Liputan6.com, Jakarta Menteri Keuangan …`: an outlet's domain at the start of a line and one place, no dash.
        if (first + 3 < limit && StartsLine(ctx, first) && ctx.Tokens[first].AsSpan().Contains('.') && ctx.IsMark(first + 1, ',') &&
            ctx.IsWord(first + 2) && char.IsUpper(ctx.Tokens[first + 2].AsSpan()[0]) && ctx.IsWord(first + 3) && ctx.IsCapitalized(first + 3) &&
            !IsDash(ctx, first + 3))
        {
            return first + 3;
        }

        var words = 0;
        var outlet = false;
        for (var t = first; t < limit && t - first < MaxTokens; t++)
        {
            var token = ctx.Tokens[t];
            if (IsDash(ctx, t))
            {
                // A spaced dash: `NATO-Rusia` is one name, not a dateline. A place alone opens a line (`Seoul - …`).
                if (words == 0 || !(outlet || (words <= MaxPlaceWords && StartsLine(ctx, first))) || !char.IsWhiteSpace(ctx.Text[token.Start - 1]))
                {
                    return first;
                }

                while (t + 1 < limit && IsDash(ctx, t + 1))
                {
                    t++;
                }

                return t + 1 < limit ? t + 1 : first;
            }

            if (ctx.IsMark(t, ':'))
            {
                return words is > 0 and <= MaxColonWords && t + 1 < limit && ctx.IsCapitalized(t + 1) ? t + 1 : first;
            }

            if (ctx.IsWord(t) || token.Kind == TokenKind.Url)
            {
                var word = token.AsSpan();
                var capitals = word.Length >= 3 && IsAllCapitals(word);
                var domain = word.Contains('.');
                if (!capitals && !domain && !char.IsUpper(word[0]))
                {
                    return first;
                }

                outlet |= capitals || domain;
                words++;
            }
            else if (!(ctx.IsMark(t, ',') || ctx.IsMark(t, '.') || ctx.IsMark(t, '(') || ctx.IsMark(t, ')') || ctx.IsMark(t, '/')))
            {
                return first;
            }
        }

        return first;
    }

    private static bool StartsLine(ClaimContext ctx, int t)
    {
        var k = ctx.Tokens[t].Start - 1;
        while (k >= 0 && ctx.Text[k] is ' ' or '\t')
        {
            k--;
        }

        return k < 0 || ctx.Text[k] is '\n' or '\r';
    }

    private static bool IsDash(ClaimContext ctx, int t) =>
        ctx.Tokens[t].Kind is TokenKind.Punctuation or TokenKind.Symbol && ctx.Tokens[t].Length <= 2 &&
        ctx.Text[ctx.Tokens[t].Start] is '-' or '\u2013' or '\u2014';

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
