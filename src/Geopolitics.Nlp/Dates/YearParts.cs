namespace Geopolitics.Nlp.Dates;

/// <summary>
/// Quarters and halves of a year named by their number, as economic and business news write them: <c>kuartal
/// II-2025</c>, <c>triwulan I 2025</c>, <c>kuartal ketiga tahun ini</c>, <c>kuartal ke-2 2025</c>, <c>Q3 2025</c>,
/// <c>Q1/2025</c>, <c>semester I-2024</c>, <c>paruh pertama 2025</c> (TIMEX3 <c>2025-Q2</c>, <c>2024-H1</c>). Without a
/// year a quarter is in the anchor's year, or the one <c>tahun lalu</c>, <c>tahun depan</c> or <c>tahun itu</c> names; a half and a
/// quarter code need their year (<c>semester 5</c> of a student, a bare <c>Q1</c>, are no dates). Unnumbered forms
/// (<c>kuartal lalu</c>, <c>triwulan ini</c>) are relative dates, read elsewhere.
/// </summary>
internal static class YearParts
{
    /// <summary>A quarter written as a code: <c>Q1</c> to <c>Q4</c>, alone or with its year glued on (<c>Q1/2025</c>).</summary>
    public static bool IsQuarterCode(ReadOnlySpan<char> token) =>
        token.Length >= 2 && token[0] == 'Q' && token[1] is >= '1' and <= '4' && (token.Length == 2 || token[2] is '/' or '-');

    /// <summary>A numbered quarter or half starting at token <paramref name="i"/>; <paramref name="next"/> is the token after it.</summary>
    public static bool TryYearPart(TokenView t, int i, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        if ((uint)i >= (uint)t.Length)
        {
            return false;
        }

        string unit;
        int part;
        ReadOnlySpan<char> glued;
        int k;
        if (IsQuarterCode(t[i].AsSpan()))
        {
            // "Q3 2025", "Q1/2025"
            unit = "Q";
            part = t[i].AsSpan()[1] - '0';
            glued = t[i].AsSpan()[2..];
            k = i + 1;
        }
        else if (t.Word(i).Is(WordClass.YearPart) && t.Word(i).Unit is { } letter && i + 1 < t.Length &&
                 TryNumber(t, i + 1, out part, out glued))
        {
            // "kuartal II-2025", "triwulan ketiga", "semester ke-2 2024"; "paruh" only with an ordinal (paruh pertama)
            if (t.Is(i, "paruh") && !t.Word(i + 1).Is(WordClass.Ordinal))
            {
                return false;
            }

            unit = letter;
            k = i + 2;
        }
        else
        {
            return false;
        }

        if (part > (unit == "Q" ? 4 : 2))
        {
            return false;
        }

        var year = 0;
        var shift = 0;
        var named = NamedAnchor.None;
        var end = t[k - 1].End;
        var numberEnd = k;
        if (!glued.IsEmpty)
        {
            // The number's own token carries the year: "II-2025", "III/2025", "Q1/2025".
            if (glued.Length != 5 || glued[0] is not ('-' or '/') || !int.TryParse(glued[1..], out year) || year < 1000)
            {
                return false;
            }
        }
        else if ((t.Is(k, "-") || t.Is(k, "/")) && Numerals.TryYear(t, k + 1, out year))
        {
            end = t.EndOf(k + 1); // "kuartal II - 2025" as some tokenizers leave it
            k += 2;
        }
        else if (Numerals.TryYear(t, k, out year) || (t.Is(k, "tahun") && Numerals.TryYear(t, k + 1, out year)))
        {
            k += t.Is(k, "tahun") ? 2 : 1;
            end = t.EndOf(k - 1);
        }
        else if (RelativeDates.TryYearWord(t, k, out shift, out named, out var after))
        {
            // "kuartal pertama tahun ini", "semester II tahun lalu"; "kuartal ketiga tahun itu": the year the text named last
            end = t[after - 1].End;
            k = after;
        }

        if (year == 0 && k == numberEnd && (unit == "H" || IsQuarterCode(t[i].AsSpan())))
        {
            // "semester 5", "semester pertama" of a school year, a bare "Q1" (a code, a label): a half, or a quarter
            // written as a code, names a date only with its year.
            return false;
        }

        c = new DateCandidate
        {
            Start = t[i].Start,
            End = end,
            Kind = CandidateKind.YearPart,
            From = new DateFields(year, 0, 0),
            Unit = unit,
            Amount = part,
            YearShift = shift,
            NamedAnchor = named,
            Zone = int.MinValue,
        };
        next = k;
        return true;
    }

    /// <summary>The part's number: a Roman numeral (<c>II</c>, with a year glued on: <c>II-2025</c>), a digit, <c>ke-2</c> or an ordinal word.</summary>
    private static bool TryNumber(TokenView t, int i, out int part, out ReadOnlySpan<char> glued)
    {
        var token = t[i].AsSpan();
        var cut = token.IndexOfAny('-', '/');
        var head = cut > 0 && !token.StartsWith("ke-", StringComparison.OrdinalIgnoreCase) ? token[..cut] : token;
        glued = head.Length < token.Length ? token[head.Length..] : default;
        part = head switch
        {
            "I" or "1" => 1,
            "II" or "2" => 2,
            "III" or "3" => 3,
            "IV" or "4" => 4,
            _ => t.Word(i).Is(WordClass.Ordinal) ? t.Word(i).Number : Numerals.TryOrdinal(head, out var n) ? n : 0,
        };
        return part > 0;
    }
}
