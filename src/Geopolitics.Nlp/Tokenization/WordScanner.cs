using System.Buffers;
using System.Collections.Frozen;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Tokenization;

/// <summary>
/// Scans one word-like run: word characters joined by the marks that UD keeps inside a token
/// (hyphen in <c>negara-negara</c>, apostrophe in <c>Jum'at</c>, period and comma between digits,
/// slash in <c>3/9/2023</c>, colon in <c>10:30</c>, periods between initials, <c>@</c> in an e-mail address).
/// </summary>
internal static class WordScanner
{
    // Top-level domains that make "kompas.com" one token rather than a word, a period and a word.
    private static readonly SpanSet TopLevelDomains = new(
        ["com", "net", "org", "id", "co", "go", "ac", "or", "gov", "edu", "info", "tv", "io", "uk", "us", "ru", "cn", "vn", "my", "sg", "jp", "kr", "au", "de", "fr", "news", "biz"]);

    private static readonly SearchValues<char> AsciiWordChars =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    public static int ScanWordRun(ReadOnlySpan<char> text, int start, out WordShape shape)
    {
        shape = default;
        shape.StartsWithDigit = char.IsDigit(text[start]);
        var i = start;
        var segmentStart = start;
        var segmentAllDigits = true;
        while (true)
        {
            // The ASCII part of a run is found with a vectorized search; other letters go one by one.
            var segmentFrom = i;
            while (true)
            {
                var ascii = text[i..].IndexOfAnyExcept(AsciiWordChars);
                i = ascii < 0 ? text.Length : i + ascii;
                if (i >= text.Length || text[i] < 128 || !CharClass.IsWordChar(text[i]))
                {
                    break;
                }

                i++;
            }

            if (segmentAllDigits && text[segmentFrom..i].ContainsAnyExcept(AsciiDigits))
            {
                segmentAllDigits = false;
                shape.HasLetter = true;
            }

            if (i + 1 >= text.Length || !CharClass.IsWordChar(text[i + 1]))
            {
                return i;
            }

            var joiner = text[i];
            var next = text[i + 1];
            var nextIsDigit = char.IsDigit(next);
            var segmentLength = i - segmentStart;
            bool join;
            if (CharClass.IsWordHyphen(joiner))
            {
                // UD writes "30-35", "Januari-September", "Bapepam-LK" and "APBD-nya" as three tokens, and
                // "ke-20", "Covid-19", "1990-an", "negara-negara", "Kim Jong-un", "pro-Beijing", "APBN-P" as one.
                join = !(segmentAllDigits && nextIsDigit)
                    && !(CharClass.IsUpper(text[segmentStart]) && CharClass.IsUpper(next) && RunLength(text, i + 1) > 1)
                    && !IsHyphenatedClitic(text, i + 1);
                if (join && segmentAllDigits && IsDecadeSuffix(text, i + 1))
                {
                    shape.IsDecadeSuffix = true;
                    return i + 3;
                }
            }
            else if (CharClass.IsApostrophe(joiner))
            {
                join = !segmentAllDigits && !nextIsDigit;
            }
            else if (joiner == '.')
            {
                if (shape.HasAt)
                {
                    join = true;
                }
                else if (segmentAllDigits)
                {
                    join = nextIsDigit;
                }
                else if (!nextIsDigit)
                {
                    var rightLength = RunLength(text, i + 1);
                    join = IsTopLevelDomain(text.Slice(i + 1, rightLength))
                        || (segmentLength <= 2 && rightLength <= 2 && IsInitialsContinuation(text, i + 1 + rightLength));
                    if (join && !IsTopLevelDomain(text.Slice(i + 1, rightLength)))
                    {
                        shape.HasInnerPeriod = true;
                    }
                }
                else
                {
                    join = false;
                }
            }
            else if (joiner is ',' or ':')
            {
                join = segmentAllDigits && nextIsDigit && !shape.HasAt;
            }
            else if (joiner == '/')
            {
                // "S/A", "II/2007", "3/9/2025" stay whole; "DPR/MPR" and "departemen/instansi" are three tokens, and so are a
                // photo credit's parts around an initial ("ANTARA FOTO/M Risyal", "Hafidz Mubarak A/nym").
                var rightLength = RunLength(text, i + 1);
                join = !shape.HasAt && (segmentAllDigits || nextIsDigit ||
                                        (Math.Min(segmentLength, rightLength) == 1 && Math.Max(segmentLength, rightLength) <= 2));
            }
            else if (joiner == '@')
            {
                join = !shape.HasAt && !shape.StartsWithDigit;
                shape.HasAt |= join;
            }
            else
            {
                join = false;
            }

            if (!join)
            {
                return i;
            }

            i++;
            segmentStart = i;
            segmentAllDigits = true;
        }
    }

    private static int RunLength(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && CharClass.IsWordChar(text[i]))
        {
            i++;
        }

        return i - start;
    }

    // "A.S." and "M.Si." go on with another period; "S.H" before a space or the end is complete too.
    private static bool IsInitialsContinuation(ReadOnlySpan<char> text, int afterRight) =>
        afterRight >= text.Length || text[afterRight] == '.' || !CharClass.IsWordChar(text[afterRight]);

    private static bool IsTopLevelDomain(ReadOnlySpan<char> segment) =>
        segment.Length is >= 2 and <= 4 && TopLevelDomains.Contains(segment);

    private static bool IsHyphenatedClitic(ReadOnlySpan<char> text, int at) =>
        at + 3 <= text.Length && text[at] == 'n' && text[at + 1] == 'y' && text[at + 2] == 'a' && (at + 3 == text.Length || !CharClass.IsWordChar(text[at + 3]));

    private static bool IsDecadeSuffix(ReadOnlySpan<char> text, int at) =>
        at + 2 <= text.Length && text[at] == 'a' && text[at + 1] == 'n' && (at + 2 == text.Length || !CharClass.IsWordChar(text[at + 2]));
}
