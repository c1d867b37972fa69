using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Dates;

/// <summary>
/// Lengths of time and what a count of units can also be: <c>14 tahun</c>, <c>dua puluh lima hari</c>, <c>setahun</c>,
/// <c>setengah hari</c>, <c>beberapa minggu</c>, <c>bertahun-tahun</c>; counted relative dates (<c>tiga hari lalu</c>,
/// <c>dua pekan lagi</c>, <c>dua hari kemudian</c>); recurrences are <see cref="Recurrences"/>.
/// </summary>
internal static class Durations
{
    /// <summary>The oldest age read in an apposition (<c>Yunus, 84 tahun,</c>); a larger count is no person's age.</summary>
    private const int MaxAge = 120;

    /// <summary>The longest token read as two hyphenated number words (<c>sembilan-sepuluh</c>).</summary>
    private const int MaxHyphenatedCounts = 20;

    /// <summary>A count (digits or words) and its unit at <paramref name="i"/>, or a range of counts before one unit.</summary>
    public static bool TryCount(TokenView t, int i, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        if (!TryAmount(t, i, out var amount, out var unitIndex))
        {
            return false;
        }

        // "satu setengah tahun", "dua setengah jam": a count and a half.
        if (t.Word(unitIndex).Is(WordClass.Half) && amount > 0)
        {
            return TryHalves(t, i, (2 * amount) + 1, unitIndex + 1, out c, out next);
        }

        if (t.IsRange(unitIndex) && amount > 0)
        {
            return TryCountRange(t, i, amount, unitIndex + 1, out c, out next);
        }

        return TryUnit(t, i, amount, unitIndex, out c, out next);
    }

    /// <summary>
    /// <c>lima hingga 10 tahun</c>, <c>4 - 6 jam</c>: one length between two counts, one span.
    /// </summary>
    private static bool TryCountRange(TokenView t, int start, int first, int secondAt, out DateCandidate c, out int next)
    {
        c = default;
        next = start;
        return TryAmount(t, secondAt, out var last, out var unitIndex) && TryCountsBeforeUnit(t, start, first, last, unitIndex, out c, out next);
    }

    /// <summary>
    /// <c>lima-enam jam</c>, <c>dua-tiga hari</c>: two number words joined by a hyphen in one token, a range of counts
    /// before the unit after it.
    /// </summary>
    public static bool TryHyphenatedCounts(TokenView t, int i, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        var s = t[i].AsSpan();
        var dash = s.IndexOf('-');
        if (t[i].Kind != TokenKind.Word || dash <= 0 || dash == s.Length - 1 || s.Length > MaxHyphenatedCounts)
        {
            return false;
        }

        var first = t.Lexicon.Find(s[..dash]);
        var last = t.Lexicon.Find(s[(dash + 1)..]);
        return first.Is(WordClass.Number) && last.Is(WordClass.Number) && !first.Is(WordClass.SeUnit) && !last.Is(WordClass.SeUnit) &&
            first.Number > 0 && TryCountsBeforeUnit(t, i, first.Number, last.Number, i + 1, out c, out next);
    }

    /// <summary>
    /// Two counts, <paramref name="first"/> smaller than <paramref name="last"/>, before the unit at <paramref name="unitIndex"/>.
    /// A length between them is one DURATION over both counts: ISO 8601 has no range of lengths, so the value is the longer
    /// one with mod <c>EQUAL_OR_LESS</c> (at most ten years). A range of days counted from now (<c>tiga hingga empat hari
    /// lagi</c>, <c>dua hingga tiga hari lalu</c>) is one DATE from the nearer day to the farther. A range of days counted
    /// from an earlier date (<c>dua hingga tiga hari kemudian</c>) is left to the count after the connective.
    /// </summary>
    private static bool TryCountsBeforeUnit(TokenView t, int start, int first, int last, int unitIndex, out DateCandidate c, out int next)
    {
        c = default;
        next = start;
        if (last <= first || !TryUnit(t, start, last, unitIndex, out var length, out var after) || length.Mod is not null)
        {
            return false;
        }

        if (length.Kind == CandidateKind.Duration)
        {
            c = length with { Mod = TimexMod.EqualOrLess };
        }
        else if (length.Kind == CandidateKind.Relative && !length.Exact)
        {
            c = length with { RangeAmount = Math.Sign(length.Amount) * first };
        }
        else
        {
            return false;
        }

        next = after;
        return true;
    }

    /// <summary>A count at <paramref name="i"/>, in digits or words; <paramref name="after"/> is the index after it.</summary>
    internal static bool TryAmount(TokenView t, int i, out int amount, out int after)
    {
        after = i + 1;
        return t.IsNumber(i) ? Numerals.TryInt(t[i].AsSpan(), out amount) || Numerals.TryGroupedInt(t[i].AsSpan(), out amount)
            : Numerals.TryWords(t, i, out amount, out after);
    }

    /// <summary><c>setahun</c>, <c>sepekan lalu</c>, <c>sehari kemudian</c>; <c>setengah hari</c>.</summary>
    public static bool TrySeForm(TokenView t, int i, out DateCandidate c, out int next)
    {
        if (t.Word(i).Is(WordClass.Half))
        {
            return TryHalves(t, i, 1, i + 1, out c, out next);
        }

        c = default;
        next = i;
        return t.Word(i).Is(WordClass.SeUnit) && TryUnit(t, i, 1, i, out c, out next);
    }

    /// <summary><c>bertahun-tahun</c>, <c>berbulan-bulan</c>, <c>berjam-jam</c>: an unspecified number of the unit.</summary>
    public static bool TryReduplicated(TokenView t, int i, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        var s = t[i].AsSpan();
        var dash = s.IndexOf('-');
        if (dash < 5 || !s.StartsWith("ber", StringComparison.OrdinalIgnoreCase) ||
            !s[3..dash].Equals(s[(dash + 1)..], StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var unit = t.Lexicon.Find(s[(dash + 1)..]);
        if (!unit.Is(WordClass.Unit) || unit.Is(WordClass.SeUnit) || unit.Unit is null)
        {
            return false;
        }

        c = Duration(t, i, i, unit.Unit, Numerals.Unspecified);
        next = i + 1;
        return true;
    }

    /// <summary>
    /// The unit at <paramref name="unitIndex"/> after a count of <paramref name="amount"/> starting at <paramref name="start"/>,
    /// and what follows it: <c>kemudian</c> (from the previous date), <c>lalu</c>/<c>lagi</c>/<c>mendatang</c> (from the anchor),
    /// <c>terakhir</c> (inside a duration's span).
    /// </summary>
    private static bool TryUnit(TokenView t, int start, int amount, int unitIndex, out DateCandidate c, out int next)
    {
        c = default;
        next = start;
        var unit = t.Word(unitIndex);
        if (!unit.Is(WordClass.Unit) || unit.Unit is null || amount == 0 || (unitIndex > start && unit.Is(WordClass.SeUnit)) ||
            IsCountOfYearsNotTime(t, start, unitIndex) || IsCoordinate(t, start, unit.Unit) || IsInsideEventName(t, start, unitIndex))
        {
            return false;
        }

        var k = unitIndex + 1;
        var after = t.Word(k);
        var clock = unit.Unit is "H" or "MIN" or "S";
        if ((after.Is(WordClass.Anaphor) || t.Is(k, "sebelumnya")) && !clock)
        {
            // "dua hari kemudian" counts from the date the narrative last gave; "sehari sebelumnya" counts back. An offset
            // from an event (`sehari setelah putusan dibacakan`) stays a length, as the seed gold has `beberapa hari setelah
            // kunjungan`: the event's own day is rarely the narrative's last one.
            var sign = t.Is(k, "sebelumnya") ? -1 : 1;

            // "beberapa hari kemudian": no count to move the date by; DateResolver gives the date referred back to, with
            // mod AFTER (BEFORE for "beberapa hari sebelumnya").
            c = amount < 0
                ? new DateCandidate { Start = t[start].Start, End = t[k].End, Kind = CandidateKind.Anaphoric, Unit = unit.Unit, Amount = 0, Mod = sign > 0 ? TimexMod.After : TimexMod.Before, Zone = int.MinValue }
                : new DateCandidate { Start = t[start].Start, End = t[k].End, Kind = CandidateKind.Anaphoric, Unit = unit.Unit, Amount = sign * amount, Zone = int.MinValue };
            next = k + 1;
            return true;
        }

        if (unit.Unit == "M" && t.Is(k, "pertama") && amount is > 1 and <= 12 && TryFirstMonths(t, start, amount, k + 1, out c, out next))
        {
            return true;
        }

        var lastPast = t.Is(k, "yang") && t.Is(k + 1, "lalu") ? k + 1 : t.Is(k, "lalu") || t.Is(k, "silam") ? k : -1;
        // "dua hari mendatang" is a day ahead like "dua hari lagi"; "dalam lima tahun mendatang" is the stretch up to it, and
        // so is "selama dua pekan lagi" (for two more weeks; `dalam dua pekan lagi` is in two weeks' time, a day ahead).
        var moreOf = t.Is(k, "lagi") && LastsFor(t, start);
        var ahead = (t.Is(k, "lagi") && !moreOf) || (t.Is(k, "mendatang") && !OpensStretch(t, start));
        if (lastPast > 0 || ahead)
        {
            // "beberapa hari lalu" is a vague reference, not a date: ANNOTATION.md leaves it out.
            if (amount < 0 || clock)
            {
                return false;
            }

            var end = lastPast > 0 ? lastPast : k;
            c = new DateCandidate
            {
                Start = t[start].Start,
                End = t[end].End,
                Kind = CandidateKind.Relative,
                Unit = unit.Unit,
                Amount = lastPast > 0 ? -amount : amount,
                Tense = lastPast > 0 ? Tense.Past : Tense.Future,
                Zone = int.MinValue,
            };
            next = end + 1;
            return true;
        }

        // "dua hari berturut-turut" is fine, "80 tahun berakhirnya" counts an anniversary.
        var w = (uint)k < (uint)t.Length ? t[k].AsSpan() : default;
        if (after.Classes == WordClass.None && w.Length > 5 && w.EndsWith("nya", StringComparison.OrdinalIgnoreCase) &&
            (w.StartsWith("ber", StringComparison.OrdinalIgnoreCase) || w.StartsWith("ke", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // "lima tahun terakhir", "dalam dua pekan mendatang", "lima tahun ke depan": a stretch that reaches up to now or
        // from now is still a length, and the word belongs to its span.
        var last = t.Is(k, "terakhir") || t.Is(k, "belakangan") || t.Is(k, "mendatang") || moreOf ? k
            : t.Is(k, "ke") && t.Is(k + 1, "depan") ? k + 1
            : unitIndex;
        c = Duration(t, start, last, unit.Unit, amount);
        next = last + 1;
        if (last == unitIndex && amount > 0 && CompoundDurations.TryRest(t, unitIndex + 1, unit.Unit, out var restUnit, out var restAmount, out var restEnd))
        {
            c = c with { End = t[restEnd].End, RestUnit = restUnit, RestAmount = restAmount };
            next = restEnd + 1;
        }

        return true;
    }

    /// <summary>
    /// <c>sembilan bulan pertama 2025</c>, <c>enam bulan pertama tahun ini</c>: the first months of a year named right after
    /// them are the stretch of that year from January, one DATE range (<c>2025-01/2025-09</c>), not a length and a year.
    /// The year is written (<c>2025</c>, <c>tahun 2025</c>) or named by a word (<c>tahun ini</c>, <c>tahun lalu</c>, <c>tahun itu</c>).
    /// </summary>
    private static bool TryFirstMonths(TokenView t, int start, int months, int k, out DateCandidate c, out int next)
    {
        c = default;
        next = start;
        var yearAt = t.Is(k, "tahun") ? k + 1 : k;
        if (Numerals.TryYear(t, yearAt, out var year))
        {
            c = DateRecognizer.Calendar(t[start].Start, t[yearAt].End, new DateFields(year, 1, 0)) with { To = new DateFields(year, months, 0) };
            next = yearAt + 1;
            return true;
        }

        if (!RelativeDates.TryYearWord(t, k, out var offset, out var named, out var after))
        {
            return false;
        }

        c = DateRecognizer.Calendar(t[start].Start, t[after - 1].End, new DateFields(0, 1, 0)) with
        {
            To = new DateFields(0, months, 0),
            Unit = "year",
            Amount = offset,
            NamedAnchor = named,
        };
        next = after;
        return true;
    }

    /// <summary>Whether <c>selama</c> stands before a count, or before the approximation in front of it (<c>selama sekitar dua pekan</c>).</summary>
    private static bool LastsFor(TokenView t, int start) =>
        t.Is(start - 1, "selama") || (t.Word(start - 1).Is(WordClass.Approx) && t.Is(start - 2, "selama"));

    /// <summary>Whether the words before a count make it a stretch (<c>dalam</c>, <c>selama</c>, <c>dalam waktu</c>, <c>dalam jangka waktu</c>).</summary>
    private static bool OpensStretch(TokenView t, int start) =>
        t.Is(start - 1, "dalam") || t.Is(start - 1, "selama") || (t.Is(start - 1, "waktu") && (t.Is(start - 2, "dalam") || t.Is(start - 2, "jangka")));

    /// <summary><c>setengah hari</c> (PT12H), <c>satu setengah tahun</c> (P18M): halves in the next smaller unit.</summary>
    private static bool TryHalves(TokenView t, int start, int halves, int unitIndex, out DateCandidate c, out int next)
    {
        c = default;
        next = start;
        var unit = t.Word(unitIndex);
        if (!unit.Is(WordClass.Unit) || unit.Is(WordClass.SeUnit) || unit.Unit is null)
        {
            return false;
        }

        (string smaller, int perHalf) = unit.Unit switch
        {
            "Y" => ("M", 6),
            "M" => ("D", 15),
            "D" => ("H", 12),
            "H" => ("MIN", 30),
            "MIN" => ("S", 30),
            "DE" => ("Y", 5),
            "CE" => ("Y", 50),
            _ => (string.Empty, 0),
        };
        if (perHalf == 0)
        {
            return false;
        }

        c = Duration(t, start, unitIndex, smaller, halves * perHalf);
        next = unitIndex + 1;
        return true;
    }

    private static DateCandidate Duration(TokenView t, int first, int last, string unit, int amount) =>
        new() { Start = t[first].Start, End = t[last].End, Kind = CandidateKind.Duration, Unit = unit, Amount = amount, Zone = int.MinValue };

    /// <summary>
    /// An anniversary or an age counts years, it does not name a span of time (<c>HUT 80 tahun</c>, <c>memperingati 30
    /// tahun</c>, <c>remaja 17 tahun</c>): the words before such a count are <c>yearcount</c> in <c>temporal-words.tsv</c>.
    /// </summary>
    private static bool IsCountOfYearsNotTime(TokenView t, int start, int unitIndex)
    {
        // "berusia sekitar 75 tahun", "berusia lebih dari 75 tahun": look past the approximation; "umur 10 - 18 tahun": past
        // the first count of a range too, which may have been read on its own.
        // "berusia 45 dan 41 tahun": past the first of two coordinated ages as well.
        var b = start - 1;
        b -= (t.IsRange(b) || t.Is(b, "dan") || t.Is(b, "atau")) && (t.IsNumber(b - 1) || t.Word(b - 1).Number != 0) ? 2 : 0;
        b -= t.Is(b, "dari") ? 1 : 0;
        b -= t.Word(b).Is(WordClass.Approx) ? 1 : 0;
        if (b < 0 || t.Word(unitIndex).Unit != "Y")
        {
            return false;
        }

        if (IsAppositiveAge(t, start, unitIndex))
        {
            return true;
        }

        return t.Word(b).Is(WordClass.YearCount) || IsNamedAnniversary(t, b) ||
            (t.Word(unitIndex + 1).Is(WordClass.AnniversaryOf) && !OpensStretch(t, start) && !t.Is(start - 1, "sejak") &&
             !t.Is(start - 1, "setelah") && !t.Is(start - 1, "usai") && !t.Is(start - 1, "sesudah")); // `setelah 12 tahun hubungan yang membeku`
    }

    /// <summary>
    /// <c>HUT RI 80 tahun</c>, <c>Dirgahayu Bhayangkara 79 Tahun</c>: the anniversary word stands before the name whose
    /// years are counted. One or two capitalized words may come between it and the count.
    /// </summary>
    private static bool IsNamedAnniversary(TokenView t, int b)
    {
        for (var k = b; k >= 0 && k > b - 2; k--)
        {
            if (t[k].Kind != TokenKind.Word || !IsCapitalized(t, k) || t.Word(k).Classes != WordClass.None)
            {
                return false;
            }

            if (t.Word(k - 1).Is(WordClass.Anniversary))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>Yunus, 84 tahun, memimpin …</c>: a count of years set off by commas right after a name is the person's age, an
    /// apposition, not a length of time. Only a count written in digits, after a capitalized word and before the closing
    /// comma.
    /// </summary>
    private static bool IsAppositiveAge(TokenView t, int start, int unitIndex) =>
        start >= 2 && unitIndex == start + 1 && t.IsNumber(start) && t.Is(start - 1, ",") && t.Is(unitIndex + 1, ",") &&
        t[start - 2].Kind == TokenKind.Word && char.IsUpper(t[start - 2].AsSpan()[0]) && t.Word(start - 2).Classes == WordClass.None &&
        Numerals.TryInt(t[start].AsSpan(), out var age) && age is > 0 and <= MaxAge;

    /// <summary>
    /// <c>Perang 12 Hari</c>, <c>Perang Enam Hari</c>, <c>Perang Seratus Tahun</c>: after a capitalized event head, a count and
    /// a unit written with capitals are words of the name (ANNOTATION.md: numbers inside names are not dates). A unit in
    /// lower case (<c>perang 12 hari</c>) still tells how long the war lasted.
    /// </summary>
    private static bool IsInsideEventName(TokenView t, int start, int unitIndex) =>
        start > 0 && t.Word(start - 1).Is(WordClass.NameHead) && IsCapitalized(t, start - 1) && IsCapitalized(t, unitIndex) &&
        (t.IsNumber(start) || IsCapitalized(t, start));

    private static bool IsCapitalized(TokenView t, int k) => char.IsUpper(t[k].AsSpan()[0]);

    /// <summary><c>08 derajat 50 menit</c>: minutes and seconds of arc in a coordinate.</summary>
    private static bool IsCoordinate(TokenView t, int start, string unit) =>
        unit is "MIN" or "S" && (t.Is(start - 1, "derajat") || t.Is(start - 1, "°") || (start > 1 && t.Is(start - 2, "derajat")) ||
        (start > 1 && t.Is(start - 2, "menit") && (t.Is(start - 4, "derajat") || t.Is(start - 3, "derajat"))));
}
