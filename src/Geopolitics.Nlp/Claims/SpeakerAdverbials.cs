using Geopolitics.Nlp.Text;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// What may stand between a speaker and its reporting verb and qualifies the saying, not the speaker: adverbs
/// (<c>Lavrov juga menyatakan</c>, <c>Trump sekali lagi mengatakan</c>, <c>berkali-kali</c>), frequency phrases of a count
/// and <c>kali</c> (<c>beberapa kali</c>, <c>dua kali</c>, <c>3 kali</c>), the occasion of the saying (<c>Sugiono dalam
/// keterangan tertulis menegaskan</c>) and its time (<c>Kim Yo Jong, …, pada Juli lalu menegaskan</c>).
/// </summary>
internal static class SpeakerAdverbials
{
    private const int MaxTimeTokens = 8;

    // The most tokens of a quoted title between a speaker and its verb (`dalam pidatonya "…"`).
    private const int MaxTitleTokens = 10;

    /// <summary>Whether token <paramref name="t"/> is an adverb (of aspect too: <c>telah lebih dulu</c>), or the count of a frequency phrase.</summary>
    public static bool At(ClaimContext ctx, int t) =>
        !ctx.IsCapitalized(t) && (ctx.Is(t, SpeakerWordRole.Adverb | SpeakerWordRole.Aspect) || IsCountBeforeKali(ctx, t));

    /// <summary>
    /// The last token before the adverbs and frequency phrases that end at token <paramref name="t"/> (not before
    /// <paramref name="first"/>), or <paramref name="t"/> itself when there are none.
    /// </summary>
    public static int SkipBefore(ClaimContext ctx, int first, int t)
    {
        while (t >= first)
        {
            if (At(ctx, t) || IsTimeWord(ctx, t))
            {
                t--; // `Rutte kemarin menegaskan`, `Lavrov pekan lalu menegaskan`: the time of the saying, not the speaker's
            }
            else if (t - 1 >= first && ctx.IsWordText(t, "itu") && IsThenWord(ctx, t - 1))
            {
                t -= 2; // `Retno saat itu mengatakan`, `Prabowo ketika itu menyebut`
            }
            else if (ListedTimeEndingAt(ctx, first, t) is var words and > 0)
            {
                t -= words; // `Mao Ning pekan ini menyatakan`, `Roy Soemirat, hari ini mengatakan`: `ini` closes a time, not the subject
            }
            else
            {
                break;
            }
        }

        return t;
    }

    /// <summary>
    /// The first token of the occasion or time of the saying that ends at token <paramref name="t"/>, just before the
    /// verb, without commas of its own; or -1.
    /// </summary>
    public static int OccasionBefore(ClaimContext ctx, int first, int t)
    {
        if (Occasion(ctx, first, t) is var occasion and >= 0)
        {
            return occasion;
        }

        var time = Time(ctx, first, t);
        if (time < 0 || ClosesSubject(ctx, time - 1))
        {
            return time;
        }

        // `Kemlu RI dalam keterangan pada 11 November 2024 menegaskan`: the time follows the occasion, which the date's
        // numbers hid from the occasion reading above.
        return Occasion(ctx, first, time - 1);
    }

    // A lower-case day or period word (`kemarin`, `pekan` of `pekan lalu`) before the verb dates the saying.
    private static bool IsTimeWord(ClaimContext ctx, int t) =>
        ctx.Is(t, SpeakerWordRole.Time) && !ctx.IsCapitalized(t);

    // The number of words of a listed time adverbial of two words or more (`hari ini`, `pekan ini`) that ends at token
    // `t`, lower-case, not before `first`; or 0.
    private static int ListedTimeEndingAt(ClaimContext ctx, int first, int t)
    {
        for (var words = 2; words <= SentenceAdverbials.MaxWords && t - words + 1 >= first; words++)
        {
            var start = t - words + 1;
            if (!ctx.IsCapitalized(start) && ctx.SentenceAdverbialAt(start, t, SentenceAdverbialRole.Time) == words)
            {
                return words;
            }
        }

        return 0;
    }

    // `saat itu`, `ketika itu`, `waktu itu`, `kala itu`: "at that time".
    private static bool IsThenWord(ClaimContext ctx, int t) =>
        !ctx.IsCapitalized(t) && (ctx.IsWordText(t, "saat") || ctx.IsWordText(t, "ketika") || ctx.IsWordText(t, "waktu") || ctx.IsWordText(t, "kala"));

    // `beberapa kali`, `dua kali`, `3 kali`: the count is the frequency's, and `kali` an adverb of its own.
    private static bool IsCountBeforeKali(ClaimContext ctx, int t) =>
        (ctx.Is(t, SpeakerWordRole.Count) || ((uint)t < (uint)ctx.Tokens.Length && ctx.Tokens[t].Kind == TokenKind.Number)) &&
        ctx.IsWordText(t + 1, "kali");

    // The circumstance word that opens an occasion between a name and its verb (`Sugiono saat ditemui di Jakarta
    // menegaskan`, `Netanyahu dalam pidato yang disiarkan televisi mengatakan`, also after an apposition's comma: `X, yang
    // lebih dikenal sebagai Y, dalam pidato yang disiarkan Senin malam mengakui`), or -1. An occasion word or a predicate
    // must follow it: `Kepala Bidang di kementerian itu` is a speaker with its place.
    private static int Occasion(ClaimContext ctx, int first, int t)
    {
        var occasion = false;
        for (var k = t; k > first && t - k < SubjectSegments.MaxSegmentTokens; k--)
        {
            if (ctx.IsQuoteMark(k) && QuotedTitleStart(ctx, first, k) is var opening and > 0)
            {
                k = opening; // `Hatta dalam pidatonya "Mendayung di Antara Dua Karang" pada 2 September 1948 menyatakan`: the title of the occasion
                occasion = true;
                continue;
            }

            if (!ctx.IsWord(k) || ctx.CueOf(k) != CueRole.None)
            {
                return -1;
            }

            if (occasion && ctx.Is(k, SpeakerWordRole.Circumstance) && !ctx.IsCapitalized(k) && !ctx.IsCapitalized(k + 1) && ClosesSubject(ctx, k - 1))
            {
                return k;
            }

            if (ctx.IsWordText(k, "didampingi") && !ctx.IsCapitalized(k) && (ctx.IsCapitalized(k - 1) || ctx.IsMark(k - 1, ')')))
            {
                return k; // `Presiden Prabowo didampingi Menlu Sugiono mengatakan`: the company is no part of the speaker
            }

            occasion |= ctx.Is(k, SpeakerWordRole.Occasion) || ctx.LooksLikePredicate(k);
        }

        return -1;
    }

    // The opening quotation mark of the title that the closing mark at token `closing` ends, or -1: a short quotation
    // right after an occasion noun (`pidatonya "…"`) or a titling word (`berjudul "…"`).
    private static int QuotedTitleStart(ClaimContext ctx, int first, int closing)
    {
        for (var k = closing - 1; k > first && closing - k <= MaxTitleTokens; k--)
        {
            if (ctx.IsQuoteMark(k))
            {
                return k < closing - 1 && (ctx.Is(k - 1, SpeakerWordRole.Occasion) || ctx.Is(k - 1, BoundaryWordRole.Title)) ? k : -1;
            }
        }

        return -1;
    }

    // `pada Juli lalu`, `pada Rabu (9/4)`, `pada 2023` between a name and its verb: `pada` and then only days, names,
    // numbers and a date in parentheses, with a day word, a number or `lalu`/`ini` among them to tell a time from a
    // title's place (`Wakil Tetap RI pada PBB`). The first token (`pada`), or -1; the caller checks what precedes it.
    private static int Time(ClaimContext ctx, int first, int t)
    {
        var timed = IsDeictic(ctx, t + 1); // `pada Juli lalu`: `lalu` was taken for an adverb before the verb
        for (var k = t; k > first && t - k < MaxTimeTokens; k--)
        {
            if (ctx.IsWordText(k, "pada") && !ctx.IsCapitalized(k))
            {
                return timed && k < t ? k : -1;
            }

            var number = ctx.Tokens[k].Kind == TokenKind.Number;
            if (!(ctx.IsCapitalized(k) || number || ctx.Is(k, SpeakerWordRole.Time) || IsDeictic(ctx, k) || ctx.IsMark(k, '(') || ctx.IsMark(k, ')') || ctx.IsMark(k, '/')))
            {
                return -1;
            }

            timed |= number || ctx.Is(k, SpeakerWordRole.Time) || IsDeictic(ctx, k);
        }

        return -1;
    }

    private static bool IsDeictic(ClaimContext ctx, int t) =>
        ctx.IsWordText(t, "lalu") || ctx.IsWordText(t, "ini") || ctx.IsWordText(t, "silam") || ctx.IsWordText(t, "mendatang");

    // A token that can end a subject before its occasion: a name, a pronoun, a closing parenthesis, or the comma after an
    // apposition.
    private static bool ClosesSubject(ClaimContext ctx, int t) =>
        ctx.IsCapitalized(t) || ctx.Is(t, SpeakerWordRole.Pronoun) || ctx.IsMark(t, ')') || ctx.IsMark(t, ',');

    // `Pada hari yang sama, Menteri Luar Negeri Singapura …`: a listed time adverbial or connective and its comma that
    // open the phrase are no part of the speaker, also where the phrase was read through the adverbial's `yang` as a
    // relative clause.
    public static TextSpan? WithoutOpening(ClaimContext ctx, TextSpan? subject)
    {
        if (subject is not { } span)
        {
            return null;
        }

        var first = ctx.TokenAtOrAfter(span.Start);
        var last = ctx.TokenAtOrAfter(span.End) - 1;
        var n = ctx.SentenceAdverbialAt(first, last, SentenceAdverbialRole.Connective | SentenceAdverbialRole.Time);
        var after = first + n + 1;
        return n > 0 && after <= last && ctx.IsMark(first + n, ',') && ctx.NamesSpeaker(after) ? new TextSpan(ctx.Tokens[after].Start, span.End) : span;
    }
}
