using Geopolitics.Nlp.Claims;
using Geopolitics.Nlp.Dates;
using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Serialization;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp;

/// <summary>
/// The names of the library's enum values as the annotation guidelines write them (<c>GPE</c>, <c>according-to</c>,
/// <c>MORE_THAN</c>, <c>word</c>): the names in the JSON, the <c>geonlp</c> table and HTML view and the corpus tables,
/// all from one table per enum. <see cref="Enum.ToString()"/> gives the C# member name (<c>Gpe</c>,
/// <c>AccordingTo</c>) instead, which C# does not let an enum change: use <c>ToName()</c> for output.
/// </summary>
public static class AnnotationNames
{
    internal static readonly NameTable<EntityType> EntityTypes = new("PERSON", "ORGANIZATION", "GPE", "LOCATION", "EVENT");

    internal static readonly NameTable<ClaimKind> ClaimKinds = new("direct", "indirect", "according-to");

    internal static readonly NameTable<TimexType> TimexTypes = new("DATE", "TIME", "DURATION", "SET");

    internal static readonly NameTable<TimexMod> TimexMods = new(
        "START", "MID", "END", "MORE_THAN", "LESS_THAN", "APPROX", "BEFORE", "AFTER", "EQUAL_OR_MORE", "EQUAL_OR_LESS");

    internal static readonly NameTable<TokenKind> TokenKinds = new("word", "number", "abbreviation", "punctuation", "symbol", "url", "email");

    /// <summary>The annotation name of an entity type: <c>PERSON</c>, <c>ORGANIZATION</c>, <c>GPE</c>, <c>LOCATION</c>, <c>EVENT</c>.</summary>
    /// <param name="value">The type.</param>
    /// <returns>The name; the number for a value that is not a defined type.</returns>
    public static string ToName(this EntityType value) => EntityTypes.NameOf(value);

    /// <summary>The annotation name of a claim kind: <c>direct</c>, <c>indirect</c>, <c>according-to</c>.</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The name; the number for a value that is not a defined kind.</returns>
    public static string ToName(this ClaimKind value) => ClaimKinds.NameOf(value);

    /// <summary>The TIMEX3 name of a type: <c>DATE</c>, <c>TIME</c>, <c>DURATION</c>, <c>SET</c>.</summary>
    /// <param name="value">The type.</param>
    /// <returns>The name; the number for a value that is not a defined type.</returns>
    public static string ToName(this TimexType value) => TimexTypes.NameOf(value);

    /// <summary>The TIMEX3 name of a modifier: <c>START</c>, <c>MID</c>, <c>END</c>, <c>MORE_THAN</c>, <c>LESS_THAN</c>, <c>APPROX</c>, <c>BEFORE</c>, <c>AFTER</c>, <c>EQUAL_OR_MORE</c>, <c>EQUAL_OR_LESS</c>.</summary>
    /// <param name="value">The modifier.</param>
    /// <returns>The name; the number for a value that is not a defined modifier.</returns>
    public static string ToName(this TimexMod value) => TimexMods.NameOf(value);

    /// <summary>The name of a token kind: <c>word</c>, <c>number</c>, <c>abbreviation</c>, <c>punctuation</c>, <c>symbol</c>, <c>url</c>, <c>email</c>.</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The name; the number for a value that is not a defined kind.</returns>
    public static string ToName(this TokenKind value) => TokenKinds.NameOf(value);

    /// <summary>Reads an entity type's annotation name, ignoring case and surrounding white space.</summary>
    /// <param name="name">The name (<c>GPE</c>, <c>person</c>).</param>
    /// <param name="value">The type, when the name is one.</param>
    /// <returns>Whether <paramref name="name"/> names a type.</returns>
    public static bool TryParse(string? name, out EntityType value) => EntityTypes.TryParse(name.AsSpan().Trim(), out value);

    /// <summary>Reads a claim kind's annotation name, ignoring case and surrounding white space.</summary>
    /// <param name="name">The name (<c>according-to</c>).</param>
    /// <param name="value">The kind, when the name is one.</param>
    /// <returns>Whether <paramref name="name"/> names a kind.</returns>
    public static bool TryParse(string? name, out ClaimKind value) => ClaimKinds.TryParse(name.AsSpan().Trim(), out value);

    /// <summary>Reads a TIMEX3 type name, ignoring case and surrounding white space.</summary>
    /// <param name="name">The name (<c>DATE</c>).</param>
    /// <param name="value">The type, when the name is one.</param>
    /// <returns>Whether <paramref name="name"/> names a type.</returns>
    public static bool TryParse(string? name, out TimexType value) => TimexTypes.TryParse(name.AsSpan().Trim(), out value);

    /// <summary>Reads a TIMEX3 modifier name, ignoring case and surrounding white space.</summary>
    /// <param name="name">The name (<c>MORE_THAN</c>).</param>
    /// <param name="value">The modifier, when the name is one.</param>
    /// <returns>Whether <paramref name="name"/> names a modifier.</returns>
    public static bool TryParse(string? name, out TimexMod value) => TimexMods.TryParse(name.AsSpan().Trim(), out value);

    /// <summary>Reads a token kind's name, ignoring case and surrounding white space.</summary>
    /// <param name="name">The name (<c>word</c>).</param>
    /// <param name="value">The kind, when the name is one.</param>
    /// <returns>Whether <paramref name="name"/> names a kind.</returns>
    public static bool TryParse(string? name, out TokenKind value) => TokenKinds.TryParse(name.AsSpan().Trim(), out value);
}
