using Geopolitics.Nlp.Text;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Reads a subject backwards from the word before its verb, comma segment by comma segment: a segment joins the
/// subject only when the two form an apposition (<c>Ilya Dyachkov, profesor di MGIMO,</c>) or a list
/// (<c>Australia, Jepang, dan Korea Selatan</c>).
/// </summary>
internal static class SubjectSegments
{
    /// <summary>Nouns that head a subject: a subordinate clause right after one is the subject's adjunct.</summary>
    private const SpeakerWordRole SubjectNouns = SpeakerWordRole.Title | SpeakerWordRole.Noun | SpeakerWordRole.Body | SpeakerWordRole.Generic |
                                                 SpeakerWordRole.Organization;

    /// <summary>The most tokens a subject with its appositions may span.</summary>
    public const int MaxSubjectTokens = 40;

    /// <summary>The most tokens one comma-free segment may span.</summary>
    public const int MaxSegmentTokens = 18;

    // The most tokens the first title of a double post may add to a segment (`Menteri Pelindungan Pekerja Migran
    // Indonesia (P2MI)/`).
    private const int MaxSecondTitleTokens = 10;

    // The most tokens of a name that a lower-case description follows (`Pemerintah Persatuan Nasional (NUG),`).
    private const int MaxNameTokens = 7;

    /// <summary>
    /// The subject that ends at token <paramref name="end"/>, or <see langword="null"/>; <paramref name="afterPredicate"/>
    /// tells whether a predicate stands right before it (<c>yang membantu Rusia menegaskan</c>).
    /// </summary>
    public static TextSpan? Before(ClaimContext ctx, int first, int end, out bool afterPredicate)
    {
        // Walk back segment by segment (segments are separated by commas); join a segment to the subject only when the
        // two form an apposition or a list.
        var segmentStart = SegmentStart(ctx, first, end);
        afterPredicate = segmentStart - 1 >= first && ctx.LooksLikePredicate(segmentStart - 1);
        if (segmentStart > end)
        {
            return null;
        }

        int start;

        start = segmentStart;
        var (frontedAdjunctStart, frontedAdjunctEnd) = (-1, -1);
        while (start - 2 >= first && ctx.IsMark(start - 1, ',') && end - start < MaxSubjectTokens)
        {
            if (OpensClauseWithTime(ctx, start, end))
            {
                break; // `…, dan hanya beberapa hari kemudian Washington mengumumkan`: a clause of its own, with its own subject
            }

            var leftEnd = start - 2;
            var leftStart = SegmentStart(ctx, first, leftEnd);
            // `Dari dalam negeri, Menteri ESDM …`, `Dari pihak Kamboja, …`: a sentence that opens with `dari` opens with where
            // the voice comes from (inside a phrase, `dari` belongs to it: `Pengamat dari UGM, Arie Sudjito,`).
            var opensWithDari = leftStart == first && ctx.IsWordText(leftStart, "dari");
            if (leftStart <= leftEnd && (opensWithDari || ctx.Is(leftStart, SpeakerWordRole.Intro | SpeakerWordRole.Circumstance) ||
                                         (leftStart > first && ctx.Is(leftStart - 1, SpeakerWordRole.Circumstance)))) // `… melalui partainya,`: `melalui` ends the segment as a me- word
            {
                (frontedAdjunctStart, frontedAdjunctEnd) = (leftStart, leftEnd);
            }

            if (leftStart > leftEnd || opensWithDari || ctx.Is(leftStart, SpeakerWordRole.Intro | SpeakerWordRole.Circumstance | SpeakerWordRole.Time) || !ctx.IsWord(leftStart) ||
                (leftStart == first && OpensWithVerb(ctx, leftStart)) || IsCitationVerb(ctx, leftStart) || (leftStart > first && IsCitationVerb(ctx, leftStart - 1)) ||
                IsSentenceAdverbial(ctx, leftStart, leftEnd))
            {
                break; // `Menanggapi hal itu, Menteri Keuangan …`: a participial phrase opens the sentence
            }

            var rightOpensApposition = ctx.Is(start, SpeakerWordRole.Title | SpeakerWordRole.Honorific) ||
                                       ctx.IsWordText(start, "dan") || ctx.IsWordText(start, "serta") ||
                                       ctx.IsWordText(start, "selaku") || ctx.IsWordText(start, "sebagai"); // `X, selaku tuan rumah,`
            var leftIsTitle = ctx.Is(leftStart, SpeakerWordRole.Title) && ctx.IsCapitalized(start);
            var leftIsName = SourcePhraseReader.AllCapitalized(ctx, leftStart, leftEnd) && ctx.IsCapitalized(start) && leftEnd - leftStart < 3 && end - start < 3;
            // `Australia, Jepang, dan …`, `…, serta Turki, Iran, dan Pakistan`: a name before the names of a list.
            var leftContinuesList = leftEnd - leftStart < 4 && ctx.IsCapitalized(start) && SpeakerNames.HasCoordination(ctx, ctx.Span(start, end), firstSegmentOnly: false) &&
                                    ((ctx.IsWordText(leftStart, "serta") || ctx.IsWordText(leftStart, "dan")) && ctx.IsCapitalized(leftStart + 1) ||
                                     SourcePhraseReader.AllCapitalized(ctx, leftStart, leftEnd));
            if (!(rightOpensApposition || leftIsTitle || leftIsName || leftContinuesList || DescribesName(ctx, leftStart, leftEnd, start, end) ||
                  PlaceGoesOn(ctx, leftStart, leftEnd, start)))
            {
                break;
            }

            start = leftStart;
        }

        if (frontedAdjunctEnd >= 0 && frontedAdjunctEnd == start - 2 && !IsSentenceAdverbial(ctx, frontedAdjunctStart, frontedAdjunctEnd) &&
            AppositionOfAdjunct(ctx, frontedAdjunctEnd, start, end) is var subjectStart and > 0)
        {
            // `Dalam wawancara dengan stasiun televisi lokal, NHK, Takaichi menegaskan`, `Melalui juru bicaranya, Stephane
            // Dujarric, Sekjen PBB …`: the name right after a fronted adjunct names the adjunct's last noun, not the speaker.
            start = subjectStart;
        }

        // `…, sehari setelah Presiden AS Donald Trump mengumumkan`: the subject of a subordinate clause follows its conjunction;
        // so does a common noun's after a predicate (`Pasar saham anjlok setelah bank sentral Jepang mengumumkan`), not after
        // a noun of the subject, whose adjunct the clause is (`Pihak kepolisian usai olah TKP menyatakan`).
        for (var k = end - 1; k >= start; k--)
        {
            if (ctx.Is(k, SpeakerWordRole.Subordinator) && !ctx.IsCapitalized(k) && !ctx.Is(k + 1, SpeakerWordRole.Time) && // `sejak Mei`: a time, no subject
                (ctx.NamesSpeaker(k + 1) || (!ctx.Is(k - 1, SubjectNouns) && !ctx.IsCapitalized(k - 1) && !ctx.IsMark(k - 1, ')') && OpensNounPhrase(ctx, k + 1))))
            {
                start = k + 1;
                afterPredicate = false; // the clause has a subject of its own, whatever predicate comes before it
                break;
            }
        }

        // `Liputan6.com, Jakarta Menteri Keuangan …`: a dateline without a dash runs into the subject's segment.
        if (start > first && Dateline.Skip(ctx, first, end) is var dated && dated > start && dated <= end)
        {
            start = dated;
        }

        while (start <= end && ((ctx.Is(start, SpeakerWordRole.Link | SpeakerWordRole.Source) && !ctx.IsCapitalized(start)) || ctx.IsQuoteMark(start) ||
                                (ctx.Is(start, SpeakerWordRole.Opener) && start < end && ctx.NamesSpeaker(start + 1))))
        {
            start++; // `Namun Putin mengatakan`: the sentence's conjunction is no part of the speaker
        }

        // `Selama ini Ankara menuding`, `Kemarin Sugiono menyatakan`, `Bagaimanapun Menteri X menegaskan`: a connective or a
        // time adverbial opens the sentence before its subject, with or without a comma.
        // So does an interval counted from the last event (`Dua hari kemudian Moskow mengumumkan`); after either, a common
        // noun is the subject too (`Sehari kemudian pemerintah mengumumkan`).
        var listed = ctx.SentenceAdverbialAt(start, end - 1, SentenceAdverbialRole.Connective | SentenceAdverbialRole.Time);
        if ((listed > 0 ? listed : IntervalPhrase.Length(ctx, start, end - 1)) is var adverbial and > 0)
        {
            var after = ctx.IsMark(start + adverbial, ',') ? start + adverbial + 1 : start + adverbial;
            if (after <= end && (ctx.NamesSpeaker(after) || OpensNounPhrase(ctx, after)))
            {
                start = after;
            }
        }

        if (start + 2 <= end && ctx.Is(start, SpeakerWordRole.Opener | SpeakerWordRole.Plural) && ctx.IsMark(start + 1, ',') && ctx.NamesSpeaker(start + 2))
        {
            start += 2; // `Ketiga, Tedjo mengatakan`: an enumeration ("thirdly"), not a group
        }

        return start <= end ? ctx.Span(start, end) : null;
    }


    // `Kim Yo Jong, adik Kim Jong Un,`; `Pemerintah Persatuan Nasional (NUG), pemerintahan bayangan yang …`: a short name
    // and a lower-case description of it that names someone or goes on with a relative clause. The description must be
    // closed, by the comma before the verb or by `yang`: one that runs into the verb is the subject itself, after a
    // sentence adverb no list knows (`Akibatnya, warga Gaza mengatakan`).
    private static bool DescribesName(ClaimContext ctx, int leftStart, int leftEnd, int start, int end)
    {
        if (leftEnd - leftStart >= MaxNameTokens || !SourcePhraseReader.AllCapitalized(ctx, leftStart, leftEnd) || ctx.CueOf(leftStart) != CueRole.None ||
            ctx.Is(leftStart, SpeakerWordRole.Opener | SpeakerWordRole.Subordinator) ||
            !ctx.IsWord(start) || ctx.IsCapitalized(start) || ctx.LooksLikePredicate(start) || ctx.CueOf(start) != CueRole.None ||
            ctx.Is(start, SpeakerWordRole.Link | SpeakerWordRole.Adverb | SpeakerWordRole.Pronoun | SpeakerWordRole.Intro | SpeakerWordRole.Circumstance |
                          SpeakerWordRole.Time | SpeakerWordRole.Opener | SpeakerWordRole.Subordinator | SpeakerWordRole.Negation))
        {
            return false;
        }

        var segmentEnd = start;
        while (segmentEnd < end && !ctx.IsMark(segmentEnd + 1, ','))
        {
            segmentEnd++;
        }

        if (segmentEnd == end && !ctx.IsMark(end + 1, ',') && !ctx.IsWordText(end + 1, "yang"))
        {
            return false;
        }

        for (var k = start + 1; k <= segmentEnd; k++)
        {
            if (ctx.IsCapitalized(k))
            {
                return true;
            }
        }

        return ctx.IsWordText(segmentEnd + 1, "yang");
    }

    // A lower-case word that can open a subject noun phrase (`bank sentral Jepang`, `pemerintah`): no predicate, cue,
    // adverb, time, occasion or function word.
    private static bool OpensNounPhrase(ClaimContext ctx, int t) =>
        ctx.IsWord(t) && !ctx.IsCapitalized(t) && !ctx.LooksLikePredicate(t) && ctx.CueOf(t) == CueRole.None &&
        !ctx.IsWordText(t, "yang") && !ctx.IsWordText(t, "itu") && !ctx.IsWordText(t, "ini") && !ctx.IsWordText(t, "tersebut") &&
        !ctx.Is(t, SpeakerWordRole.Adverb | SpeakerWordRole.Aspect | SpeakerWordRole.Negation | SpeakerWordRole.Modal | SpeakerWordRole.Link |
                   SpeakerWordRole.Subordinator | SpeakerWordRole.Time | SpeakerWordRole.Intro | SpeakerWordRole.Circumstance | SpeakerWordRole.Occasion |
                   SpeakerWordRole.Opener | SpeakerWordRole.Count);

    // `…, dan hanya beberapa hari kemudian Washington …`, `…, Sehari kemudian pemerintah …`: the segment from token `start`
    // opens a new clause with a time phrase (after `dan`/`serta`), so it joins no segment before it.
    private static bool OpensClauseWithTime(ClaimContext ctx, int start, int end)
    {
        var t = ctx.Is(start, SpeakerWordRole.Link) && !ctx.IsCapitalized(start) ? start + 1 : start;
        return IntervalPhrase.Length(ctx, t, end - 1) > 0 || (t > start && IntervalPhrase.TimeAt(ctx, t, end - 1) > 0);
    }

    // The first token of the subject after a name in apposition to the fronted adjunct that ends at token `adjunctEnd`
    // (`Dalam wawancara dengan stasiun televisi lokal, NHK, Takaichi`): the adjunct ends in a lower-case noun, the
    // segment from token `start` is a name only, and the segment after it opens with a name or a capitalized title (a
    // lower-case one describes the name: `Di sisi lain, X, pendiri Y, berpendapat`); else 0.
    private static int AppositionOfAdjunct(ClaimContext ctx, int adjunctEnd, int start, int end)
    {
        if (ctx.IsCapitalized(adjunctEnd) || !ctx.IsWord(adjunctEnd) || ctx.IsWordText(adjunctEnd, "itu") || ctx.IsWordText(adjunctEnd, "ini") ||
            ctx.IsWordText(adjunctEnd, "tersebut") || ctx.Is(start, SpeakerWordRole.Title | SpeakerWordRole.Honorific))
        {
            return 0;
        }

        var k = start;
        while (k < end && ctx.IsCapitalized(k))
        {
            k++;
        }

        if (k == start || k + 1 > end || !ctx.IsMark(k, ',') || !ctx.IsCapitalized(k + 1))
        {
            return 0;
        }

        for (var j = k + 1; j < end; j++)
        {
            if (ctx.IsWordText(j, "dan") || ctx.IsWordText(j, "serta"))
            {
                return 0; // `Dalam konferensi pers, Retno, Wong, dan Motegi menegaskan`: a list of speakers, no apposition
            }
        }

        // A title alone after the name describes it (`Dalam kesempatan berbeda, Sugiono, Menlu RI, mengatakan`); a title
        // with a name of its own is the speaker (`Sekjen PBB Antonio Guterres`).
        var last = k + 1;
        while (last < end && !ctx.IsMark(last + 1, ','))
        {
            last++;
        }

        return !ctx.Is(k + 1, SpeakerWordRole.Title) || (last - 1 > k + 1 && IsNameWord(ctx, last) && IsNameWord(ctx, last - 1)) ? k + 1 : 0;
    }

    // A capitalized word that is no title, organization word or acronym (`RI`, `PBB`): part of a person's name.
    private static bool IsNameWord(ClaimContext ctx, int t) =>
        ctx.IsCapitalized(t) && !ctx.Is(t, SpeakerWordRole.Title | SpeakerWordRole.Organization) && ctx.Tokens[t].AsSpan()[1..].ContainsAnyInRange('a', 'z');

    // `Warga di Kampung Baru, Kuala Lumpur,`, `Keluarga korban di Desa Sakra, Kecamatan Sakra, Lombok Timur,`: a segment
    // that ends in `di` and a place goes on with the larger place the next segment names.
    private static bool PlaceGoesOn(ClaimContext ctx, int leftStart, int leftEnd, int start)
    {
        if (!ctx.IsCapitalized(start) || !ctx.IsCapitalized(leftEnd))
        {
            return false;
        }

        for (var k = leftEnd - 1; k > leftStart && leftEnd - k <= MaxNameTokens; k--)
        {
            if (ctx.IsWordText(k, "di") && !ctx.IsCapitalized(k))
            {
                return true;
            }

            if (!ctx.IsCapitalized(k))
            {
                return false;
            }
        }

        return false;
    }

    // `Kendati demikian, Menteri …`, `Dengan demikian, Kepala BNPB …`: a comma segment that is a sentence connective or
    // time adverbial is no apposition of the subject after it.
    private static bool IsSentenceAdverbial(ClaimContext ctx, int leftStart, int leftEnd) =>
        ctx.SentenceAdverbialAt(leftStart, leftEnd, SentenceAdverbialRole.Connective | SentenceAdverbialRole.Time) == leftEnd - leftStart + 1;

    // `Dikutip Reuters, manajer City Manuel Pellegrini mengatakan`, `Seperti dilansir AFP, …`: the outlet the report is
    // taken from opens the sentence and is no part of the speaker.
    private static bool IsCitationVerb(ClaimContext ctx, int t) => ctx.Is(t, SpeakerWordRole.Citation);

    // `Menanggapi hal itu`, `Menyikapi hal tersebut`: a capitalized meN- verb with a lower-case object opens the sentence.
    private static bool OpensWithVerb(ClaimContext ctx, int t) =>
        ctx.IsCapitalized(t) && ctx.Tokens[t].Length >= 7 && ctx.Tokens[t].AsSpan().StartsWith("Me", StringComparison.Ordinal) &&
        ctx.IsWord(t + 1) && !ctx.IsCapitalized(t + 1) && !ctx.Is(t, SpeakerWordRole.Title);

    // The first token of the comma-free segment that ends at token `end`, stopping at predicates and other punctuation.
    private static int SegmentStart(ClaimContext ctx, int first, int end)
    {
        var k = end;
        var depth = ctx.IsMark(end, ')') ? 1 : 0; // `Front Perlawanan (The Resistance Front/TRF)`: the bracket holds any mark
        var limit = MaxSegmentTokens;
        while (k - 1 >= first && end - k < limit)
        {
            var p = k - 1;
            if (ctx.IsMark(p, ')'))
            {
                depth++;
            }
            else if (ctx.IsMark(p, '('))
            {
                depth--;
            }
            else if (depth <= 0 && IsInnerHyphen(ctx, p))
            {
                // `Kolonel-Mayor`, `Thomas-Greenfield`: a hyphenated word stays whole.
            }
            else if (depth <= 0 && IsTitleSlash(ctx, p) && limit == MaxSegmentTokens)
            {
                // A double post stays whole (`Menteri PPN/Kepala Bappenas`, `Konga XXIII-S/UNIFIL`), with room for a second title.
                limit += MaxSecondTitleTokens;
            }
            else if (depth <= 0 && IsCount(ctx, p))
            {
                // `perempuan berusia 30 tahun`: a number with its unit describes the subject.
            }
            else if (depth <= 0 && (!ctx.IsWord(p) || ctx.LooksLikePredicate(p) || ctx.CueOf(p) == CueRole.Verb || ctx.IsWordText(p, "yang") || IsCopula(ctx, p)))
            {
                break;
            }

            k = p;
        }

        // A segment that opens with an introductory word (`Dalam pertemuan itu Lavrov`) is not all subject.
        return k;
    }

    // A number followed by a lower-case word, its unit (`30 tahun`), after a word of the same segment.
    private static bool IsCount(ClaimContext ctx, int t) =>
        (uint)t < (uint)ctx.Tokens.Length && ctx.Tokens[t].Kind == TokenKind.Number && ctx.IsWord(t - 1) && ctx.IsWord(t + 1) && !ctx.IsCapitalized(t + 1);

    // A hyphen with a word on each side and no space around it.
    private static bool IsInnerHyphen(ClaimContext ctx, int t) =>
        ctx.IsMark(t, '-') && ctx.IsWord(t - 1) && ctx.IsWord(t + 1) &&
        ctx.Tokens[t - 1].End == ctx.Tokens[t].Start && ctx.Tokens[t].End == ctx.Tokens[t + 1].Start;

    // A slash that joins two capitalized parts of a title without spaces (`PPN/Kepala`, `(P2MI)/Kepala`, `XXIII-S/UNIFIL`).
    private static bool IsTitleSlash(ClaimContext ctx, int t) =>
        t > 0 && t + 1 < ctx.Tokens.Length && ctx.IsMark(t, '/') && (ctx.IsCapitalized(t - 1) || ctx.IsMark(t - 1, ')')) && ctx.IsCapitalized(t + 1) &&
        ctx.Tokens[t - 1].End == ctx.Tokens[t].Start && ctx.Tokens[t].End == ctx.Tokens[t + 1].Start;

    // `Ini adalah peristiwa penting yang …`: a copula ends the subject like any predicate.
    private static bool IsCopula(ClaimContext ctx, int t) => ctx.IsWordText(t, "adalah") || ctx.IsWordText(t, "ialah");
}
