using System.Text.Json.Serialization;

namespace Geopolitics.Nlp.Dates;

/// <summary>TIMEX3 types of temporal expression.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TimexType>))]
public enum TimexType
{
    /// <summary>A calendar date, month, year, decade or century, or a range of them.</summary>
    [JsonStringEnumMemberName("DATE")]
    Date,

    /// <summary>A time of day, possibly with its date and zone.</summary>
    [JsonStringEnumMemberName("TIME")]
    Time,

    /// <summary>A length of time (<c>P14Y</c>).</summary>
    [JsonStringEnumMemberName("DURATION")]
    Duration,

    /// <summary>A recurrence (<c>setiap tahun</c>).</summary>
    [JsonStringEnumMemberName("SET")]
    Set,
}
