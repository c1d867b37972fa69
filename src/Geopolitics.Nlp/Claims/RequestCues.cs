using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Reporting verbs that are claims only in one construction (<c>boundary-words.tsv</c>): a request reports the clause
/// asked for (<c>meminta Israel menghentikan serangan</c>, <c>menuntut agar …</c>), a demand also the noun phrase asked
/// for (<c>meminta peta jalan yang jelas</c>) but not what an act asks for (<c>meminta keterangan saksi</c>), and an apology (<c>meminta maaf kepada …</c>) what follows it; a welcome
/// reports its object only with its manner word (<c>menyambut baik keputusan itu</c>).
/// </summary>
internal static class RequestCues
{
    // An addressee before the verb asked for is a short phrase (`Dewan Keamanan PBB`, `pemerintah pusat dan Badan
    // Pengungsi PBB`; `semua pihak yang bertikai` is not): its words are counted, not the acronym in brackets after a
    // name (`Badan Pengungsi PBB (UNHCR)`) nor punctuation, and the scan stops at a fixed number of tokens whatever they are.
    private const int MaxAddresseeWords = 8;
    private const int MaxAddresseeTokens = 16;

    /// <summary>
    /// The last token of the cue that starts at <paramref name="verb"/>: the verb itself, the manner word a
    /// needs-manner verb takes (<c>menyambut baik</c>, <c>berterima kasih</c>) or the word that makes a request an
    /// apology (<c>meminta maaf</c>); -1 when a needs-manner verb has none.
    /// </summary>
    public static int CueEnd(ClaimContext ctx, int verb) =>
        IsApology(ctx, verb) ? verb + 1
        : !ctx.Is(verb, BoundaryWordRole.NeedsManner) ? verb
        : ctx.Is(verb + 1, BoundaryWordRole.Manner) ? verb + 1
        : -1;

    /// <summary>
    /// Whether the request at <paramref name="verb"/> is an apology (<c>meminta maaf kepada keluarga korban</c>): a
    /// speech act whose content is to whom and for what, not a clause asked for.
    /// </summary>
    public static bool IsApology(ClaimContext ctx, int verb) =>
        ctx.Is(verb, BoundaryWordRole.Request) && ctx.Is(verb + 1, BoundaryWordRole.Manner) && ctx.Is(verb + 1, BoundaryWordRole.RequestObject);

    /// <summary>
    /// Whether the request at <paramref name="verb"/> reports its indirect <paramref name="content"/>: a clause asked for
    /// (<see cref="AsksForClause"/>), or, after a demand, anything asked for but what an act asks for (<c>meminta
    /// keterangan saksi</c>, <c>meminta izin</c>) and a withheld name (<c>yang meminta namanya tidak disebut</c>). ANNOTATION.md:
    /// speech acts with a noun-phrase object are claims, so a demand's object is one (<c>meminta dukungan negara
    /// anggota OKI</c>), and so is an addressee whose predicate is no verb (<c>meminta seluruh prajurit tetap waspada</c>).
    /// </summary>
    public static bool Reports(ClaimContext ctx, int verb, TextSpan content)
    {
        if (AsksForClause(ctx, content))
        {
            return true;
        }

        // `meminta tiga korban jiwa`: the thing asked for is the noun after a count.
        var first = ctx.TokenAtOrAfter(content.Start);
        var noun = first;
        while (noun < first + 2 && noun + 1 < ctx.Tokens.Length && (char.IsDigit(ctx.Text[ctx.Tokens[noun].Start]) || ctx.Is(noun, SpeakerWordRole.Count)))
        {
            noun++;
        }

        return ctx.Is(verb, BoundaryWordRole.Demand) && ctx.IsWord(first) && !ctx.Is(noun, BoundaryWordRole.ActObject | BoundaryWordRole.Name);
    }

    /// <summary>
    /// Whether a request's <paramref name="content"/> is a clause: it opens with <c>agar</c>, <c>supaya</c> or
    /// <c>untuk</c>, or names an addressee followed by a verb (or by one of those words). Not a bare object
    /// (<c>meminta maaf</c>, <c>meminta izin untuk …</c>), nor a withheld name (<c>yang meminta namanya tidak disebut</c>).
    /// </summary>
    private static bool AsksForClause(ClaimContext ctx, TextSpan content)
    {
        var first = ctx.TokenAtOrAfter(content.Start);
        if (IsPurpose(ctx, first))
        {
            return true;
        }

        if (!ctx.IsCapitalized(first) && ctx.Is(first, BoundaryWordRole.RequestObject | BoundaryWordRole.Name))
        {
            return false;
        }

        var words = 0;
        var bracketed = false;
        for (var k = first + 1; k < ctx.Tokens.Length && ctx.Tokens[k].End <= content.End && k - first <= MaxAddresseeTokens; k++)
        {
            if (ctx.IsWordText(k, "yang") || ctx.IsMark(k, ','))
            {
                return false;
            }

            bracketed = ctx.IsMark(k, '(') || (bracketed && !ctx.IsMark(k - 1, ')'));
            if (bracketed || !ctx.IsWord(k))
            {
                continue;
            }

            if (++words > MaxAddresseeWords)
            {
                return false;
            }

            if (IsPurpose(ctx, k) || (ctx.LooksLikePredicate(k) && !ctx.Is(k - 1, BoundaryWordRole.RequestObject)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPurpose(ClaimContext ctx, int t) =>
        ctx.IsWordText(t, "agar") || ctx.IsWordText(t, "supaya") || ctx.IsWordText(t, "untuk");
}
