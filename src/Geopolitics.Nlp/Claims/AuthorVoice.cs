using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// The writer speaking in an opinion column (<c>Saya berpendapat bahwa …</c>, <c>Penulis menilai …</c>): a first-person
/// source outside quotation marks, in a paragraph that quotes no one else and answers no interview question. ANNOTATION.md:
/// the author's own unattributed assertions are not claims.
/// </summary>
internal static class AuthorVoice
{
    private const int MaxLineScan = 4096;

    /// <summary>
    /// Whether <paramref name="candidate"/> is the author's own assertion. First person inside a quotation is the quoted
    /// speaker's; on a line that also attributes speech to a source (<c>…, saya yakin …, kata X</c>) it is that source's
    /// unquoted words; after a question line or a label (<c>Jawab: …</c>) it answers an interview.
    /// </summary>
    /// <param name="ctx">The document.</param>
    /// <param name="candidate">The claim candidate.</param>
    /// <param name="otherCues">The cues of the candidates whose source is not first person, by start (<see cref="OtherSourcesCues"/>).</param>
    public static bool IsAuthors(ClaimContext ctx, ClaimCandidate candidate, TextSpan[] otherCues)
    {
        if (!IsFirstPerson(ctx, candidate.Speaker, out var token) || ctx.QuoteOf(token) >= 0)
        {
            return false;
        }

        var lineStart = Math.Max(ctx.Lines.LineStart(candidate.Speaker.Start), candidate.Speaker.Start - MaxLineScan);
        var lineEnd = Math.Min(ctx.Lines.LineEnd(candidate.Speaker.End), candidate.Speaker.End + MaxLineScan);
        if (ctx.Text.AsSpan(lineStart, candidate.Speaker.Start - lineStart).Contains(':'))
        {
            return false; // `Jawab: Saya kira …`, `Faktanya: …`: a labelled answer or part of a report
        }

        // Found by binary search: a column of many first-person lines must not compare every line with every cue.
        var lo = 0;
        var hi = otherCues.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            (lo, hi) = otherCues[mid].Start < lineStart ? (mid + 1, hi) : (lo, mid);
        }

        for (var k = lo; k < otherCues.Length && otherCues[k].Start <= lineEnd; k++)
        {
            if (otherCues[k].End <= lineEnd)
            {
                return false;
            }
        }

        return !AfterQuestion(ctx.Text, lineStart);
    }

    /// <summary>The cues of the candidates whose source is not first person, by start: what shows a line quotes a source.</summary>
    public static TextSpan[] OtherSourcesCues(ClaimContext ctx, IReadOnlyList<ClaimCandidate> all) =>
        all.Where(c => !IsFirstPerson(ctx, c.Speaker, out _)).Select(c => c.Cue).OrderBy(c => c.Start).ToArray();

    /// <summary>Whether the speaker phrase is one first-person word (<c>saya</c>, <c>kami</c>, <c>penulis</c>).</summary>
    public static bool IsFirstPerson(ClaimContext ctx, TextSpan speaker, out int token)
    {
        token = ctx.TokenAtOrAfter(speaker.Start);
        return token < ctx.Tokens.Length && ctx.Tokens[token].Start == speaker.Start && ctx.Tokens[token].End == speaker.End &&
               ctx.Is(token, SpeakerWordRole.FirstPerson);
    }

    // The line before (blank lines skipped) ends with a question mark: an interview's question, this line its answer.
    private static bool AfterQuestion(string text, int lineStart)
    {
        var stop = Math.Max(0, lineStart - MaxLineScan);
        for (var i = lineStart - 1; i >= stop; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i] == '?';
            }
        }

        return false;
    }
}
