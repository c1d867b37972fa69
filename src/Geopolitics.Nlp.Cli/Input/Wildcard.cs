namespace Geopolitics.Nlp.Cli.Input;

/// <summary>Shell wildcard matching of one path segment: <c>*</c>, <c>?</c>, <c>[abc]</c>, <c>[a-z]</c>, <c>[!a]</c>.
/// Greedy with one backtrack point, so time is linear in practice and never exponential.</summary>
internal static class Wildcard
{
    public static bool Matches(string pattern, string name)
    {
        int p = 0, n = 0, starP = -1, starN = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starN = n;
            }
            else if (p < pattern.Length && MatchOne(pattern, ref p, name[n]))
            {
                n++;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                n = ++starN;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    // Matches one character at pattern[p]; advances p past the pattern element on success.
    private static bool MatchOne(string pattern, ref int p, char c)
    {
        if (pattern[p] == '?')
        {
            p++;
            return true;
        }

        if (pattern[p] == '[')
        {
            var close = p + 2 < pattern.Length ? pattern.IndexOf(']', p + 2) : -1;
            if (close > 0)
            {
                var negate = pattern[p + 1] is '!' or '^';
                var matched = false;
                for (var i = p + (negate ? 2 : 1); i < close; i++)
                {
                    if (i + 2 < close && pattern[i + 1] == '-')
                    {
                        matched |= c >= pattern[i] && c <= pattern[i + 2];
                        i += 2;
                    }
                    else
                    {
                        matched |= c == pattern[i];
                    }
                }

                if (matched != negate)
                {
                    p = close + 1;
                    return true;
                }

                return false;
            }
        }

        if (pattern[p] == c)
        {
            p++;
            return true;
        }

        return false;
    }
}
