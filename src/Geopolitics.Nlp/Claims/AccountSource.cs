using Geopolitics.Nlp.Text;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// The source of a quoted post named by its account: <c>“…,” tulis akun @budi_s88</c>, <c>tulis pengguna X dengan nama
/// akun @riri_07</c>, <c>komentar akun Instagram @nusantara.jaya</c>. The source runs from the word that names the poster
/// (<c>boundary-words.tsv</c>: account) to the end of the handle, which the tokenizer splits at <c>@</c>, <c>_</c> and
/// <c>.</c>.
/// </summary>
internal static class AccountSource
{
    // `pengguna X dengan nama akun @y`: a platform and the words that introduce the handle stand before it.
    private const int MaxWordsBeforeHandle = 6;

    /// <summary>The account phrase that starts at token <paramref name="t"/>, or <see langword="null"/>.</summary>
    public static TextSpan? At(ClaimContext ctx, int t, int limit)
    {
        if (ctx.IsCapitalized(t) || !ctx.Is(t, BoundaryWordRole.Account))
        {
            return null;
        }

        for (var k = t + 1; k < limit && k - t <= MaxWordsBeforeHandle; k++)
        {
            if (ctx.IsMark(k, '@'))
            {
                var end = HandleEnd(ctx, k, limit);
                return end > ctx.Tokens[k].End ? new TextSpan(ctx.Tokens[t].Start, end) : null;
            }

            if (!ctx.IsWord(k))
            {
                return null;
            }
        }

        return null;
    }

    // The handle goes on over tokens glued to each other (`@`, `budi`, `_`, `s88`) and ends before a final period or
    // comma: a `.` or `_` belongs to it only with a word glued after it.
    private static int HandleEnd(ClaimContext ctx, int at, int limit)
    {
        var end = ctx.Tokens[at].End;
        for (var k = at + 1; k < limit && ctx.Tokens[k].Start == ctx.Tokens[k - 1].End; k++)
        {
            if (ctx.IsWord(k) || ctx.Tokens[k].Kind == TokenKind.Number)
            {
                end = ctx.Tokens[k].End;
            }
            else if (!(ctx.IsMark(k, '.') || ctx.IsMark(k, '_')) || k + 1 >= limit || ctx.Tokens[k + 1].Start != ctx.Tokens[k].End)
            {
                break;
            }
        }

        return end;
    }
}
