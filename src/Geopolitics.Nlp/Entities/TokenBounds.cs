using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// The UTF-16 offsets of one sentence's tokens, read from the document's token array rather than copied per sentence
/// (an array, not a list interface: the passes read offsets at nearly every token).
/// </summary>
internal readonly struct TokenBounds(Token[] tokens, int first, int count)
{
    /// <summary>Number of tokens in the sentence.</summary>
    public int Count => count;

    /// <summary>The start and end offsets of the sentence's token <paramref name="k"/>.</summary>
    public (int Start, int End) this[int k]
    {
        get
        {
            if ((uint)k >= (uint)count)
            {
                throw new ArgumentOutOfRangeException(nameof(k));
            }

            var token = tokens[first + k];
            return (token.Start, token.End);
        }
    }
}
