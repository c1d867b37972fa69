namespace Geopolitics.Nlp.Dates;

/// <summary>A length written in two units (<c>2 jam 30 menit</c>, <c>3 tahun 6 bulan</c>): one duration, not two.</summary>
internal static class CompoundDurations
{
    /// <summary>
    /// <c>2 jam 30 menit</c>, <c>3 tahun 6 bulan</c>, <c>1 menit 12 detik</c>: a count of a smaller unit right after a
    /// length is the rest of that one length, not a second one. Not when a relative word follows the second unit
    /// (<c>… 30 menit kemudian</c>), which makes that count an offset of its own.
    /// </summary>
    public static bool TryRest(TokenView t, int k, string unit, out string restUnit, out int restAmount, out int restEnd)
    {
        restUnit = string.Empty;
        restEnd = k;
        if (!Durations.TryAmount(t, k, out restAmount, out var unitIndex) || restAmount <= 0 || !t.Word(unitIndex).Is(WordClass.Unit) ||
            t.Word(unitIndex).Is(WordClass.SeUnit) || t.Word(unitIndex).Unit is not { } smaller || Rank(smaller) == 0 || Rank(smaller) >= Rank(unit))
        {
            return false;
        }

        var after = unitIndex + 1;
        if (t.Word(after).Is(WordClass.Anaphor) || t.Is(after, "sebelumnya") || t.Is(after, "lalu") || t.Is(after, "silam") ||
            t.Is(after, "lagi") || t.Is(after, "mendatang") || t.Is(after, "yang"))
        {
            return false;
        }

        restUnit = smaller;
        restEnd = unitIndex;
        return true;
    }

    /// <summary>
    /// The order of units in a length written in two (years before months, hours before minutes); 0 for none. Weeks have
    /// none: ISO 8601 writes no week beside another unit (<c>2 minggu 3 hari</c> stays two lengths).
    /// </summary>
    private static int Rank(string unit) => unit switch
    {
        "Y" => 7,
        "M" => 6,
        "D" => 4,
        "H" => 3,
        "MIN" => 2,
        "S" => 1,
        _ => 0,
    };
}
