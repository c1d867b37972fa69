namespace Geopolitics.Nlp.Text;

/// <summary>
/// The space-separated words of a name read as spans, the way <c>name.Split(' ', RemoveEmptyEntries)</c> reads them
/// but without an array and a string per word: the canonicalizer asks these questions of every mention.
/// </summary>
internal static class NameWords
{
    /// <summary>How many words <paramref name="name"/> has, counting no further than <paramref name="atMost"/>.</summary>
    public static int Count(ReadOnlySpan<char> name, int atMost)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in name)
        {
            if (c == ' ')
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                if (++count == atMost)
                {
                    return count;
                }
            }
        }

        return count;
    }

    /// <summary>The first word; empty when the name has none.</summary>
    public static ReadOnlySpan<char> First(ReadOnlySpan<char> name)
    {
        name = name.TrimStart(' ');
        var space = name.IndexOf(' ');
        return space < 0 ? name : name[..space];
    }

    /// <summary>The last word; empty when the name has none.</summary>
    public static ReadOnlySpan<char> Last(ReadOnlySpan<char> name)
    {
        name = name.TrimEnd(' ');
        return name[(name.LastIndexOf(' ') + 1)..];
    }

    /// <summary>
    /// The words after the first, as one span: the same text as joining them with single spaces when the name is
    /// written with single spaces, which is how mentions are written; a name with runs of spaces keeps them inside.
    /// </summary>
    public static ReadOnlySpan<char> AfterFirst(ReadOnlySpan<char> name)
    {
        name = name.Trim(' ');
        var space = name.IndexOf(' ');
        return space < 0 ? [] : name[(space + 1)..].TrimStart(' ');
    }
}
