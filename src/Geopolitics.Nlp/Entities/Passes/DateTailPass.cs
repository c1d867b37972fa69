using Geopolitics.Nlp.Dates;

namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A date or a count written right after a name is no part of it (ANNOTATION.md: the longest <em>name</em>; a date is a
/// date): <c>pemilu Majelis Tinggi Juli lalu</c> holds the organization <c>Majelis Tinggi</c>, <c>Dewan Perwakilan Rakyat
/// Oktober 2024</c> the organization without its month and year, <c>hotline KBRI 24 jam</c> the organization
/// <c>KBRI</c>; and a month the tagger read as a person after a name (<c>Parlemen Eropa Mei lalu</c>) is no person.
/// A month is cut only where the words around it make it a date (a year after it, or <c>lalu</c>, <c>mendatang</c>),
/// so a month that names an event (<c>Revolusi Oktober</c>) stays; a number only before a lower-case word (a unit), in
/// cased text (where all is lower case, <c>blackberry 10</c> may be a product's name).
/// A year written with its era (<c>1446 H/2025 M</c>) is no name at all.
/// </summary>
internal sealed class DateTailPass(Gazetteer gazetteer) : SentencePass
{
    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        var mentions = sentence.Mentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.Entry is not null || m.IsCredit)
            {
                continue;
            }

            if (m.Type == EntityType.Person)
            {
                if (m.Length == 1 && IsMonth(tokens[m.First]) && IsDateAfterMonth(tokens, m.First, m.End))
                {
                    mentions.RemoveAt(i); // `Parlemen Eropa Mei lalu`
                }

                continue;
            }

            if (m.Length < 2 || gazetteer.Match(tokens, m.First, out _) == m.Length)
            {
                continue;
            }

            if (IsEraYear(tokens, m))
            {
                mentions.RemoveAt(i); // `1446 H/2025 M`: Hijri and Gregorian years, no name
                continue;
            }

            var last = m.End - 1;
            if (IsYear(tokens[last]) && m.Length > 2 && IsMonth(tokens[last - 1]))
            {
                m.End -= 2; // `Dewan Perwakilan Rakyat Oktober 2024`
            }
            else if (IsMonth(tokens[last]) && IsDateAfterMonth(tokens, last, m.End))
            {
                m.End--; // `Majelis Tinggi Juli lalu`, `Sidang Majelis Umum PBB September mendatang`
            }
            else if (m.Type == EntityType.Organization && IsCount(tokens[last]) && m.End < tokens.Count && IsLowerCaseWord(tokens[m.End]) &&
                     char.IsUpper(tokens[m.First][0]))
            {
                m.End--; // `KBRI 24 jam`, `KJRI Jeddah 7 hari seminggu`
            }
        }
    }

    // Only years, single letters (the era's `H`, `M`) and slashes, however tokenized (`H/2025`): a year with its era.
    private static bool IsEraYear(SentenceWords tokens, Mention m)
    {
        var year = false;
        for (var k = m.First; k < m.End; k++)
        {
            var word = tokens[k].AsSpan();
            var digits = 0;
            for (var c = 0; c < word.Length; c++)
            {
                digits = char.IsAsciiDigit(word[c]) ? digits + 1 : 0;
                year |= digits == 4;
                if (char.IsLetter(word[c]) && ((c + 1 < word.Length && char.IsLetter(word[c + 1])) || !char.IsUpper(word[c])))
                {
                    return false;
                }

                if (!char.IsLetterOrDigit(word[c]) && word[c] != '/')
                {
                    return false;
                }
            }
        }

        return year;
    }

    private static bool IsMonth(string word) => (DateLexicon.Default.Find(word).Classes & WordClass.Month) != 0 && char.IsUpper(word[0]);

    // A year, or `lalu`, `mendatang`, `depan`, `ini` after the month (inside the span or after it) makes it a date.
    private static bool IsDateAfterMonth(SentenceWords tokens, int month, int end)
    {
        var next = month + 1;
        if (next >= tokens.Count)
        {
            return false;
        }

        var word = tokens[next];
        return (next >= end && (DateLexicon.Default.Find(word).Classes & (WordClass.Past | WordClass.Future)) != 0) || IsYear(word) ||
               word is "ini" or "nanti";
    }

    private static bool IsYear(string word) =>
        word.Length == 4 && (word[0] is '1' or '2') && !word.AsSpan().ContainsAnyExceptInRange('0', '9');

    // `24`, `7`: a small count, never a year (years name editions: `Piala Dunia 2026`).
    private static bool IsCount(string word) => word.Length <= 3 && !word.AsSpan().ContainsAnyExceptInRange('0', '9');

    private static bool IsLowerCaseWord(string word) => word.Length > 1 && char.IsLower(word[0]);
}
