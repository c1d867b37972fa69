using System.Text.Json.Serialization;
using Geopolitics.Nlp.Serialization;

namespace Geopolitics.Nlp.Tokenization;

/// <summary>What a surface token is made of.</summary>
/// <remarks>
/// JSON writes the name (<c>word</c>), which
/// <see cref="AnnotationNames.ToName(TokenKind)"/> gives; <see cref="Enum.ToString()"/> gives the C# member name.
/// </remarks>
[JsonConverter(typeof(TokenKindJsonConverter))]
public enum TokenKind
{
    /// <summary>Letters, possibly with internal hyphens or apostrophes (<c>negara-negara</c>, <c>Kim Jong-un</c>, <c>Jum'at</c>).</summary>
    Word,

    /// <summary>Digits with optional separators (<c>1.000.000</c>, <c>10,5</c>, <c>09.23</c>, <c>3/9/2023</c>, <c>1990-an</c>).</summary>
    Number,

    /// <summary>A word that keeps its final period: a known abbreviation or initials (<c>Tn.</c>, <c>dll.</c>, <c>S.H.</c>, <c>A.S.</c>).</summary>
    Abbreviation,

    /// <summary>Punctuation: one mark, or a run of periods forming an ellipsis.</summary>
    Punctuation,

    /// <summary>Any other visible character: currency, math, emoji, a lone surrogate.</summary>
    Symbol,

    /// <summary>A web address (<c>https://…</c>, <c>www.…</c>).</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,
}
