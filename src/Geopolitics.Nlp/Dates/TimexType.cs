using System.Text.Json.Serialization;
using Geopolitics.Nlp.Serialization;

namespace Geopolitics.Nlp.Dates;

/// <summary>TIMEX3 types of temporal expression.</summary>
/// <remarks>
/// JSON, the <c>geonlp</c> table and the HTML view write the annotation name (<c>DATE</c>), which
/// <see cref="AnnotationNames.ToName(TimexType)"/> gives; <see cref="Enum.ToString()"/> gives the C# member name.
/// </remarks>
[JsonConverter(typeof(TimexTypeJsonConverter))]
public enum TimexType
{
    /// <summary>A calendar date, month, year, decade or century, or a range of them.</summary>
    Date,

    /// <summary>A time of day, possibly with its date and zone.</summary>
    Time,

    /// <summary>A length of time (<c>P14Y</c>).</summary>
    Duration,

    /// <summary>A recurrence (<c>setiap tahun</c>).</summary>
    Set,
}
