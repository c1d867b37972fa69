using System.Text.Json.Serialization;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Tokenization;

/// <summary>
/// A surface token, as Universal Dependencies counts them: an offset range into the analyzed text.
/// A word with an enclitic (<c>ujarnya</c>) stays one token; <see cref="CliticStart"/> marks where the clitic begins.
/// </summary>
/// <remarks>
/// A token holds a reference to its source string rather than a copy of its characters, so tokenizing allocates
/// nothing per token; <see cref="Text"/> makes a string only when asked. Token boundaries do not constrain entity
/// boundaries: <c>Rusia-RDRK</c> is one token that holds two mentions.
/// </remarks>
public readonly struct Token : IEquatable<Token>
{
    private readonly string _source;

    /// <summary>Creates a token over <paramref name="source"/>.</summary>
    /// <param name="source">The analyzed text.</param>
    /// <param name="start">UTF-16 index of the first character.</param>
    /// <param name="end">UTF-16 index one past the last character.</param>
    /// <param name="kind">What the token is made of.</param>
    /// <param name="cliticStart">Where an enclitic begins (<c>nya</c> in <c>ujarnya</c>); equal to <paramref name="end"/> when there is none.</param>
    public Token(string source, int start, int end, TokenKind kind, int cliticStart)
    {
        ArgumentNullException.ThrowIfNull(source);
        if ((uint)start > (uint)end || (uint)end > (uint)source.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(end), "A token must lie inside its source text.");
        }

        if (cliticStart < start || cliticStart > end)
        {
            throw new ArgumentOutOfRangeException(nameof(cliticStart), "A clitic must start inside its token.");
        }

        _source = source;
        Start = start;
        End = end;
        Kind = kind;
        CliticStart = cliticStart;
    }

    /// <summary>UTF-16 index of the first character.</summary>
    public int Start { get; }

    /// <summary>UTF-16 index one past the last character.</summary>
    public int End { get; }

    /// <summary>The token's characters, as a new string.</summary>
    public string Text => _source is null ? string.Empty : _source.Substring(Start, End - Start);

    /// <summary>What the token is made of.</summary>
    public TokenKind Kind { get; }

    /// <summary>Where an enclitic begins (<c>nya</c>, <c>lah</c>, <c>kah</c>, <c>pun</c>, <c>ku</c>, <c>mu</c>); equal to <see cref="End"/> when the token has none.</summary>
    [JsonIgnore]
    public int CliticStart { get; }

    /// <summary>Whether the token ends with an enclitic.</summary>
    [JsonIgnore]
    public bool HasClitic => CliticStart < End;

    /// <summary>The token's offsets.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, End);

    /// <summary>Number of UTF-16 code units.</summary>
    [JsonIgnore]
    public int Length => End - Start;

    /// <summary>The token's characters without copying.</summary>
    /// <returns>A view into the source text.</returns>
    public ReadOnlySpan<char> AsSpan() => _source.AsSpan(Start, End - Start);

    /// <summary>The word without its clitic (<c>ujar</c> in <c>ujarnya</c>); the whole token when it has none.</summary>
    /// <returns>A view into the source text.</returns>
    public ReadOnlySpan<char> HostAsSpan() => _source.AsSpan(Start, CliticStart - Start);

    /// <summary>The clitic (<c>nya</c> in <c>ujarnya</c>); empty when the token has none.</summary>
    /// <returns>A view into the source text.</returns>
    public ReadOnlySpan<char> CliticAsSpan() => _source.AsSpan(CliticStart, End - CliticStart);

    /// <inheritdoc />
    public bool Equals(Token other) =>
        Start == other.Start && End == other.End && Kind == other.Kind && CliticStart == other.CliticStart &&
        AsSpan().SequenceEqual(other.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Token other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, Kind, CliticStart);

    /// <summary>Compares two tokens by offsets, kind and characters.</summary>
    /// <param name="left">The first token.</param>
    /// <param name="right">The second token.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Token left, Token right) => left.Equals(right);

    /// <summary>Compares two tokens by offsets, kind and characters.</summary>
    /// <param name="left">The first token.</param>
    /// <param name="right">The second token.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Token left, Token right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"{Text} {Span}";
}
