using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// A span of time counted from the narrative's last event that opens a clause before its subject, with or without a
/// comma: <c>Dua hari kemudian Moskow mengumumkan</c>, <c>hanya beberapa jam kemudian Beijing menyatakan</c>,
/// <c>Sepekan sebelumnya pemerintah …</c>, <c>Tak lama kemudian</c>. It says when, so it is no part of the speaker.
/// </summary>
internal static class IntervalPhrase
{
    /// <summary>
    /// The number of tokens of the interval phrase that starts at token <paramref name="t"/> and ends by token
    /// <paramref name="last"/>, or 0: an optional <c>hanya</c>/<c>tepat</c>/<c>baru</c>, an interval (<c>sehari</c>,
    /// a count and a unit, <c>tak lama</c>) and a sequel word (<c>kemudian</c>, <c>sebelumnya</c>).
    /// </summary>
    public static int Length(ClaimContext ctx, int t, int last)
    {
        var k = t;
        if (ctx.IsWordText(k, "hanya") || ctx.IsWordText(k, "tepat") || ctx.IsWordText(k, "baru"))
        {
            k++;
        }

        if (ctx.Is(k, BoundaryWordRole.Interval))
        {
            k++;
        }
        else if ((ctx.Is(k, SpeakerWordRole.Count) || ((uint)k < (uint)ctx.Tokens.Length && ctx.Tokens[k].Kind == TokenKind.Number)) &&
                 ctx.Is(k + 1, BoundaryWordRole.Unit))
        {
            k += 2;
        }
        else if (ctx.Is(k, SpeakerWordRole.Negation) && ctx.IsWordText(k + 1, "lama"))
        {
            k += 2;
        }
        else
        {
            return 0;
        }

        return k <= last && ctx.Is(k, BoundaryWordRole.Sequel) && !ctx.IsCapitalized(k) ? k - t + 1 : 0;
    }

    /// <summary>
    /// The number of tokens of the time phrase that opens a clause at token <paramref name="t"/>: a listed time
    /// adverbial (<c>Kemarin</c>, <c>Sehari kemudian</c>) or an interval phrase; 0 when there is none.
    /// </summary>
    public static int TimeAt(ClaimContext ctx, int t, int last) =>
        ctx.SentenceAdverbialAt(t, last, SentenceAdverbialRole.Time) is var listed and > 0 ? listed : Length(ctx, t, last);
}
