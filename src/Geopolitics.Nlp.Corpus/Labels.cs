using Geopolitics.Nlp.Claims;
using Geopolitics.Nlp.Dates;
using Geopolitics.Nlp.Entities;

namespace Geopolitics.Nlp.Corpus;

/// <summary>The labels the corpus stores: the same strings as the library's JSON, so SQL and JSON read alike.</summary>
internal static class Labels
{
    public static string Of(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORGANIZATION",
        EntityType.Gpe => "GPE",
        EntityType.Location => "LOCATION",
        _ => "EVENT",
    };

    public static string Of(ClaimKind kind) => kind switch
    {
        ClaimKind.Direct => "direct",
        ClaimKind.Indirect => "indirect",
        _ => "according-to",
    };

    public static string Of(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };

    public static string? Of(TimexMod? mod) => mod switch
    {
        null => null,
        TimexMod.Start => "START",
        TimexMod.Mid => "MID",
        TimexMod.End => "END",
        TimexMod.MoreThan => "MORE_THAN",
        TimexMod.LessThan => "LESS_THAN",
        TimexMod.Approx => "APPROX",
        TimexMod.Before => "BEFORE",
        TimexMod.After => "AFTER",
        TimexMod.EqualOrMore => "EQUAL_OR_MORE",
        _ => "EQUAL_OR_LESS",
    };

    /// <summary>The partition key of an article's rows: <c>YYYY-MM</c> of its publication date, or <c>undated</c>.</summary>
    public static string Month(DateOnly? date) =>
        date is { } d ? d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) : "undated";
}
