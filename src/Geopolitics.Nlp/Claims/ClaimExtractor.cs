using System.Collections.Immutable;
using Geopolitics.Nlp.Dates;
using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Sentences;
using Geopolitics.Nlp.Text;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Finds the claims of one article: direct quotes, reported speech, <c>menurut</c> attributions and attributions that
/// point back to the previous sentence, each with its speaker resolved against the entity mentions, its date from the
/// temporal expressions, the entities its content mentions, and whether it is hedged. Pipeline-agnostic: it reads the
/// text, tokens, sentences, entities and dates it is given (entities and dates may be empty) and touches no state.
/// </summary>
internal sealed class ClaimExtractor(ClaimLexicon lexicon)
{
    private const int MaxHeadlineWords = 20;
    private const int MaxLookBack = 8;
    private const int MaxLineScan = 4096;

    /// <summary>The claims of the article, sorted by content start.</summary>
    public ImmutableArray<Claim> Extract(
        string text,
        ImmutableArray<Token> tokens,
        ImmutableArray<Sentence> sentences,
        ImmutableArray<EntityMention> entityMentions,
        ImmutableArray<TemporalExpression> temporalExpressions,
        CancellationToken cancellationToken = default)
    {
        using var ctx = new ClaimContext(text, tokens, sentences, lexicon, cancellationToken);
        var candidates = new List<ClaimCandidate>();
        DirectQuoteExtractor.Extract(ctx, candidates);
        cancellationToken.ThrowIfCancellationRequested();
        AccordingToExtractor.Extract(ctx, candidates);
        cancellationToken.ThrowIfCancellationRequested();
        BackReferenceExtractor.Extract(ctx, candidates);
        IndirectSpeechExtractor.Extract(ctx, candidates);
        cancellationToken.ThrowIfCancellationRequested();
        PostAttributionExtractor.Extract(ctx, candidates);
        PassiveAttributionExtractor.Extract(ctx, candidates);
        StatementNounExtractor.Extract(ctx, candidates);
        cancellationToken.ThrowIfCancellationRequested();

        var otherCues = AuthorVoice.OtherSourcesCues(ctx, candidates);
        var kept = Deduplicate(ctx, candidates.Where(c => IsArticleText(ctx, c) && !AuthorVoice.IsAuthors(ctx, c, otherCues)).ToList());
        ContinuationQuotes.Add(ctx, kept);
        var entities = entityMentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var dates = temporalExpressions.Sort((a, b) => a.Start.CompareTo(b.Start));
        var resolver = new SpeakerResolver(ctx, entities);
        var claims = ImmutableArray.CreateBuilder<Claim>(kept.Count);
        foreach (var (found, _) in InAttributionOrder(kept))
        {
            // Only a clause reported after its cue: a back-reference's content is a whole sentence of its own.
            var c = found.Kind == ClaimKind.Indirect && found.Content.Start >= found.Cue.End ? TimeAdjuncts.Trim(ctx, dates, found) : found;
            if (claims.Count % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var entity = resolver.Resolve(c.Speaker);
            var (cueSpan, speakerSpan) = WholeWordForClitic(c.Cue, WithoutOpenBracket(ctx.Text, c.Speaker));
            var speaker = new ClaimSpeaker(speakerSpan.Start, speakerSpan.End, speakerSpan.GetText(ctx.Text), entity);
            claims.Add(new Claim(c.Kind, Part(ctx, cueSpan), speaker, Part(ctx, c.Content), HedgeDetector.IsHedged(ctx, c.Content))
            {
                Date = DateIn(ctx, dates, c),
                About = About(entities, c.Content),
            });
        }

        claims.Sort((a, b) => a.Content.Start != b.Content.Start ? a.Content.Start.CompareTo(b.Content.Start) : a.Cue.Start.CompareTo(b.Cue.Start));
        return claims.ToImmutable();
    }

    // `ujarnya`, `Menurutnya`: the source is the clitic of the cue's own word. Annotators mark the word as written for
    // both (it is one word on the page); the clitic alone was only needed to resolve the pronoun.
    private static (TextSpan Cue, TextSpan Speaker) WholeWordForClitic(TextSpan cue, TextSpan speaker)
    {
        if (cue.End != speaker.Start || cue.Length == 0 || speaker.Length == 0)
        {
            return (cue, speaker);
        }

        var word = new TextSpan(cue.Start, speaker.End);
        return (word, word);
    }

    // A speaker phrase cut inside a bracket (`Korban berinisial SH (` before `34)`) keeps the words before the bracket.
    private static TextSpan WithoutOpenBracket(string text, TextSpan speaker)
    {
        var end = speaker.End;
        while (end > speaker.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '(' or '['))
        {
            end--;
        }

        return end == speaker.End || end == speaker.Start ? speaker : new TextSpan(speaker.Start, end);
    }

    private static ClaimPart Part(ClaimContext ctx, TextSpan span) => new(span.Start, span.End, span.GetText(ctx.Text));

    // Two extractors may find one claim (`X mengatakan, “…,” ujarnya`); keep the first found of overlapping contents.
    private static List<ClaimCandidate> Deduplicate(ClaimContext ctx, List<ClaimCandidate> candidates)
    {
        var order = new (ClaimCandidate C, int I)[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = (candidates[i], i);
        }

        Array.Sort(order, static (a, b) => a.C.Content.Start != b.C.Content.Start ? a.C.Content.Start.CompareTo(b.C.Content.Start) : a.I.CompareTo(b.I));
        var keep = new bool[candidates.Count];
        var kept = new List<(ClaimCandidate C, int I)>();
        foreach (var (c, i) in order)
        {
            var duplicate = false;
            for (var k = kept.Count - 1; k >= 0 && kept.Count - k <= MaxLookBack; k--)
            {
                var other = kept[k].C.Content;
                if (!other.Overlaps(c.Content))
                {
                    continue;
                }

                var overlap = Math.Min(other.End, c.Content.End) - Math.Max(other.Start, c.Content.Start);
                if (overlap * 2 >= Math.Min(other.Length, c.Content.Length))
                {
                    duplicate = true;
                    var loser = c;
                    if (Outer(ctx.Text, c, kept[k].C, i < kept[k].I))
                    {
                        loser = kept[k].C;
                        keep[kept[k].I] = false;
                        kept[k] = (c, i);
                        keep[i] = true;
                    }

                    if (LendsOccasion(ctx.Text, loser, kept[k].C))
                    {
                        // `X menyampaikan … Hal itu disampaikan X usai rapat, Jumat (20/6).`: the sentence keeps its own claim,
                        // and the back-reference gives the occasion of the saying, where its date is.
                        var winner = kept[k].C with { Attribution = Union(kept[k].C.Attribution, loser.Attribution) };
                        candidates[kept[k].I] = winner;
                        kept[k] = (winner, kept[k].I);
                    }

                    break;
                }
            }

            if (!duplicate)
            {
                kept.Add((c, i));
                keep[i] = true;
            }
        }

        var result = new List<ClaimCandidate>(kept.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (keep[i])
            {
                result.Add(candidates[i]);
            }
        }

        return result;
    }

    // The candidates by where their attribution begins (cue or speaker, whichever comes first), ties in list order.
    private static (ClaimCandidate C, int I)[] InAttributionOrder(List<ClaimCandidate> candidates)
    {
        var order = new (ClaimCandidate C, int I)[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = (candidates[i], i);
        }

        Array.Sort(order, static (a, b) =>
        {
            var byStart = Math.Min(a.C.Cue.Start, a.C.Speaker.Start).CompareTo(Math.Min(b.C.Cue.Start, b.C.Speaker.Start));
            return byStart != 0 ? byStart : a.I.CompareTo(b.I);
        });
        return order;
    }

    // Of two readings of one statement, the one that reports the other wins (`Selain itu, tambah X, Indonesia juga
    // menyampaikan …`: X's claim, not Indonesia's; claims inside a claim are not annotated separately); else the first found.
    private static bool Outer(string text, ClaimCandidate c, ClaimCandidate other, bool foundFirst)
    {
        // `X menegaskan Y. Pernyataan itu disampaikan X …`: a sentence that makes its own claim by the same source keeps
        // it; the later back-reference adds only the occasion. Another source's back-reference (`Ukraina mengapresiasi …
        // Hal itu disampaikan Duta Besar Ukraina …`) takes the whole sentence, as annotators read it.
        var cInner = PointsBack(other) && other.Content.Contains(c.Cue) && SameSource(text, c.Speaker, other.Speaker);
        var otherInner = PointsBack(c) && c.Content.Contains(other.Cue) && SameSource(text, c.Speaker, other.Speaker);
        var cOuter = cInner || (c.Content.Contains(other.Cue) && !other.Content.Contains(c.Cue) && !otherInner);
        var otherOuter = otherInner || (other.Content.Contains(c.Cue) && !c.Content.Contains(other.Cue) && !cInner);
        return cOuter || (!otherOuter && foundFirst);
    }

    // Whether two speaker phrases end in the same name (`Wakil Menteri Luar Negeri Anis Matta`, `Anis`): a name closes
    // a speaker phrase, while a country inside a title (`Duta Besar Kenya untuk Indonesia, Peter Mwangi`) does not.
    private static bool SameSource(string text, TextSpan a, TextSpan b)
    {
        Span<Range> aWords = stackalloc Range[2];
        Span<Range> bWords = stackalloc Range[2];
        var aText = text.AsSpan(a.Start, a.Length);
        var bText = text.AsSpan(b.Start, b.Length);
        var na = LastWords(aText, aWords);
        var nb = LastWords(bText, bWords);
        for (var i = 0; i < na; i++)
        {
            for (var j = 0; j < nb; j++)
            {
                var w = aText[aWords[i]];
                if (w.Length >= 3 && char.IsUpper(w[0]) && w.SequenceEqual(bText[bWords[j]]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The last (up to two) space-separated words of a phrase.
    private static int LastWords(ReadOnlySpan<char> phrase, Span<Range> words)
    {
        var n = 0;
        var end = phrase.Length;
        while (n < words.Length && end > 0)
        {
            var start = phrase[..end].LastIndexOf(' ') + 1;
            if (end > start)
            {
                words[n++] = new Range(start, end);
            }

            end = Math.Max(0, start - 1);
        }

        return n;
    }

    // A back-reference that lost to the claim its sentence makes by the same source.
    private static bool LendsOccasion(string text, ClaimCandidate backReference, ClaimCandidate kept) =>
        PointsBack(backReference) && !PointsBack(kept) && backReference.Content.Contains(kept.Cue) && SameSource(text, kept.Speaker, backReference.Speaker);

    private static TextSpan Union(TextSpan a, TextSpan b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));

    // A back-reference's attribution is a later sentence than its content.
    private static bool PointsBack(ClaimCandidate c) => c.Attribution.Start >= c.Content.End && c.Cue.Start >= c.Content.End;

    // Headlines (short lines without final punctuation), questions and page furniture (`Baca Juga : …`) hold no claims.
    private static bool IsArticleText(ClaimContext ctx, ClaimCandidate c)
    {
        var text = ctx.Text;
        var anchor = Math.Min(c.Cue.Start, c.Content.Start);
        var lineStart = Math.Max(ctx.Lines.LineStart(anchor), anchor - MaxLineScan);
        var from = Math.Max(anchor, c.Content.End);
        var lineEnd = Math.Max(from, Math.Min(ctx.Lines.LineEnd(from), c.Content.End + MaxLineScan));

        var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
        foreach (var opening in ctx.Lexicon.Furniture)
        {
            if (line.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        var last = line.IsEmpty ? ' ' : line[^1];
        var terminated = last is '.' or '!' or ':' or '"' or '\u201D' or ')' or ',' || char.IsWhiteSpace(last);
        return terminated || ctx.CountWords(new TextSpan(lineStart, lineEnd), MaxHeadlineWords + 1) > MaxHeadlineWords;
    }

    // The day of the attribution (`kata X, Senin (1/9)`) before any coarser date in it: a week or a year there mostly
    // belongs to a description of the speaker (`X, yang digulingkan pekan lalu, mengatakan …`). A date inside the speaker
    // phrase describes the speaker (`Jepang, mitra dagang utama Indonesia sejak 1958, menyatakan …`), not the saying; a
    // date with its clock time (`Senin (9/6/2025) pukul 14.00 WIB`) gives its day. A date in a clause the speaker's is
    // set against (`X keluar sejak 17 Maret 2019, tetapi ICC berpendapat …`) dates that other event.
    private static string? DateIn(ClaimContext ctx, ImmutableArray<Dates.TemporalExpression> dates, ClaimCandidate c)
    {
        var text = ctx.Text;
        var clauseStart = ContrastedClauseEnd(ctx, c);
        string? coarser = null;
        for (var i = SortedByStart.FirstAtOrAfter(dates, static d => d.Start, c.Attribution.Start); i < dates.Length && dates[i].Start < c.Attribution.End; i++)
        {
            var date = dates[i];
            var value = date.Type == Dates.TimexType.Time ? DayOfTime(date) : date.Type == Dates.TimexType.Date ? date.Value : null;
            if (value is not null && c.Attribution.Contains(date.Span) && !c.Content.Overlaps(date.Span) && !c.Speaker.Contains(date.Span) &&
                date.Start >= clauseStart && !InRelativeClause(text, c.Attribution.Start, date.Start))
            {
                if (IsDay(value))
                {
                    return value;
                }

                coarser ??= value;
            }
        }

        return coarser;
    }

    // Where the speaker's own clause starts when a comma and a contrasting connective (`, tetapi`, `, namun`) set it
    // against a clause before it in the attribution; else the attribution's start. Only for a speaker before its cue:
    // after the cue (`…, kata X`) what stands before is the content.
    private static int ContrastedClauseEnd(ClaimContext ctx, ClaimCandidate c)
    {
        if (c.Speaker.Start <= c.Attribution.Start || c.Speaker.Length == 0 || c.Speaker.Start > c.Cue.Start)
        {
            return c.Attribution.Start;
        }

        var speaker = ctx.TokenAtOrAfter(c.Speaker.Start);
        for (var k = speaker - 1; k >= 0 && ctx.Tokens[k].Start >= c.Attribution.Start; k--)
        {
            if (ctx.IsMark(k, ',') && ctx.SentenceAdverbialAt(k + 1, speaker - 1, SentenceAdverbialRole.Connective) > 0)
            {
                return ctx.Tokens[k].End;
            }
        }

        return c.Attribution.Start;
    }

    // The day of a TIME that writes its date (`Senin (9/6/2025) pukul 14.00 WIB`, `9 Juni 2025 14.00`); a bare clock
    // (`pukul 14.00 WIB`) only borrows its day from elsewhere, so the sentence gives no date with it.
    private static string? DayOfTime(Dates.TemporalExpression time)
    {
        var written = time.Text.AsSpan().TrimStart();
        if (time.Value is not { Length: > 10 } value || value[10] != 'T' || written.IsEmpty || !IsDay(value[..10]) ||
            written.StartsWith("pukul", StringComparison.OrdinalIgnoreCase) || written.StartsWith("jam", StringComparison.OrdinalIgnoreCase) ||
            StartsWithClock(written))
        {
            return null;
        }

        return value[..10];
    }

    // `14.00`, `9:30`: one or two digits, a period or colon, two digits.
    private static bool StartsWithClock(ReadOnlySpan<char> s)
    {
        var digits = 0;
        while (digits < s.Length && digits < 3 && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        return digits is 1 or 2 && s.Length >= digits + 3 && s[digits] is '.' or ':' && char.IsAsciiDigit(s[digits + 1]) && char.IsAsciiDigit(s[digits + 2]);
    }

    // `Marcos Jr, yang akan memegang keketuaan ASEAN pada 2026, berjanji …`: a date inside a relative clause about the
    // speaker dates the speaker, not the statement. The clause opens with `yang` after the last comma before the date.
    private static bool InRelativeClause(string text, int attributionStart, int dateStart)
    {
        var segment = text.AsSpan(attributionStart, dateStart - attributionStart);
        var comma = segment.LastIndexOf(',');
        if (comma < 0)
        {
            return false;
        }

        segment = segment[(comma + 1)..].TrimStart();
        return segment.StartsWith("yang ", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDay(string value) => value.Length == 10 && value[4] == '-' && value[7] == '-' && char.IsAsciiDigit(value[9]);

    private static ImmutableArray<string> About(ImmutableArray<Entities.EntityMention> entities, TextSpan content)
    {
        List<string>? about = null;
        for (var i = SortedByStart.FirstAtOrAfter(entities, static e => e.Start, content.Start); i < entities.Length; i++)
        {
            var e = entities[i];
            if (e.Start >= content.End)
            {
                break;
            }

            if (content.Contains(e.Span) && !(about?.Contains(e.Canonical) ?? false))
            {
                (about ??= []).Add(e.Canonical);
            }
        }

        return about is null ? ImmutableArray<string>.Empty : [.. about];
    }
}
