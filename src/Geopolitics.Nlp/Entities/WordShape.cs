namespace Geopolitics.Nlp.Entities;

/// <summary>
/// A short word shape, a feature of the entity tagger: runs of upper-case (<c>X</c>), lower-case (<c>x</c>), digit
/// (<c>d</c>) and other characters collapsed, at most <see cref="MaxLength"/> runs (<c>Thomas-Greenfield</c> → <c>Xx-Xx</c>).
/// </summary>
internal static class WordShape
{
    public const int MaxLength = 6;

    /// <summary>The shape of <paramref name="token"/> as a string.</summary>
    public static string Of(string token) => new(Of(token, stackalloc char[MaxLength]));

    /// <summary>The shape of <paramref name="token"/>, written into <paramref name="buffer"/> (at least <see cref="MaxLength"/> long).</summary>
    public static ReadOnlySpan<char> Of(ReadOnlySpan<char> token, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in token)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (n == 0 || buffer[n - 1] != s)
            {
                if (n == MaxLength)
                {
                    break;
                }

                buffer[n++] = s;
            }
        }

        return buffer[..n];
    }
}
