using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Dates;

/// <summary>
/// Finds temporal expressions by walking the tokens once, left to right: at each token it tries the patterns that can
/// start there (a hand-written matcher over a few tokens of look-ahead, so time is linear in the text) and, on a match,
/// continues after it. It reads fields; <see cref="DateNormalizer"/> turns them into values.
/// </summary>
internal sealed partial class DateRecognizer(DateLexicon lexicon)
{
    private const int TenseWindow = 10;

    /// <summary>The recognizer over the embedded word lists.</summary>
    public static DateRecognizer Default { get; } = new(DateLexicon.Default);

    /// <summary>Appends the expressions in <paramref name="tokens"/> to <paramref name="output"/>, in text order.</summary>
    public void Recognize(ReadOnlySpan<Token> tokens, List<DateCandidate> output)
    {
        var buffer = System.Buffers.ArrayPool<WordInfo>.Shared.Rent(tokens.Length);
        try
        {
            var words = buffer.AsSpan(0, tokens.Length);
            for (var k = 0; k < tokens.Length; k++)
            {
                var token = tokens[k];
                words[k] = token.Kind == TokenKind.Number || (token.Kind == TokenKind.Punctuation && token.Length == 1 && token.AsSpan()[0] is not ('-' or '\u2013'))
                    ? default
                    : lexicon.Find(token.AsSpan());
            }

            var t = new TokenView(tokens, words);
            var i = 0;
            while (i < t.Length)
            {
                // Only numbers and date words can start an expression.
                if ((t[i].Kind == TokenKind.Number || t.Word(i).Classes != WordClass.None) && TryAt(t, i, out var candidate, out var next))
                {
                    output.Add(candidate with { Tense = candidate.Tense != Tense.None ? candidate.Tense : FindTense(t, i, next) });
                    i = next;
                }
                else
                {
                    i++;
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<WordInfo>.Shared.Return(buffer, clearArray: true);
        }
    }

    private static WordInfo Word(TokenView t, int i) => t.Word(i);

    private static bool IsText(TokenView t, int i, string s) =>
        (uint)i < (uint)t.Length && t[i].AsSpan().Equals(s, StringComparison.OrdinalIgnoreCase);

    private bool TryAt(TokenView t, int i, out DateCandidate c, out int next)
    {
        var w = Word(t, i);

        // "tanggal 21 Januari", "bulan September tahun 2023": the noun belongs to the span.
        if ((w.Is(WordClass.Noun) || IsText(t, i, "bulan")) && TryCore(t, i + 1, out c, out next) && c.Kind == CandidateKind.Calendar)
        {
            c = c with { Start = t[i].Start };
            return true;
        }

        // "akhir tahun lalu" (END), "awal bulan ini" (START), "pertengahan 2024" (MID).
        if (w.Is(WordClass.Part) && TryPartOf(t, i, w, out c, out next))
        {
            return true;
        }

        // "lebih dari 30 tahun" (MORE_THAN), "sekitar dua pekan" (APPROX).
        if (w.Is(WordClass.Approx))
        {
            var k = IsText(t, i + 1, "dari") || IsText(t, i + 1, "lama") ? i + 2 : i + 1;
            if (TryCore(t, k, out c, out next) && c.Kind is CandidateKind.Duration or CandidateKind.Time && c.Mod is null &&
                (c.Kind == CandidateKind.Duration || w.Mod == TimexMod.Approx))
            {
                c = c with { Start = t[i].Start, Mod = w.Mod };
                return true;
            }
        }

        return TryCore(t, i, out c, out next);
    }

    private bool TryPartOf(TokenView t, int i, WordInfo part, out DateCandidate c, out int next)
    {
        // "akhir pekan ini" is the weekend (TIMEX 2025-W36-WE), not the end of a week.
        if (IsText(t, i + 1, "pekan") || IsText(t, i + 1, "minggu"))
        {
            var weekend = TryRelative(t, i + 1, out c, out next) && c.Unit == "week" && part.Mod == TimexMod.End;
            c = weekend ? c with { Start = t[i].Start, Unit = "weekend" } : default;
            return weekend;
        }

        if (TryCore(t, i + 1, out c, out next) && c.Kind is CandidateKind.Calendar or CandidateKind.Relative or CandidateKind.Century or CandidateKind.Decade
            && c.To.IsEmpty && c.Mod is null)
        {
            c = c with { Start = t[i].Start, Mod = part.Mod };
            return true;
        }

        // "akhir tahun", "awal bulan": the current period.
        if (IsText(t, i + 1, "tahun") || IsText(t, i + 1, "bulan"))
        {
            var unit = IsText(t, i + 1, "tahun") ? "year" : "month";
            c = new DateCandidate { Start = t[i].Start, End = t[i + 1].End, Kind = CandidateKind.Relative, Unit = unit, Amount = 0, Mod = part.Mod, Zone = int.MinValue };
            next = i + 2;
            return true;
        }

        return false;
    }

    private bool TryCore(TokenView t, int i, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        if ((uint)i >= (uint)t.Length)
        {
            return false;
        }

        if (t[i].Kind == TokenKind.Number)
        {
            return TryNumber(t, i, out c, out next);
        }

        var w = Word(t, i);
        if (w.Number != 0 && TryDuration(t, i, w.Number, out c, out next))
        {
            return true;
        }

        if (TryRelative(t, i, out c, out next))
        {
            return true;
        }

        if (w.Is(WordClass.Weekday))
        {
            return TryWeekday(t, i, w, out c, out next);
        }

        if (w.Is(WordClass.Month))
        {
            return TryMonth(t, i, w, out c, out next);
        }

        if (IsText(t, i, "tahun") && i + 1 < t.Length && t[i + 1].Kind == TokenKind.Number && TryNumber(t, i + 1, out c, out next) && c.Kind == CandidateKind.Decade)
        {
            c = c with { Start = t[i].Start };
            return true;
        }

        if (IsText(t, i, "tahun") && TryYear(t, i + 1, out var year))
        {
            c = Calendar(t[i].Start, t[i + 1].End, new DateFields(year, 0, 0));
            next = i + 2;
            return true;
        }

        if (IsText(t, i, "abad") && i + 1 < t.Length && TryOrdinal(t[i + 1].AsSpan(), out var century))
        {
            c = new DateCandidate { Start = t[i].Start, End = t[i + 1].End, Kind = CandidateKind.Century, Amount = century, Zone = int.MinValue };
            next = i + 2;
            return true;
        }

        return (IsText(t, i, "pukul") || IsText(t, i, "jam")) && TryTime(t, i, out c, out next);
    }

    private static DateCandidate Calendar(int start, int end, DateFields from) =>
        new() { Start = start, End = end, Kind = CandidateKind.Calendar, From = from, Zone = int.MinValue };

    /// <summary>Tense cues in the same sentence, up to <see cref="TenseWindow"/> tokens before and three after.</summary>
    private Tense FindTense(TokenView t, int first, int next)
    {
        var future = false;
        var past = false;
        for (var k = first - 1; k >= 0 && k >= first - TenseWindow && !IsSentenceEnd(t[k]); k--)
        {
            Cue(Word(t, k), ref future, ref past);
        }

        for (var k = first; k < t.Length && k < next + 3 && !IsSentenceEnd(t[k]); k++)
        {
            Cue(Word(t, k), ref future, ref past);
        }

        return future == past ? Tense.None : future ? Tense.Future : Tense.Past;

        static void Cue(WordInfo w, ref bool future, ref bool past)
        {
            future |= w.Is(WordClass.Future);
            past |= w.Is(WordClass.Past);
        }
    }

    private static bool IsSentenceEnd(Token token) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1 && token.AsSpan()[0] is '.' or '!' or '?';
}
