using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// A reporting verb in a relative clause set off by a comma after a named source: <c>…, dikecam oleh Menlu Irlandia
/// Simon Harris, yang menyebut tindakan itu melanggar hukum</c>, <c>Presiden AS Donald Trump, yang sebelumnya menyebut
/// Mamdani sebagai “komunis”, mengancam …</c>. The clause reports what the source said; when the source is the
/// sentence's subject, the clause ends at the comma before the sentence's own predicate.
/// </summary>
internal static class RelativeClauseAttribution
{
    private const int MaxSourceTokens = 12;

    /// <summary>
    /// The source of the reporting verb at <paramref name="verb"/> when the verb opens a relative clause after a comma
    /// (<c>X, yang menyebut …</c>, also past adverbs and the time of the saying: <c>X, yang pekan lalu mengatakan …</c>):
    /// the run of names and titles that ends right before the comma in a name. <paramref name="isSubject"/> tells
    /// whether that source opens the sentence or a comma segment of it, so that a predicate of its own follows the clause.
    /// </summary>
    public static TextSpan? Source(ClaimContext ctx, int verb, out bool isSubject)
    {
        isSubject = false;
        var first = ctx.SentenceOf(verb).FirstToken;
        var relative = SpeakerAdverbials.SkipBefore(ctx, first, verb - 1);
        var comma = relative - 1;
        if (!ctx.IsWordText(relative, "yang") || !ctx.IsMark(comma, ',') || !ctx.IsCapitalized(comma - 1))
        {
            return null;
        }

        var start = comma - 1;
        for (var k = comma - 2; k >= first && comma - k <= MaxSourceTokens; k--)
        {
            if (!ctx.IsCapitalized(k) && !ctx.Is(k, SpeakerWordRole.Title))
            {
                break;
            }

            start = k;
        }

        if (ctx.Is(start, SpeakerWordRole.Opener) && start < comma - 1)
        {
            start++; // `Namun Harris, yang menyebut …`: the conjunction is no part of the source
        }

        if (ctx.Is(start, SpeakerWordRole.Pronoun | SpeakerWordRole.Opener))
        {
            return null;
        }

        // `Di Ankara, Erdogan, yang …`: an introductory phrase may stand before the subject; a name in apposition to a
        // noun of the sentence (`tudingan anggota Pansus, Akbar Faisal, yang menyebut …`) is no subject.
        isSubject = start == first || ctx.Is(start - 1, SpeakerWordRole.Opener) ||
                    (ctx.IsMark(start - 1, ',') && ctx.Is(first, SpeakerWordRole.Intro | SpeakerWordRole.Opener) &&
                     !ctx.HasCommaBetween(ctx.Tokens[first].Start, ctx.Tokens[start - 1].Start)); // the comma closes the opening phrase
        return ctx.Span(start, comma - 1);
    }

    /// <summary>
    /// The content of a relative clause whose source is the sentence's subject, up to the comma that closes the clause:
    /// the first one followed by a lower-case word that goes on with neither a list nor the clause's own phrase
    /// (<c>Erdogan, yang mengatakan Turki siap menjadi penengah, bertemu Zelensky</c>; not <c>…, AR, sebagai …</c>). A
    /// clause with no such comma keeps its content.
    /// </summary>
    public static TextSpan ClauseContent(ClaimContext ctx, TextSpan content)
    {
        var sentenceEnd = ctx.SentenceOf(ctx.TokenAtOrAfter(content.Start)).EndToken;
        for (var k = ctx.TokenAtOrAfter(content.Start) + 1; k < sentenceEnd && ctx.Tokens[k].End <= content.End; k++)
        {
            if (ctx.IsMark(k, ',') && ctx.QuoteOf(k) < 0 && ctx.IsWord(k + 1) && !ctx.IsCapitalized(k + 1) &&
                !ctx.IsWordText(k + 1, "dan") && !ctx.IsWordText(k + 1, "serta") && !ctx.IsWordText(k + 1, "atau") &&
                !ctx.IsWordText(k + 1, "sebagai") && !ctx.Is(k + 1, SpeakerWordRole.Circumstance))
            {
                return ctx.TrimContent(content.Start, ctx.Tokens[k].Start);
            }
        }

        return content;
    }
}
