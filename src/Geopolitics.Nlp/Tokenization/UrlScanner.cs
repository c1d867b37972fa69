namespace Geopolitics.Nlp.Tokenization;

/// <summary>Recognizes a web address that starts at a position: <c>http://</c>, <c>https://</c> or <c>www.</c>.</summary>
internal static class UrlScanner
{
    public static bool TryScan(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        if (text[start] is not ('h' or 'H' or 'w' or 'W'))
        {
            return false;
        }

        var rest = text[start..];
        int schemeLength;
        if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            schemeLength = 8;
        }
        else if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            schemeLength = 7;
        }
        else if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            schemeLength = 4;
        }
        else
        {
            return false;
        }

        if (start > 0 && CharClass.IsWordChar(text[start - 1]))
        {
            return false;
        }

        var i = start + schemeLength;
        var openParens = 0;
        while (i < text.Length && !CharClass.IsSeparator(text[i]) && !IsUrlStop(text[i]))
        {
            if (text[i] == '(')
            {
                openParens++;
            }
            else if (text[i] == ')')
            {
                if (openParens == 0)
                {
                    break;
                }

                openParens--;
            }

            i++;
        }

        // Sentence punctuation right after an address belongs to the sentence.
        while (i > start + schemeLength && text[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'')
        {
            i--;
        }

        if (i == start + schemeLength)
        {
            return false;
        }

        end = i;
        return true;
    }

    private static bool IsUrlStop(char c) => c is '"' or '<' or '>' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB';
}
