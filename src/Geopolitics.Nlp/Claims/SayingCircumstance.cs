using Geopolitics.Nlp.Text;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// The circumstances of a saying that end what <see cref="ReportedContent"/> takes as said: the saying's own occasion
/// (<c>dalam konferensi pers</c>), an interval to another event (<c>sehari setelah …</c>), a verb of delivering whose
/// object names the occasion (<c>menyampaikan pidato</c>), and the addressee after <c>kepada</c>.
/// </summary>
internal static class SayingCircumstance
{
    private const int MaxPrepositionalGap = 10;
    private const int MaxMediumModifiers = 2;

    // A statement's own occasion: a press conference or interview, a written statement, being met or called by the
    // press (not a speech or a meeting, which a reported clause may name: `akan berbicara dalam pidato di PBB`), or a
    // speech or message that is the speaker's own (`pidatonya`), described by a passive relative clause (`pidato yang
    // disiarkan televisi`) or by its form (`pesan video`, `sambutan tertulis`).
    internal static bool IsSayingOccasion(ClaimContext ctx, int t)
    {
        if (!ctx.IsWord(t) || ctx.IsCapitalized(t))
        {
            return false;
        }

        if (ctx.Is(t, BoundaryWordRole.Occasion))
        {
            return true;
        }

        if ((ctx.Lexicon.BoundaryWord(ctx.Tokens[t].HostAsSpan()) & BoundaryWordRole.Medium) == 0)
        {
            return false;
        }

        for (var k = t; k <= t + MaxMediumModifiers && ctx.IsWord(k) && !ctx.IsCapitalized(k); k++)
        {
            if (ctx.Tokens[k].CliticAsSpan().Equals("nya", StringComparison.OrdinalIgnoreCase) || (k > t && ctx.Is(k, BoundaryWordRole.Form)) ||
                (k > t && ctx.IsWordText(k, "yang") && ctx.IsWord(k + 1) && ctx.Tokens[k + 1].AsSpan().StartsWith("di", StringComparison.Ordinal) && ctx.LooksLikePredicate(k + 1)))
            {
                return true;
            }
        }

        return false;
    }

    // `… melalui kantor berita IRNA`, `… lewat juru bicaranya`, `… di hadapan puluhan kepala negara`: at token `t`, the
    // means a statement went out through or the audience that heard it, with no predicate after it before a comma or the
    // sentence's end (`pemerintah melalui juru bicaranya menolak …` goes on with the clause). A process (`penyelesaian
    // melalui dialog`) or a thing faced (`di hadapan genosida`) is no such adjunct.
    internal static bool MeansOrAudience(ClaimContext ctx, int t, int sentenceEnd)
    {
        int after;
        if (ctx.Is(t, BoundaryWordRole.Channel) && !ctx.IsCapitalized(t) && ctx.IsWord(t + 1) && !ctx.IsCapitalized(t + 1) &&
            (ctx.Is(t + 1, BoundaryWordRole.Outlet | BoundaryWordRole.Medium | BoundaryWordRole.Occasion) || ctx.Is(t + 1, SpeakerWordRole.Title)))
        {
            after = t + 2;
        }
        else if (ctx.IsWordText(t, "di") && (ctx.IsWordText(t + 1, "hadapan") || ctx.IsWordText(t + 1, "depan")) && ctx.IsWord(t + 2) &&
                 (ctx.IsCapitalized(t + 2) || ctx.Is(t + 2, BoundaryWordRole.Audience)))
        {
            after = t + 3;
        }
        else
        {
            return false;
        }

        var relative = false;
        for (var k = after; k < sentenceEnd && k - after < MaxPrepositionalGap; k++)
        {
            if (ctx.IsMark(k, ',') || ctx.IsMark(k, ';'))
            {
                return true;
            }

            relative |= ctx.IsWordText(k, "yang");
            if (ctx.CueOf(k) != CueRole.None || ctx.IsWordText(k, "akan") || (!relative && ctx.LooksLikePredicate(k)))
            {
                return false;
            }
        }

        return true;
    }

    // `sehari setelah …`, `dua hari sebelum …`, `tak lama setelah …` after a comma: an interval and a subordinator relate
    // the saying to another event; an adjunct of the report, not what was said.
    internal static bool IntervalAdjunct(ClaimContext ctx, int t, int sentenceEnd)
    {
        if (ctx.IsWordText(t, "hanya") || ctx.IsWordText(t, "tepat"))
        {
            t++;
        }

        if (ctx.Is(t, BoundaryWordRole.Interval))
        {
            t++;
        }
        else if ((ctx.Is(t, SpeakerWordRole.Count) || (t < sentenceEnd && ctx.Tokens[t].Kind == TokenKind.Number)) && ctx.Is(t + 1, BoundaryWordRole.Unit))
        {
            t += 2;
        }
        else if (ctx.Is(t, SpeakerWordRole.Negation) && ctx.IsWordText(t + 1, "lama"))
        {
            t += 2;
        }
        else
        {
            return false;
        }

        return t < sentenceEnd && ctx.Is(t, SpeakerWordRole.Subordinator) && !ctx.IsCapitalized(t);
    }

    // `menyampaikan pidato`, `memberikan sambutan`: a verb of delivering whose object names the occasion of speaking,
    // with no `bahwa`, colon or quotation after it to give what was said and no predicate of its own (`menyampaikan
    // pernyataan itu`, not `… pertemuan itu penting`).
    internal static bool NamesOccasion(ClaimContext ctx, int cue, int t, int sentenceEnd)
    {
        if (!(ctx.IsWordText(cue, "menyampaikan") || ctx.IsWordText(cue, "memberikan") || ctx.IsWordText(cue, "membacakan")) ||
            !ctx.Is(t, SpeakerWordRole.Occasion) || ctx.IsCapitalized(t) || ctx.LooksLikePredicate(t))
        {
            return false;
        }

        for (var k = t + 1; k < sentenceEnd; k++)
        {
            if (ctx.IsWordText(k, "bahwa") || ctx.IsMark(k, ':') || ctx.IsQuoteMark(k) || ctx.Is(k, SpeakerWordRole.Modal) ||
                ctx.IsWordText(k, "akan") || ctx.IsWordText(k, "merupakan") || ctx.IsWordText(k, "adalah"))
            {
                return false;
            }
        }

        return true;
    }

    // After `kepada`: a named addressee (`Anadolu`, `Presiden Joko Widodo`) closed by a comma or by a word that opens
    // the topic (`terkait`, `tentang`, `mengenai`, `soal`, `bahwa`); the first token of the content, or -1.
    internal static int Addressee(ClaimContext ctx, int t, int sentenceEnd)
    {
        var k = t;
        while (k < sentenceEnd && k - t < MaxPrepositionalGap && (ctx.IsCapitalized(k) || ctx.Is(k, SpeakerWordRole.Title)))
        {
            k++;
        }

        if (k == t || k + 1 >= sentenceEnd)
        {
            return -1;
        }

        return ctx.IsMark(k, ',') || ctx.IsWordText(k, "bahwa") || ctx.IsWordText(k, "terkait") || ctx.IsWordText(k, "tentang") ||
               ctx.IsWordText(k, "mengenai") || ctx.IsWordText(k, "soal")
            ? k + 1
            : -1;
    }

    /// <summary>
    /// <c>X, Y, kepada The New York Times mengatakan</c>: the <c>kepada</c> of a named addressee (capitalized words, a
    /// domain's dot and suffix such as <c>Kompas.com</c>) that ends at token <paramref name="end"/>, just before the verb;
    /// or -1. The addressee is no part of the speaker (ANNOTATION.md).
    /// </summary>
    internal static int AddresseeBefore(ClaimContext ctx, int first, int end)
    {
        var named = false;
        for (var k = end; k > first && end - k <= MaxPrepositionalGap; k--)
        {
            if (ctx.IsCapitalized(k))
            {
                named = true;
            }
            else if (ctx.IsWordText(k, "kepada"))
            {
                return named ? k : -1;
            }
            else if (!AttachedToPrevious(ctx, k))
            {
                return -1; // a word of its own (`kepada wartawan` is an occasion), a comma, a bracket
            }
        }

        return -1;
    }

    // A token written against the one before it, inside a name such as `Kompas.com`.
    private static bool AttachedToPrevious(ClaimContext ctx, int k) =>
        k > 0 && ctx.Tokens[k].Start == ctx.Tokens[k - 1].End && !ctx.IsMark(k, ',') && !ctx.IsQuoteMark(k);
}
