namespace Geopolitics.Nlp.Tokenization;

/// <summary>
/// Finds the enclitic at the end of a word: <c>-nya</c> (<c>ujarnya</c>), <c>-lah</c>, <c>-kah</c>. A clitic written after a
/// hyphen (<c>Facebook-nya</c>) is a token of its own, as in UD, and is wholly a clitic.
/// <c>-ku</c>, <c>-mu</c> and <c>-pun</c> are left alone: too many roots end in them (<c>waktu</c>, <c>ibu</c>, <c>meskipun</c>).
/// </summary>
internal static class CliticRule
{
    private const int MinimumHostLength = 3;
    private const int MaximumWordLength = 48;

    /// <summary>The index where the clitic begins, or <paramref name="end"/> when the word has none.</summary>
    public static int FindCliticStart(ReadOnlySpan<char> text, int start, int end, AbbreviationLexicon lexicon)
    {
        var length = end - start;
        if (length == 3 && start > 0 && CharClass.IsWordHyphen(text[start - 1]) && text[start..end].SequenceEqual("nya"))
        {
            return start;
        }

        if (length < MinimumHostLength + 3 || length > MaximumWordLength)
        {
            return end;
        }

        // Most words end in none of the clitics: decide that without lower-casing anything.
        var a = (char)(text[end - 3] | 0x20);
        var b = (char)(text[end - 2] | 0x20);
        var c3 = (char)(text[end - 1] | 0x20);
        if (!((a == 'n' && b == 'y' && c3 == 'a') || (a == 'l' && b == 'a' && c3 == 'h') || (a == 'k' && b == 'a' && c3 == 'h')))
        {
            return end;
        }

        Span<char> lower = stackalloc char[MaximumWordLength];
        var word = text[start..end];
        word.ToLowerInvariant(lower);
        lower = lower[..length];
        var suffix = lower[^3..];
        if (!suffix.SequenceEqual("nya") && !suffix.SequenceEqual("lah") && !suffix.SequenceEqual("kah"))
        {
            return end;
        }

        // Reduplicated forms ("langkah-langkah") are judged by their last part.
        var lastHyphen = lower.LastIndexOfAny('-', '\u2010', '\u2011');
        var lastPart = lastHyphen < 0 ? lower : lower[(lastHyphen + 1)..];
        if (lexicon.IsCliticLookalike(lastPart) || lexicon.IsCliticLookalike(lower))
        {
            return end;
        }

        if (lastPart.Length < MinimumHostLength + 3)
        {
            return end;
        }

        foreach (var c in word[..^3])
        {
            if (char.IsDigit(c))
            {
                return end;
            }
        }

        return end - 3;
    }
}
