using System.Buffers;
using Geopolitics.Nlp.Sentences;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Dates;

/// <summary>
/// Finds temporal expressions by walking each sentence's tokens once, left to right: at each token it tries the
/// patterns that can start there (hand-written matchers over a few tokens of look-ahead, so time is linear in the
/// text) and, on a match, continues after it. It reads fields; <see cref="DateNormalizer"/> turns them into values.
/// The sentences are given, not found: the caller's splitter decides where a pattern must stop.
/// </summary>
internal sealed class DateRecognizer(DateLexicon lexicon)
{
    /// <summary>The recognizer over the embedded word lists.</summary>
    public static DateRecognizer Default { get; } = new(DateLexicon.Default);

    /// <summary>
    /// Appends the expressions in <paramref name="tokens"/> to <paramref name="output"/>, in text order. Each sentence
    /// is a range of <paramref name="tokens"/>; with no sentences the tokens are read as one.
    /// </summary>
    public void Recognize(ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, List<DateCandidate> output, CancellationToken cancellationToken = default)
    {
        var buffer = ArrayPool<WordInfo>.Shared.Rent(tokens.Length);
        try
        {
            var words = buffer.AsSpan(0, tokens.Length);
            for (var k = 0; k < tokens.Length; k++)
            {
                if ((k & 4095) == 4095)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var token = tokens[k];
                words[k] = token.Kind == TokenKind.Number || (token.Kind == TokenKind.Punctuation && token.Length == 1 && token.AsSpan()[0] is not ('-' or '\u2013'))
                    ? default
                    : lexicon.Find(token.AsSpan());
            }

            if (sentences.IsEmpty)
            {
                RecognizeSentence(new TokenView(tokens, words, lexicon), 0, output);
                return;
            }

            for (var s = 0; s < sentences.Length; s++)
            {
                if (s % 256 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var first = Math.Clamp(sentences[s].FirstToken, 0, tokens.Length);
                var count = Math.Clamp(sentences[s].TokenCount, 0, tokens.Length - first);
                RecognizeSentence(new TokenView(tokens.Slice(first, count), words.Slice(first, count), lexicon), s, output);
            }
        }
        finally
        {
            buffer.AsSpan(0, tokens.Length).Clear(); // only the part used: the pooled buffer may be far longer
            ArrayPool<WordInfo>.Shared.Return(buffer);
        }
    }

    internal static DateCandidate Calendar(int start, int end, DateFields from) =>
        new() { Start = start, End = end, Kind = CandidateKind.Calendar, From = from, Zone = int.MinValue };

    private static void RecognizeSentence(TokenView t, int sentence, List<DateCandidate> output)
    {
        var preceding = Preceding.None;
        var previousEnd = -1; // the token after the sentence's previous expression
        var i = 0;
        while (i < t.Length)
        {
            // `Nomor 6 Tahun 2023`: a document's number, whose count and year are words of its name.
            if (DocumentNames.SkipNumber(t, i) is var afterNumber and > 0)
            {
                i = afterNumber;
                continue;
            }

            // `Resolusi 1701 tahun 2006`: the resolution's number, then the year it dates.
            if (DocumentNames.SkipNumberBeforeYear(t, i) is var afterName and > 0)
            {
                i = afterName;
                continue;
            }

            if (CanStart(t, i) && TryAt(t, i, preceding, out var candidate, out var next))
            {
                // `Jalan 10 November`, `Lapangan 13 Mei`: a day and month that name a place.
                if (IsInPlaceName(t, i, candidate))
                {
                    i = next;
                    continue;
                }

                var tense = candidate.Tense != Tense.None ? candidate.Tense : TenseCues.Find(t, i, next);
                ShareZone(t, output, candidate, previousEnd, i);
                if (previousEnd >= 0 && DateRanges.TryJoin(t, output[^1], previousEnd, candidate, i, out var range))
                {
                    output[^1] = range;
                    candidate = range;
                }
                else
                {
                    output.Add(candidate with { Tense = tense, Sentence = sentence });
                }

                previousEnd = next;
                preceding = Preceding.After(candidate, next);
                i = next;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="c"/>, a date of days starting at <paramref name="i"/>, follows a capitalized head of a place's
    /// name (<c>Jalan 10 November</c>, <c>Stadion 23 Agustus</c>; <c>placehead</c> in <c>temporal-words.tsv</c>): a word
    /// of the name (ANNOTATION.md: numbers inside names are not dates).
    /// </summary>
    private static bool IsInPlaceName(TokenView t, int i, in DateCandidate c) =>
        c.Kind == CandidateKind.Calendar && c.From.Day != 0 && c.Weekday == 0 && t.IsNumber(i) && i > 0 &&
        t.Word(i - 1).Is(WordClass.PlaceHead) && char.IsUpper(t[i - 1].AsSpan()[0]);

    /// <summary>
    /// "pukul 14.00 hingga 16.30 WIB", "antara pukul 19.00 dan 21.00 WIB": a zone written once, after a range or pair of
    /// clock times, is the zone of both; only a connective may stand between them.
    /// </summary>
    private static void ShareZone(TokenView t, List<DateCandidate> output, in DateCandidate candidate, int previousEnd, int start)
    {
        if (candidate.Kind != CandidateKind.Time || candidate.Zone == int.MinValue || previousEnd < 0 || start - previousEnd != 1 ||
            output[^1] is not { Kind: CandidateKind.Time, Zone: int.MinValue } previous || !(t.IsRange(previousEnd) || t.Is(previousEnd, "dan")))
        {
            return;
        }

        output[^1] = previous with { Zone = candidate.Zone };
    }

    // Only numbers, date words, reduplicated words (bertahun-tahun), hyphenated counts (lima-enam) and a year glued to a
    // Hijri era word (H/2025) can start an expression.
    private static bool CanStart(TokenView t, int i) =>
        t[i].Kind == TokenKind.Number || t.Word(i).Classes != WordClass.None || YearParts.IsQuarterCode(t[i].AsSpan()) ||
        (t[i].Length > 4 && t[i].AsSpan().Contains('-')) || (t[i].Length > 5 && t[i].AsSpan().Contains('/'));

    private static bool TryAt(TokenView t, int i, Preceding preceding, out DateCandidate c, out int next)
    {
        var w = t.Word(i);

        // "1446 H/2025 M": the Gregorian twin glued to a Hijri year's era word.
        if (w.Classes == WordClass.None && t[i].Kind != TokenKind.Number && YearEras.TryGluedTwin(t, i, out c, out next))
        {
            return true;
        }

        // "setiap tahun", "tiap Senin", "sebulan sekali": recurrences.
        if ((w.Is(WordClass.Every) || w.Is(WordClass.SeUnit)) && Recurrences.TrySet(t, i, out c, out next))
        {
            return true;
        }

        // "setiap Rabu dan Sabtu": the second weekday recurs too.
        if (w.Is(WordClass.Weekday) && Recurrences.TryListedWeekday(t, i, preceding, out c, out next))
        {
            return true;
        }

        // "tanggal 21 Januari", "bulan September tahun 2023": the noun belongs to the span.
        if ((w.Is(WordClass.Noun) || t.Is(i, "bulan")) && TryCore(t, i + 1, preceding, out c, out next) && c.Kind == CandidateKind.Calendar)
        {
            c = c with { Start = t[i].Start };
            return true;
        }

        // "akhir tahun lalu" (END), "awal bulan ini" (START), "pertengahan 2024" (MID).
        if (w.Is(WordClass.Part) && TryPartOf(t, i, w, preceding, out c, out next))
        {
            return true;
        }

        // "pekan pertama Februari" (START), "minggu kedua Maret" (MID), "pekan terakhir Juni 2025" (END).
        if ((t.Is(i, "pekan") || t.Is(i, "minggu")) && TryWeekOfMonth(t, i, preceding, out c, out next))
        {
            return true;
        }

        // "lebih dari 30 tahun" (MORE_THAN), "sekitar dua pekan" (APPROX), "lebih sepekan lalu" (BEFORE).
        if (w.Is(WordClass.Approx) && TryApproximate(t, i, w, preceding, out c, out next))
        {
            return true;
        }

        return TryCore(t, i, preceding, out c, out next);
    }

    private static bool TryApproximate(TokenView t, int i, WordInfo w, Preceding preceding, out DateCandidate c, out int next)
    {
        // `kurang lebih dua jam`, `lebih kurang sepekan`: "more or less", about.
        var aboutPair = (t.Is(i, "kurang") && t.Is(i + 1, "lebih")) || (t.Is(i, "lebih") && t.Is(i + 1, "kurang"));
        var wordMod = aboutPair ? TimexMod.Approx : w.Mod;
        var first = aboutPair ? i + 1 : i;
        var k = t.Is(first + 1, "dari") || t.Is(first + 1, "lama") ? first + 2 : first + 1;
        if (!TryCore(t, k, preceding, out c, out next) || c.Mod is not null)
        {
            return false;
        }

        if (c.Kind == CandidateKind.Duration || (c.Kind == CandidateKind.Time && wordMod == TimexMod.Approx))
        {
            c = c with { Start = t[i].Start, Mod = wordMod };
            return true;
        }

        // "lebih sepekan lalu" is a day more than seven days back: BEFORE that day; "hampir sebulan lalu" is AFTER it.
        if (c.Kind == CandidateKind.Relative && c.Unit is "D" or "W" or "M" or "Y")
        {
            var past = c.Amount < 0;
            var mod = wordMod switch
            {
                TimexMod.MoreThan or TimexMod.EqualOrMore => past ? TimexMod.Before : TimexMod.After,
                TimexMod.LessThan or TimexMod.EqualOrLess => past ? TimexMod.After : TimexMod.Before,
                _ => TimexMod.Approx,
            };
            c = c with { Start = t[i].Start, Mod = mod, Exact = true };
            return true;
        }

        return false;
    }

    /// <summary>
    /// A numbered week of a month (<c>pekan pertama Februari</c>, <c>minggu ketiga bulan ini</c>, <c>pekan terakhir Juni
    /// 2025</c>): the month with the part of it the week falls in, as <c>awal Februari</c> is (TIMEX3 has no week of a
    /// month, and ISO weeks straddle months). The first week is the START, the second and third the MID, the fourth, the
    /// fifth and the last the END.
    /// </summary>
    private static bool TryWeekOfMonth(TokenView t, int i, Preceding preceding, out DateCandidate c, out int next)
    {
        TimexMod? mod = t.Is(i + 1, "terakhir") ? TimexMod.End : t.Word(i + 1).Is(WordClass.Ordinal) ? t.Word(i + 1).Number switch
        {
            1 => TimexMod.Start,
            2 or 3 => TimexMod.Mid,
            4 or 5 => TimexMod.End,
            _ => null,
        } : null;
        if (mod is null || !TryCore(t, i + 2, preceding, out c, out next) || c.Mod is not null || !c.To.IsEmpty ||
            !((c.Kind == CandidateKind.Calendar && c.From is { Month: not 0, Day: 0 } && c.Weekday == 0) || (c.Kind == CandidateKind.Relative && c.Unit == "month")))
        {
            c = default;
            next = i;
            return false;
        }

        c = c with { Start = t[i].Start, Mod = mod };
        return true;
    }

    private static bool TryPartOf(TokenView t, int i, WordInfo part, Preceding preceding, out DateCandidate c, out int next)
    {
        // "akhir pekan ini" is the weekend (TIMEX 2025-W36-WE), not the end of a week; "awal pekan ini" is the week's start.
        if (t.Is(i + 1, "pekan") || t.Is(i + 1, "minggu"))
        {
            if (!RelativeDates.TryRelative(t, i + 1, out c, out next) || c.Unit != "week")
            {
                c = default;
                return false;
            }

            c = part.Mod == TimexMod.End ? c with { Start = t[i].Start, Unit = "weekend" } : c with { Start = t[i].Start, Mod = part.Mod };
            return true;
        }

        if (TryCore(t, i + 1, preceding, out c, out next) && c.Kind is CandidateKind.Calendar or CandidateKind.Relative or CandidateKind.Century or CandidateKind.Decade or CandidateKind.YearPart
            && c.To.IsEmpty && c.Mod is null)
        {
            c = c with { Start = t[i].Start, Mod = part.Mod };
            return true;
        }

        // "akhir tahun", "awal bulan": the current period.
        if (t.Is(i + 1, "tahun") || t.Is(i + 1, "bulan"))
        {
            var unit = t.Is(i + 1, "tahun") ? "year" : "month";
            c = new DateCandidate { Start = t[i].Start, End = t[i + 1].End, Kind = CandidateKind.Relative, Unit = unit, Amount = 0, Mod = part.Mod, Zone = int.MinValue };
            next = i + 2;
            return true;
        }

        return false;
    }

    private static bool TryCore(TokenView t, int i, Preceding preceding, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        if ((uint)i >= (uint)t.Length)
        {
            return false;
        }

        if (t[i].Kind == TokenKind.Number)
        {
            return NumericDates.TryNumber(t, i, preceding, out c, out next);
        }

        var w = t.Word(i);
        if (Durations.TrySeForm(t, i, out c, out next) || Durations.TryHyphenatedCounts(t, i, out c, out next) || (w.Number != 0 && Durations.TryCount(t, i, out c, out next)) ||
            Durations.TryReduplicated(t, i, out c, out next) || RelativeDates.TryRelative(t, i, out c, out next) ||
            YearParts.TryYearPart(t, i, out c, out next))
        {
            return true;
        }

        if (w.Is(WordClass.Weekday))
        {
            return NamedDates.TryWeekday(t, i, w, out c, out next);
        }

        if (w.Is(WordClass.Month))
        {
            return NamedDates.TryMonth(t, i, w, out c, out next);
        }

        if (t.Is(i, "tahun") && t.IsNumber(i + 1) && NumericDates.TryNumber(t, i + 1, preceding, out c, out next) && c.Kind == CandidateKind.Decade)
        {
            c = c with { Start = t[i].Start };
            return true;
        }

        var afterYear = i;
        if (t.Is(i, "tahun") && NumericDates.TryYearAfter(t, ref afterYear, out var year))
        {
            // "tahun 2024", "tahun 2025 Masehi", "tahun 2024 lalu".
            var k = afterYear;
            var tense = NumericDates.ReadDeictic(t, ref k, out _);
            c = Calendar(t[i].Start, t.EndOf(k - 1), new DateFields(year, 0, 0)) with { Tense = tense };
            next = k;
            return true;
        }

        if (t.Is(i, "abad") && i + 1 < t.Length && Numerals.TryOrdinal(t[i + 1].AsSpan(), out var century))
        {
            c = new DateCandidate { Start = t[i].Start, End = t[i + 1].End, Kind = CandidateKind.Century, Amount = century, Zone = int.MinValue };
            next = i + 2;
            return true;
        }

        return (t.Is(i, "pukul") || t.Is(i, "jam")) && ClockTimes.TryTime(t, i, out c, out next);
    }
}
