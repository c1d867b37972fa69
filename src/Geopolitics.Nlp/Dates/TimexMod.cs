using System.Text.Json.Serialization;

namespace Geopolitics.Nlp.Dates;

/// <summary>TIMEX3 modifiers that qualify a value.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TimexMod>))]
public enum TimexMod
{
    /// <summary>The beginning of the period (<c>awal</c>).</summary>
    [JsonStringEnumMemberName("START")]
    Start,

    /// <summary>The middle of the period (<c>pertengahan</c>).</summary>
    [JsonStringEnumMemberName("MID")]
    Mid,

    /// <summary>The end of the period (<c>akhir</c>).</summary>
    [JsonStringEnumMemberName("END")]
    End,

    /// <summary>More than the duration (<c>lebih dari</c>).</summary>
    [JsonStringEnumMemberName("MORE_THAN")]
    MoreThan,

    /// <summary>Less than the duration (<c>kurang dari</c>).</summary>
    [JsonStringEnumMemberName("LESS_THAN")]
    LessThan,

    /// <summary>About the value (<c>sekitar</c>).</summary>
    [JsonStringEnumMemberName("APPROX")]
    Approx,

    /// <summary>Before the point (<c>sebelum</c>).</summary>
    [JsonStringEnumMemberName("BEFORE")]
    Before,

    /// <summary>After the point (<c>setelah</c>).</summary>
    [JsonStringEnumMemberName("AFTER")]
    After,

    /// <summary>At least the duration (<c>setidaknya</c>).</summary>
    [JsonStringEnumMemberName("EQUAL_OR_MORE")]
    EqualOrMore,

    /// <summary>At most the duration (<c>paling lama</c>).</summary>
    [JsonStringEnumMemberName("EQUAL_OR_LESS")]
    EqualOrLess,
}
