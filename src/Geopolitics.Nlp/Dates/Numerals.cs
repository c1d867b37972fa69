namespace Geopolitics.Nlp.Dates;

/// <summary>
/// Numbers as Indonesian news writes them: digits (<c>2025</c>), slash dates (<c>3/9/2025</c>), ordinals (<c>ke-20</c>)
/// and number words (<c>dua belas</c>, <c>dua puluh lima</c>, <c>seratus</c>, <c>beberapa</c>).
/// </summary>
internal static class Numerals
{
    public const int MinYear = 1000;
    public const int MaxYear = 2199;

    /// <summary>An unspecified amount (<c>beberapa</c>, <c>puluhan</c>), written X in a TIMEX value.</summary>
    public const int Unspecified = -1;

    /// <summary>The most thousands groups read in a count (<c>1.800</c> has one); more would overflow an int.</summary>
    private const int MaxGroups = 2;

    /// <summary>Up to four ASCII digits.</summary>
    public static bool TryInt(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > 4)
        {
            return false;
        }

        foreach (var ch in s)
        {
            if (ch is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (ch - '0');
        }

        return true;
    }

    /// <summary>
    /// A count written with Indonesian thousands separators, dots before groups of three digits (<c>1.800</c>,
    /// <c>12.500</c>), up to <see cref="MaxGroups"/> groups; plain counts go through <see cref="TryInt"/>.
    /// </summary>
    public static bool TryGroupedInt(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        var dot = s.IndexOf('.');
        if (dot is < 1 or > 3 || !TryInt(s[..dot], out value) || value == 0)
        {
            return false;
        }

        s = s[dot..];
        for (var groups = 0; groups < MaxGroups && s.Length >= 4 && s[0] == '.'; groups++)
        {
            if (!TryInt(s.Slice(1, 3), out var digits))
            {
                return false;
            }

            value = (value * 1000) + digits;
            s = s[4..];
            if (s.IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A year token at <paramref name="i"/>: four digits in range, or a year glued to a credit (<c>2023/RMOL</c>).</summary>
    public static bool TryYear(TokenView t, int i, out int year)
    {
        year = 0;
        if ((uint)i >= (uint)t.Length)
        {
            return false;
        }

        var s = t[i].AsSpan();
        if (IsGluedYear(s))
        {
            s = s[..4];
        }
        else if (!t.IsNumber(i) || s.Length != 4)
        {
            return false;
        }

        return TryInt(s, out year) && year is >= MinYear and <= MaxYear;
    }

    /// <summary><c>2023/RMOL</c>: a byline's year with the outlet's name glued on by a slash.</summary>
    public static bool IsGluedYear(ReadOnlySpan<char> s)
    {
        if (s.Length < 6 || s[4] != '/' || !TryInt(s[..4], out _))
        {
            return false;
        }

        foreach (var ch in s[5..])
        {
            if (!char.IsLetter(ch) && ch != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>3/9</c>, <c>3/9/2025</c>, <c>14/11/22</c>: day, month and (2- or 4-digit) year.</summary>
    public static bool TryParseSlash(ReadOnlySpan<char> s, out DateFields fields)
    {
        fields = default;
        var a = s.IndexOf('/');
        if (a <= 0)
        {
            return false;
        }

        var rest = s[(a + 1)..];
        var b = rest.IndexOf('/');
        var monthPart = b < 0 ? rest : rest[..b];
        if (!TryInt(s[..a], out var day) || !TryInt(monthPart, out var month) || day is < 1 or > 31 || month is < 1 or > 12 || a > 2 || monthPart.Length > 2)
        {
            return false;
        }

        var year = 0;
        if (b >= 0)
        {
            var y = rest[(b + 1)..];
            if (!TryInt(y, out year) || y.Length is not (2 or 4))
            {
                return false;
            }

            year = y.Length == 2 ? 2000 + year : year;
        }

        fields = new DateFields(year, month, day);
        return true;
    }

    /// <summary>
    /// <c>12.06.2025</c>: day, month and four-digit year joined by periods, as German and Dutch outlets date their articles.
    /// Groups of two, two and four digits are no number with thousands separators (those group by three) and no clock time.
    /// </summary>
    public static bool TryParseDotted(ReadOnlySpan<char> s, out DateFields fields)
    {
        fields = default;
        var a = s.IndexOf('.');
        var b = a < 0 ? -1 : s[(a + 1)..].IndexOf('.');
        if (a is < 1 or > 2 || b is < 1 or > 2)
        {
            return false;
        }

        var y = s[(a + b + 2)..];
        if (y.Length != 4 || !TryInt(s[..a], out var day) || !TryInt(s.Slice(a + 1, b), out var month) || !TryInt(y, out var year) ||
            day is < 1 or > 31 || month is < 1 or > 12 || year is < MinYear or > MaxYear || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        fields = new DateFields(year, month, day);
        return true;
    }

    /// <summary><c>ke-20</c> → 20.</summary>
    public static bool TryOrdinal(ReadOnlySpan<char> s, out int n)
    {
        n = 0;
        return s.StartsWith("ke-", StringComparison.OrdinalIgnoreCase) && TryInt(s[3..], out n) && n is > 0 and < 30;
    }

    /// <summary>
    /// A number written in words from token <paramref name="i"/>: <c>dua</c>, <c>sebelas</c>, <c>dua belas</c>,
    /// <c>dua puluh lima</c>, <c>seratus</c>, <c>tiga ratus</c>; <c>beberapa</c> and <c>puluhan</c> give
    /// <see cref="Unspecified"/>. <paramref name="next"/> is the token after the number.
    /// </summary>
    public static bool TryWords(TokenView t, int i, out int value, out int next)
    {
        value = t.Word(i).Number;
        next = i + 1;
        if (value == 0 || t.Word(i).Is(WordClass.SeUnit | WordClass.Ordinal))
        {
            return false;
        }

        if (value is >= 1 and <= 9)
        {
            if (t.Is(next, "belas"))
            {
                value += 10;
                return Advance(ref next);
            }

            if (t.Is(next, "ratus"))
            {
                value *= 100;
                next++;
                return AddUnits(t, ref value, ref next);
            }

            if (t.Is(next, "puluh"))
            {
                value *= 10;
                next++;
                return AddUnits(t, ref value, ref next);
            }
        }

        return value == 100 ? AddUnits(t, ref value, ref next) : true;

        static bool Advance(ref int next)
        {
            next++;
            return true;
        }
    }

    // "dua puluh lima": the units after a ten or a hundred.
    private static bool AddUnits(TokenView t, ref int value, ref int next)
    {
        var unit = t.Word(next).Number;
        if (unit is >= 1 and <= 9 && !t.Word(next).Is(WordClass.SeUnit | WordClass.Ordinal) && !t.Is(next + 1, "puluh") && !t.Is(next + 1, "belas"))
        {
            value += unit;
            next++;
        }

        return true;
    }
}
