using Geopolitics.Nlp.Text;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Reads the source phrase that follows a cue: after <c>menurut</c>, a post-quote cue (<c>kata Lin Jian</c>) or a
/// passive cue (<c>disampaikan oleh X</c>): a name or title run, its prepositional phrase and abbreviation, appositions
/// after commas (<c>laporan stasiun televisi Israel, Channel 12</c>), a list of names (<see cref="SourceList"/>), or a
/// description closed by a demonstrative (<c>politikus PDI-P ini</c>).
/// </summary>
internal static class SourcePhraseReader
{
    private const int MaxSegmentTokens = 18;
    private const int MaxNameNumberLength = 3;
    private const int MaxDescriptionTokens = 6;
    private const int MaxRelativeDescriptionTokens = 10;

    /// <summary>
    /// The source phrase starting at token <paramref name="t"/>: a name or title run, its parenthesized abbreviation and
    /// appositions after commas. Stops before the content or the rest of the attribution (<c>setelah pertemuan</c>).
    /// </summary>
    public static TextSpan? SourceAfter(ClaimContext ctx, int t, int limit, bool untilComma)
    {
        if (AccountSource.At(ctx, t, limit) is { } account)
        {
            return account; // `tulis akun @budi_s88`: a post's account
        }

        var from = t;
        while (t < limit && ctx.Is(t, SpeakerWordRole.Source) && !ctx.IsCapitalized(t))
        {
            t++;
        }

        if (t >= limit || !ctx.IsWord(t))
        {
            return null;
        }

        if (t > from && IsDemonstrative(ctx, t) && ctx.Is(t - 1, SpeakerWordRole.Statement))
        {
            return ctx.Span(t - 1, t); // `lanjut pernyataan itu`: the statement quoted before, whose source speaks
        }

        var start = t;
        if (ctx.Is(t, SpeakerWordRole.Pronoun) && !ctx.IsCapitalized(t))
        {
            return ctx.Span(t, t);
        }

        if (!untilComma && DescribedName.EndAfter(ctx, t, limit) is var named and >= 0)
        {
            return ctx.Span(t, named); // `kata ibu korban, Siti Rohmah`: a lower-case description and the name it gives
        }

        var last = ReadSegment(ctx, t, limit, untilComma);
        if (last < start)
        {
            // `kata politikus PDI-P ini`: a descriptive phrase closed by a demonstrative.
            return DemonstrativePhrase(ctx, t, limit) is { } described ? ctx.Span(t, described) : null;
        }

        if (last + 1 < limit && IsDemonstrative(ctx, last + 1))
        {
            return ctx.Span(start, last + 1); // `Ketua DPR ini`
        }

        if (DemonstrativePhrase(ctx, start, limit) is { } description && description > last + 1)
        {
            return ctx.Span(start, description); // `kata diplomat senior itu`: a title with its modifiers, closed by a demonstrative
        }

        // Appositions: `X, direktur …` or `Juru bicara …, Dmitry Peskov`.
        while (last + 2 < limit && ctx.IsMark(last + 1, ',') && ctx.IsWord(last + 2))
        {
            var next = last + 2;
            var opensTitle = ctx.Is(next, SpeakerWordRole.Title | SpeakerWordRole.Honorific);
            var segmentEnd = ReadSegment(ctx, next, limit, untilComma: true);
            for (var k = next + 1; k <= segmentEnd; k++)
            {
                if (ctx.Is(k, SpeakerWordRole.Circumstance) && !ctx.IsCapitalized(k) && AllCapitalized(ctx, next, k - 1))
                {
                    segmentEnd = k - 1; // `…, Evelina Fadil di Jakarta`: the place is the attribution's circumstance
                    break;
                }
            }

            // A name, not an acronym: `Menurut Menlu Sugiono, WNI di Nepal aman` opens its content with one. It names the
            // holder of a title or what a lower-case description describes (`laporan stasiun televisi Israel, Channel 12`).
            var nameOnly = segmentEnd >= next && segmentEnd - next < 4 && IsName(ctx, next, segmentEnd) && HasLowercase(ctx, next, segmentEnd) &&
                           !ctx.Is(next, SpeakerWordRole.Time) &&
                           (ctx.Is(start, SpeakerWordRole.Title) || !ctx.IsCapitalized(start)) &&
                           (segmentEnd + 1 >= limit || ctx.IsMark(segmentEnd + 1, ',') || ctx.IsMark(segmentEnd + 1, '.') || ctx.Is(segmentEnd + 1, SpeakerWordRole.Circumstance));
            // After `menurut` an apposition is closed by a comma or the sentence's end (`Menurut Machado, Presiden Maduro
            // akan jatuh` opens the content with a title).
            var closed = !untilComma || ctx.IsMark(segmentEnd + 1, ',') ||
                         ((segmentEnd + 1 >= limit || ctx.IsMark(segmentEnd + 1, '.')) && DescribesOnly(ctx, next, segmentEnd));
            if (segmentEnd < next || !(opensTitle || nameOnly) || !closed)
            {
                break;
            }

            last = segmentEnd;
        }

        if (SourceList.End(ctx, last, limit) is var listEnd and > 0)
        {
            last = listEnd; // `menurut perkiraan Bank Dunia, Uni Eropa, dan PBB`: the sources of a list speak together
        }

        return ctx.Span(start, last);
    }

    // A short number closing a name (`Channel 12,`), not a year or a period (`Wakil Presiden 2004-2009`).
    private static bool IsNameNumber(ClaimContext ctx, int k, int limit) =>
        ctx.Tokens[k].Kind == TokenKind.Number && ctx.Tokens[k].Length <= MaxNameNumberLength &&
        (k + 1 >= limit || ctx.IsMark(k + 1, ',') || ctx.IsMark(k + 1, '.'));

    // Capitalized words (or a parenthesized abbreviation), and numbers after the first (`Channel 12`).
    private static bool IsName(ClaimContext ctx, int from, int to)
    {
        if (!ctx.IsCapitalized(from))
        {
            return false;
        }

        for (var k = from + 1; k <= to; k++)
        {
            if (!ctx.IsCapitalized(k) && ctx.Tokens[k].Kind != TokenKind.Number && !ctx.IsMark(k, '(') && !ctx.IsMark(k, ')'))
            {
                return false;
            }
        }

        return true;
    }

    private static int ReadSegment(ClaimContext ctx, int t, int limit, bool untilComma)
    {
        var last = t - 1;
        var depth = 0;
        var relative = false;
        for (var k = t; k < limit && k - t < MaxSegmentTokens; k++)
        {
            if (ctx.IsMark(k, '('))
            {
                depth++;
                continue;
            }

            if (ctx.IsMark(k, ')'))
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
                last = k;
                continue;
            }

            if (depth > 0)
            {
                continue;
            }

            if (k > t && ctx.IsCapitalized(k - 1) && IsNameNumber(ctx, k, limit))
            {
                last = k; // `Channel 12`: a number that ends a name
                continue;
            }

            if (!ctx.IsWord(k) && !(ctx.Tokens[k].Kind == TokenKind.Punctuation && ctx.Text[ctx.Tokens[k].Start] == '-'))
            {
                break;
            }

            var accepted = untilComma || ctx.IsCapitalized(k) || ctx.Is(k, SpeakerWordRole.Title | SpeakerWordRole.Honorific | SpeakerWordRole.Plural | SpeakerWordRole.Pronoun) ||
                           DescribedName.JoinsName(ctx, k) || // `Jean-Noel`, `Thomas-Greenfield`
                           (k > t && TitleQualifier(ctx, t, k)) || // `juru bicara junta Zaw Min Tun`
                           (!ctx.IsCapitalized(k) && ctx.Is(k, SpeakerWordRole.Body)) || // `kata polisi`, `kata pihak berwenang`
                           (k > t && ctx.Is(k, SpeakerWordRole.Modifier) && ctx.Is(k - 1, SpeakerWordRole.Title | SpeakerWordRole.Modifier | SpeakerWordRole.Body) && !ctx.IsCapitalized(k - 1)) || // `seorang pejabat senior`
                           (k > t && (ctx.IsWordText(k, "di") || ctx.IsWordText(k, "dari")) && ctx.Is(k - 1, SpeakerWordRole.Title | SpeakerWordRole.Modifier) &&
                            !ctx.IsCapitalized(k - 1) && ctx.IsCapitalized(k + 1)) || // `sumber di Kementerian Luar Negeri`: an unnamed source and its place
                           (k > t && ctx.IsWordText(k, "dan") && ctx.IsCapitalized(k + 1)) ||
                           (k > t && ctx.IsWordText(k, "untuk") && ctx.Is(t, SpeakerWordRole.Title) && ctx.IsCapitalized(k - 1) && ctx.IsCapitalized(k + 1)); // `Duta Besar X untuk Y`
            if (!accepted || (untilComma && ctx.LooksLikePredicate(k) && k > t && !relative))
            {
                break;
            }

            if (untilComma && k > t && ctx.Is(k, SpeakerWordRole.Circumstance) && !ctx.IsCapitalized(k) && ctx.Is(k + 1, SpeakerWordRole.Occasion))
            {
                break; // `menurut Sri Mulyani dalam konferensi pers di Jakarta`: the occasion of the saying
            }

            relative |= untilComma && k > t && ctx.IsWordText(k, "yang"); // `sumber Reuters yang mengetahui pembicaraan itu`

            last = k;
        }

        return last;
    }

    // A lower-case word that qualifies a lower-case title before the name it gives (`juru bicara junta Zaw Min Tun`,
    // `pemimpin oposisi Myanmar …`, `utusan khusus PBB …`): only when the phrase so far is lower-case titles and their
    // modifiers and a capitalized word follows within two words; a preposition, time word, verb or demonstrative is the
    // rest of the attribution (`kata menteri kepada Reuters`, `kata pejabat itu`).
    private static bool TitleQualifier(ClaimContext ctx, int t, int k)
    {
        if (!ctx.Is(t, SpeakerWordRole.Title) || ctx.IsCapitalized(k - 1) || !DescribedName.IsPlainWord(ctx, k))
        {
            return false;
        }

        for (var j = t; j < k; j++)
        {
            if (ctx.IsCapitalized(j) || !ctx.IsWord(j))
            {
                return false;
            }
        }

        return ctx.IsCapitalized(k + 1) || (DescribedName.IsPlainWord(ctx, k + 1) && ctx.IsCapitalized(k + 2));
    }

    // An apposition's words: names, titles and the prepositions that place them (`ekonom Indef`, `profesor di MGIMO`),
    // not a clause (`Presiden Maduro akan jatuh`).
    private static bool DescribesOnly(ClaimContext ctx, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (ctx.IsWord(k) && !ctx.IsCapitalized(k) && !ctx.Is(k, SpeakerWordRole.Title) &&
                !(ctx.IsWordText(k, "di") || ctx.IsWordText(k, "dari") || ctx.IsWordText(k, "untuk")))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the token is <c>ini</c>, <c>itu</c> or <c>tersebut</c>.</summary>
    public static bool IsDemonstrative(ClaimContext ctx, int t) => ctx.IsWordText(t, "ini") || ctx.IsWordText(t, "itu") || ctx.IsWordText(t, "tersebut");

    // The last token of a short noun phrase from `t` that ends with a demonstrative, or null. A description with no name
    // in it (lower-case head) may hold a relative clause or an age (`pria yang akrab disapa Gus Yahya itu`, `diplomat
    // yang telah bertugas sejak 2022 itu`, `politikus veteran berusia 78 tahun tersebut`): its verbs, numbers and
    // prepositions describe the speaker, and the demonstrative closes the phrase.
    private static int? DemonstrativePhrase(ClaimContext ctx, int t, int limit)
    {
        var described = !ctx.IsCapitalized(t);
        var relative = false;
        var afterNumber = false;
        for (var k = t + 1; k < limit && k - t <= (relative ? MaxRelativeDescriptionTokens : MaxDescriptionTokens); k++)
        {
            if (IsDemonstrative(ctx, k))
            {
                return k;
            }

            var number = ctx.Tokens[k].Kind == TokenKind.Number;
            var hyphen = ctx.Tokens[k].Kind == TokenKind.Punctuation && ctx.Text[ctx.Tokens[k].Start] == '-';
            if ((!ctx.IsWord(k) && !hyphen && !(described && number)) || ctx.CueOf(k) != CueRole.None)
            {
                return null;
            }

            if (described && ctx.IsWordText(k, "yang"))
            {
                relative = true;
                continue;
            }

            var age = described && ctx.LooksLikePredicate(k) && ctx.Tokens[k + 1 < limit ? k + 1 : k].Kind == TokenKind.Number; // `berusia 78 tahun`
            if (!relative && !number && !afterNumber && !age && (ctx.LooksLikePredicate(k) || ctx.Is(k, SpeakerWordRole.Circumstance)))
            {
                return null;
            }

            afterNumber = number;
        }

        return null;
    }

    /// <summary>Whether a token from <paramref name="from"/> to <paramref name="to"/> has a lower-case letter: a name, not an acronym.</summary>
    private static bool HasLowercase(ClaimContext ctx, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            foreach (var ch in ctx.Tokens[k].AsSpan())
            {
                if (char.IsLower(ch))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether every token from <paramref name="from"/> to <paramref name="to"/> is capitalized (or a parenthesis).</summary>
    public static bool AllCapitalized(ClaimContext ctx, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (!ctx.IsCapitalized(k) && !ctx.IsMark(k, '(') && !ctx.IsMark(k, ')'))
            {
                return false;
            }
        }

        return true;
    }
}
