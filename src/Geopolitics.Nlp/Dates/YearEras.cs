namespace Geopolitics.Nlp.Dates;

/// <summary>The calendar an era word after a year names.</summary>
internal enum YearEra
{
    /// <summary>No era word.</summary>
    None,

    /// <summary><c>Masehi</c>, <c>M</c>: the common era, the calendar every value is in already.</summary>
    Common,

    /// <summary><c>Hijriah</c>, <c>H</c>: the Islamic calendar.</summary>
    Hijri,
}

/// <summary>
/// Era words after a year (<c>era</c> in <c>temporal-words.tsv</c>). <c>Masehi</c> makes the number before it a year
/// (<c>musim haji 2026 Masehi</c>) and belongs to its span; <c>M</c>, which is also a unit or an initial, only where the
/// number is a year anyway or a Hijri year stands just before (<c>1447 H / 2026 M</c>). A Hijri year is no date here:
/// it straddles two Gregorian years, so no ISO 8601 value gives it.
/// </summary>
internal static class YearEras
{
    /// <summary>The era word at <paramref name="k"/>; one-letter forms count only as capitals (<c>2000 m</c> is metres).</summary>
    public static YearEra At(TokenView t, int k)
    {
        var w = t.Word(k);
        if (!w.Is(WordClass.Era) || (t[k].Length == 1 && !char.IsUpper(t[k].AsSpan()[0])))
        {
            return YearEra.None;
        }

        return w.Unit == "AH" ? YearEra.Hijri : YearEra.Common;
    }

    /// <summary>Whether the era word at <paramref name="k"/> is a whole word (<c>Masehi</c>), not a letter that may mean something else.</summary>
    public static bool IsSpelledOut(TokenView t, int k) => (uint)k < (uint)t.Length && t[k].Length > 1;

    /// <summary>
    /// <c>1446 H/2025 M</c>, <c>1447 Hijriah/2026 Masehi</c>: the tokenizer keeps a Hijri era word and the Gregorian twin
    /// after the slash in one token. The twin (with its era word after it) is the date; the Hijri year before is none.
    /// </summary>
    public static bool TryGluedTwin(TokenView t, int i, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        var s = t[i].AsSpan();
        var slash = s.IndexOf('/');
        if (slash <= 0 || !t.IsNumber(i - 1) || !Numerals.TryInt(s[(slash + 1)..], out var year) || s.Length - slash != 5 ||
            year is < Numerals.MinYear or > Numerals.MaxYear)
        {
            return false;
        }

        var era = t.Lexicon.Find(s[..slash]);
        if (!era.Is(WordClass.Era) || era.Unit != "AH" || (slash == 1 && !char.IsUpper(s[0])))
        {
            return false;
        }

        next = At(t, i + 1) == YearEra.Common ? i + 2 : i + 1;
        c = DateRecognizer.Calendar(t[i].Start + slash + 1, t[next - 1].End, new DateFields(year, 0, 0));
        return true;
    }

    /// <summary>Whether a Hijri year ends within the three tokens before <paramref name="i"/> (<c>1447 H / 2026 M</c>, <c>1447 Hijriah atau 2026 M</c>).</summary>
    public static bool HijriBefore(TokenView t, int i)
    {
        for (var k = i - 1; k >= 1 && k >= i - 3; k--)
        {
            if (At(t, k) == YearEra.Hijri && t.IsNumber(k - 1))
            {
                return true;
            }
        }

        return false;
    }
}
