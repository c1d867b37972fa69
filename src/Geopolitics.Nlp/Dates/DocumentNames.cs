using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Dates;

/// <summary>
/// Numbers that are words of a law's or treaty's name (ANNOTATION.md: years inside names are not dates): a document's
/// number (<c>Peraturan Presiden Nomor 125 Tahun 2016</c>, <c>UU No. 1 Tahun 2024</c>) and the year that closes a treaty's
/// name (<c>Konvensi Pengungsi 1951</c>, <c>Konvensi PBB tentang Hukum Laut 1982</c>). Word lists: <c>docnumber</c> and
/// <c>lawhead</c> in <c>temporal-words.tsv</c>.
/// </summary>
internal static class DocumentNames
{
    /// <summary>How many words before a year a treaty's head may stand (<c>Konvensi Perserikatan Bangsa-Bangsa tentang Hukum Laut 1982</c>: seven).</summary>
    private const int MaxNameWords = 8;

    /// <summary>
    /// The index after a document's number that starts at <paramref name="i"/> (<c>Nomor 6 Tahun 2023</c>, <c>No. 1</c>),
    /// or -1. The count and unit inside it (<c>6 Tahun</c>) are no length of time, and the year after <c>Tahun</c> is the
    /// year of the document's numbering, part of its name.
    /// </summary>
    public static int SkipNumber(TokenView t, int i)
    {
        if (!t.Word(i).Is(WordClass.DocNumber) || !t.IsNumber(i + 1))
        {
            return -1;
        }

        return t.Is(i + 2, "tahun") && Numerals.TryYear(t, i + 3, out _) ? i + 4 : i + 2;
    }

    /// <summary>
    /// The index after a name's number that starts at <paramref name="i"/> and is dated by <c>tahun</c> and a year
    /// (<c>Resolusi Dewan Keamanan PBB 1701 tahun 2006</c>, <c>Resolusi 2334 tahun 2016</c>), or -1. The number follows a
    /// name or an identifier word, so it numbers a document and counts no years. In lower case, <c>tahun 2006</c> is the
    /// year the document was issued, a date read next; a capitalized <c>Tahun</c> makes the year a word of the title too
    /// (<c>UU 17 Tahun 2008</c>, as <c>Nomor 17 Tahun 2008</c>).
    /// </summary>
    public static int SkipNumberBeforeYear(TokenView t, int i)
    {
        if (!t.IsNumber(i) || i == 0 || !t.Is(i + 1, "tahun") || !Numerals.TryYear(t, i + 2, out _) || !Numerals.TryInt(t[i].AsSpan(), out _))
        {
            return -1;
        }

        var before = t[i - 1];
        var name = before.Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(before.AsSpan()[0]) && i > 1 &&
            !t.Word(i - 1).Is(WordClass.Prep | WordClass.Approx | WordClass.Part | WordClass.Month | WordClass.Weekday);
        if (!name && !t.Word(i - 1).Is(WordClass.NotYear))
        {
            return -1;
        }

        return char.IsUpper(t[i + 1].AsSpan()[0]) ? i + 3 : i + 1;
    }

    /// <summary>
    /// Whether the year at <paramref name="i"/> closes a capitalized name opened by a treaty's or law's head
    /// (<c>Konvensi Wina 1961</c>, <c>Protokol 1967</c>); <c>tentang</c> and <c>mengenai</c> may stand inside the name, and
    /// hyphens, which count as no word (<c>Konvensi Perserikatan Bangsa-Bangsa tentang Hukum Laut 1982</c>).
    /// </summary>
    public static bool ClosesTreatyName(TokenView t, int i)
    {
        for (int k = i - 1, words = 0; k >= 0 && k >= i - (2 * MaxNameWords) && words < MaxNameWords; k--)
        {
            // `Perserikatan Bangsa-Bangsa` comes as three tokens: the hyphen joins two words of the name.
            if (t.Is(k, "-") && k > 0 && k + 1 < i)
            {
                continue;
            }

            words++;
            if (t.Word(k).Is(WordClass.LawHead) && char.IsUpper(t[k].AsSpan()[0]))
            {
                return true;
            }

            var word = t[k].AsSpan();
            if (!char.IsUpper(word[0]) && !t.Is(k, "tentang") && !t.Is(k, "mengenai"))
            {
                return false;
            }
        }

        return false;
    }
}
