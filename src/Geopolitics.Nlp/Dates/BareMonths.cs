using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Dates;

/// <summary>
/// When a month name alone, with no day, year or preposition, is a date: in a list of months (<c>untuk Mei, Juni, dan
/// Juli</c>; ANNOTATION.md: coordinated dates are separate dates), after a noun it dates (<c>tingkat produksi Agustus</c>,
/// <c>monthof</c> in <c>temporal-words.tsv</c>) and after a comparison word (<c>naik dibandingkan Maret</c>). Mei, Juni and Agustus are also given names, so a month that a capitalized
/// word follows or a capitalized word inside the sentence precedes (<c>Juni Rahayu</c>, <c>Sri Mei</c>) is a name, and a
/// list needs a second month that is no name either.
/// </summary>
internal static class BareMonths
{
    /// <summary>How many months a list may name before a year written once after them (<c>Mei, Juni, dan Juli 2025</c>).</summary>
    private const int MaxListLength = 12;

    /// <summary>Whether the capitalized month name at <paramref name="i"/> is a date by its list or the noun before it.</summary>
    /// <remarks>
    /// A month before a range connective (<c>periode Januari-Oktober</c>) opens a range of months that, without a year, is
    /// not read yet; its first month alone would be a wrong value, so it is left out.
    /// </remarks>
    public static bool Accepts(TokenView t, int i) =>
        !LooksLikeName(t, i) && !t.IsRange(i + 1) &&
        (t.Word(i - 1).Is(WordClass.MonthOf) || IsCompared(t, i) || IsWeekOf(t, i) || ClosesVerbClause(t, i) || Next(t, i) > i || Previous(t, i) >= 0);

    /// <summary>
    /// Whether the month at <paramref name="i"/> follows a verb and ends its clause (<c>kunjungan itu digelar Oktober.</c>,
    /// <c>pemilu diundur Maret,</c>): the time the verb happens at, with its preposition left out. A name after a verb
    /// (<c>bertemu Juni Rahayu</c>) goes on with a capitalized word, which <see cref="LooksLikeName"/> turns away.
    /// </summary>
    private static bool ClosesVerbClause(TokenView t, int i) =>
        i > 0 && t[i - 1].Kind == TokenKind.Word && char.IsLower(t[i - 1].AsSpan()[0]) && NumericDates.LooksLikeVerb(t[i - 1].AsSpan()) &&
        (i + 1 == t.Length || (t[i + 1].Kind == TokenKind.Punctuation && !t.IsRange(i + 1)));

    /// <summary>Whether a week of the month (the first to the fifth, or the last) stands before the month at <paramref name="i"/> (<c>pekan pertama Februari</c>, <c>minggu terakhir Juni</c>).</summary>
    private static bool IsWeekOf(TokenView t, int i) =>
        ((t.Word(i - 1).Is(WordClass.Ordinal) && t.Word(i - 1).Number is >= 1 and <= 5) || t.Is(i - 1, "terakhir")) &&
        (t.Is(i - 2, "pekan") || t.Is(i - 2, "minggu"));

    /// <summary>Whether the month at <paramref name="i"/> follows a comparison word (<c>dibandingkan Maret</c>, <c>dibanding dengan April</c>).</summary>
    public static bool IsCompared(TokenView t, int i) =>
        t.Word(i - 1).Is(WordClass.Compare) || (t.Is(i - 1, "dengan") && t.Word(i - 2).Is(WordClass.Compare));

    /// <summary>
    /// The last month of the list that starts at <paramref name="i"/> (<c>Juli atau Agustus 2025</c>: Agustus), whose year
    /// the months before it share; <paramref name="i"/> itself when no month follows.
    /// </summary>
    public static int LastOfList(TokenView t, int i)
    {
        var last = i;
        for (var n = 0; n < MaxListLength && Next(t, last) is var next && next > last; n++)
        {
            last = next;
        }

        return last;
    }

    /// <summary>The next month of the list after the month at <paramref name="i"/>, or -1.</summary>
    private static int Next(TokenView t, int i)
    {
        var k = i + 1;
        if (!IsJoin(t, k))
        {
            return -1;
        }

        k += t.Is(k, ",") && IsJoin(t, k + 1) && !t.Is(k + 1, ",") ? 2 : 1;
        return IsListMonth(t, k) ? k : -1;
    }

    /// <summary>Whether another month of a list stands before the month at <paramref name="i"/> (<c>Juli 2024 dan Agustus</c>).</summary>
    public static bool FollowsListedMonth(TokenView t, int i) => Previous(t, i) >= 0;

    /// <summary>The month of the list before the month at <paramref name="i"/> (<c>Juli 2024 dan Agustus</c>: Juli), or -1.</summary>
    private static int Previous(TokenView t, int i)
    {
        var k = i - 1;
        if (!IsJoin(t, k))
        {
            return -1;
        }

        k -= t.Is(k - 1, ",") && !t.Is(k, ",") ? 2 : 1;
        k -= Numerals.TryYear(t, k, out _) ? 1 : 0;
        return IsListMonth(t, k) ? k : -1;
    }

    // ", ", "dan", "atau", "serta", "maupun", and ", dan" / ", atau" after the last comma of a list.
    private static bool IsJoin(TokenView t, int k) =>
        t.Is(k, ",") || t.Is(k, "dan") || t.Is(k, "atau") || t.Is(k, "serta") || t.Is(k, "maupun");

    private static bool IsListMonth(TokenView t, int k)
    {
        var w = t.Word(k);
        return w.Month != 0 && !w.MonthAbbreviated && char.IsUpper(t[k].AsSpan()[0]) && !LooksLikeName(t, k);
    }

    /// <summary>
    /// A capitalized word right after the month that is no date word (<c>Juni Rahayu</c>), or one before it that does not
    /// open the sentence (<c>Sri Mei</c>): the month is part of a person's name.
    /// </summary>
    private static bool LooksLikeName(TokenView t, int i)
    {
        var next = i + 1;
        if (next < t.Length && IsCapitalizedWord(t, next) && t.Word(next).Month == 0 && !t.Word(next).Is(WordClass.Era))
        {
            return true;
        }

        var before = i - 1;
        return before > 0 && IsCapitalizedWord(t, before) && t.Word(before).Month == 0 && !t.Word(before).Is(WordClass.MonthOf | WordClass.Prep);
    }

    private static bool IsCapitalizedWord(TokenView t, int k) =>
        t[k].Kind is TokenKind.Word && char.IsUpper(t[k].AsSpan()[0]);
}
