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

    /// <summary>How many tokens after a date that opens its clause are read for its verb.</summary>
    private const int AfterWindow = 6;

    /// <summary>How many tokens before a reporting verb are read for a future cue that makes the saying itself ahead.</summary>
    private const int SayingAspectReach = 3;

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

        // The expression's own words (`Senin lalu`, a range's words) come first and count together.
        var future = false;
        var past = false;
        for (var k = first; k < next; k++)
        {
            var w = t.Word(k);
            future |= w.Is(WordClass.Future);
            past |= w.Is(WordClass.Past);
        }

        if (future != past)
        {
            return future ? Tense.Future : Tense.Past;
        }

        // A cue right after the expression (`Senin lalu`, `Maret mendatang`) is its own; before it, the nearest cue wins
        // (`tiba Senin lalu, dan akan pulang Jumat`: Jumat is ahead).
        for (var k = next; k < t.Length && k < next + 3; k++)
        {
            if (t.Is(k, ",") || t.Is(k, "dan") || t.Is(k, "serta") || t.Is(k, "tetapi") || t.Is(k, "namun") || t.Is(k, "sedangkan"))
            {
                break; // `pada Senin dan Menteri dijadwalkan tiba Rabu`: a cue past a conjunction is the next clause's
            }

            if (Of(t.Word(k)) is var after and not Tense.None)
            {
                return after;
            }
        }

        // `Lavrov mengatakan Rusia akan membalas, Rabu.`: the day of the saying, whatever the words said look to.
        if (EndsReport(t, first, next))
        {
            return Tense.Past;
        }

        // `"… akan …," kata X di Moskow, Kamis`: a saying nearer than the cue dates the day, and it was said before the report.
        var clauseClosed = false; // a comma between: a relative clause before it has closed (`OPEC+, yang dikenal …, memutuskan`)
        for (var k = first - 1; k >= start; k--)
        {
            if (Of(t.Word(k)) is var before and not Tense.None)
            {
                return before;
            }

            clauseClosed |= t.Is(k, ",");

            if (IsSaying(t, k) && IsAttribution(t, k))
            {
                return Tense.Past;
            }

            // `akan menghentikan kerja sama yang disepakati di Kairo pada 9 September`: the date is in a relative clause
            // whose own verb reports a done event; a cue before `yang` is the main clause's (inside it, `yang akan digelar`
            // met its cue first). Not after `hingga`, `mulai` (`kuota yang disepakati hingga 31 Desember`), which opens a time
            // that may lie ahead whatever the clause's verb.
            if (!clauseClosed && t.Is(k, "yang") && ReportsEvent(t, k + 1) && !t.Word(first - 1).Is(WordClass.Onward | WordClass.Every))
            {
                return Tense.Past;
            }
        }

        return EventVerb(t, start, first, next);
    }

    /// <summary>
    /// A reporting verb that is not itself ahead (<c>kata</c>, <c>mengatakan</c>; not <c>akan menyampaikan</c>), or the
    /// closing mark of a quotation that a lower-case word attributes (<c>…," tandas X</c>), whose cue need not be listed.
    /// </summary>
    private static bool IsSaying(TokenView t, int k)
    {
        if (t.Word(k).Is(WordClass.Report))
        {
            // `akan menyampaikan`, `akan berpidato dan menyampaikan`: a saying still to come.
            for (var b = k - 1; b >= 0 && b >= k - SayingAspectReach && t[b].Kind != TokenKind.Punctuation; b--)
            {
                if (t.Word(b).Is(WordClass.Future))
                {
                    return false;
                }
            }

            return true;
        }

        return IsQuoteMark(t, k) && k > 0 && t[k - 1].Kind == TokenKind.Punctuation && (t.Is(k - 1, ",") || t.Is(k - 1, ".") || t.Is(k - 1, "!") || t.Is(k - 1, "?")) &&
            k + 1 < t.Length && t[k + 1].Kind == TokenKind.Word && char.IsLower(t[k + 1].AsSpan()[0]);
    }

    // A saying placed after what was said (`…," kata X`, `…, ujar X`), so what follows it is its speaker and circumstance;
    // after `X mengatakan` (also `X, Direktur Y, mengatakan`) what follows is what was said, and a date there dates the
    // words (`mengatakan bantuan hanya cukup hingga akhir Oktober`). After a comma only the short forms that follow the
    // words are placed so (`kata`, `ujar`), not a verb with `me-`.
    private static bool IsAttribution(TokenView t, int k) =>
        IsQuoteMark(t, k) || (k > 0 && IsQuoteMark(t, k - 1)) ||
        (k > 0 && t.Is(k - 1, ",") && !t[k].AsSpan().StartsWith("me", StringComparison.OrdinalIgnoreCase));

    private static bool IsQuoteMark(TokenView t, int k) => t.Is(k, "\"") || t.Is(k, "\u201D") || t.Is(k, "\u201C");

    /// <summary>
    /// <c>Lavrov mengatakan Rusia akan membalas, Rabu.</c>: a day set off by a comma at the end of a sentence whose verb
    /// reports a saying is the day of the saying, an adjunct of the reporting clause, not of the future it reports. Read
    /// back at most <see cref="MaxReach"/> tokens from the comma.
    /// </summary>
    private static bool EndsReport(TokenView t, int first, int next)
    {
        var comma = t.Word(first - 1).Is(WordClass.Prep) ? first - 2 : first - 1;
        var end = t.Is(next, "waktu") ? next + 2 : next; // `, Kamis malam waktu setempat.`
        if (comma <= 0 || !t.Is(comma, ",") || !(end >= t.Length || t.Is(end, ".") || t.Is(end, "!") || t.Is(end, "?")))
        {
            return false;
        }

        for (var k = comma - 1; k >= 0 && comma - k <= MaxReach; k--)
        {
            if (t.Word(k).Is(WordClass.Report) && IsSaying(t, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// With no explicit cue, a verb in the expression's clause that reports a completed event (<c>diresmikan pada
    /// Februari</c>, <c>tenggelam pada Januari</c>; <c>Pada Januari, kapal itu tenggelam</c>) puts the date in the past: a
    /// news report tells what happened, and what is still to come is marked (<c>akan</c>, <c>dijadwalkan</c>). A
    /// preposition that opens a time to come (<c>diperpanjang hingga Maret</c>) keeps the nearest reading.
    /// </summary>
    private static Tense EventVerb(TokenView t, int start, int first, int next)
    {
        if (t.Word(first - 1).Is(WordClass.Onward | WordClass.Every))
        {
            return Tense.None; // `hingga Maret`, `setiap tanggal 1 Juni`: a deadline, a recurrence
        }

        // Beyond the window of explicit cues, the clause's own aspect word still counts (`telah menyetor pembayaran pertama
        // sebesar 2 miliar dolar AS kepada industri galangan kapal Amerika pada Februari`), where no comma or quotation mark
        // stands between them (`akan memberlakukan "sanksi" pada Dana X, kata juru bicara … pada Jumat` is two clauses).
        var plain = true;
        for (var k = first - 1; k >= 0 && first - k <= MaxReach && !EndsClause(t, k) && (k >= start || plain); k--)
        {
            plain &= t[k].Kind != TokenKind.Punctuation || !(t.Is(k, ",") || IsQuoteMark(t, k));
            if (k < start && plain && Of(t.Word(k)) is var aspect and not Tense.None)
            {
                return aspect;
            }

            if (ReportsEvent(t, k))
            {
                return Tense.Past;
            }
        }

        // A date that opens its sentence or clause, behind a comma (`Pada Januari, kapal itu tenggelam`): the verb after it.
        var opening = first - (t.Word(first - 1).Is(WordClass.Prep) ? 1 : 0);
        if (!t.Is(next, ",") || (opening > 0 && !t.Is(opening - 1, ",")))
        {
            return Tense.None;
        }

        for (var k = next + 1; k < t.Length && k < next + 1 + AfterWindow && !EndsClause(t, k) && !t.Is(k, ","); k++)
        {
            if (t.Word(k).Is(WordClass.Future))
            {
                return Tense.Future;
            }

            if (ReportsEvent(t, k))
            {
                return Tense.Past;
            }
        }

        return Tense.None;
    }

    private static bool EndsClause(TokenView t, int k) =>
        t.Is(k, ";") || t.Is(k, "bahwa") || t.Is(k, "dan") || t.Is(k, "serta") || t.Is(k, "tetapi") || t.Is(k, "namun") || t.Is(k, "sedangkan") || t.Is(k, "sementara");

    /// <summary>
    /// An event verb from the word list, or a passive verb: a lower-case word of six letters or more that begins with
    /// <c>di-</c> (<c>diresmikan</c>, <c>ditangkap</c>) and is no noun or verb of expectation (<c>diplomat</c>, <c>diperkirakan</c>).
    /// </summary>
    private static bool ReportsEvent(TokenView t, int k)
    {
        var w = t.Word(k);
        if (w.Is(WordClass.Event))
        {
            return true;
        }

        var s = t[k].AsSpan();
        return t[k].Kind == TokenKind.Word && s.Length >= 6 && s.StartsWith("di", StringComparison.Ordinal) && !w.Is(WordClass.NotPassive | WordClass.Future) &&
            !s.ContainsAny('-', '.');
    }

    private static Tense Of(in WordInfo w) => w.Is(WordClass.Future) == w.Is(WordClass.Past) ? Tense.None : w.Is(WordClass.Future) ? Tense.Future : Tense.Past;
}
