using System.Text.Json.Serialization;
using Geopolitics.Nlp.Serialization;

namespace Geopolitics.Nlp.Dates;

/// <summary>TIMEX3 modifiers that qualify a value.</summary>
/// <remarks>
/// JSON, the <c>geonlp</c> table and the HTML view write the annotation name (<c>MORE_THAN</c>), which
/// <see cref="AnnotationNames.ToName(TimexMod)"/> gives; <see cref="Enum.ToString()"/> gives the C# member name.
/// </remarks>
[JsonConverter(typeof(TimexModJsonConverter))]
public enum TimexMod
{
    /// <summary>The beginning of the period (<c>awal</c>).</summary>
    Start,

    /// <summary>The middle of the period (<c>pertengahan</c>).</summary>
    Mid,

    /// <summary>The end of the period (<c>akhir</c>).</summary>
    End,

    /// <summary>More than the duration (<c>lebih dari</c>).</summary>
    MoreThan,

    /// <summary>Less than the duration (<c>kurang dari</c>).</summary>
    LessThan,

    /// <summary>About the value (<c>sekitar</c>).</summary>
    Approx,

    /// <summary>Before the point (<c>sebelum</c>).</summary>
    Before,

    /// <summary>After the point (<c>setelah</c>).</summary>
    After,

    /// <summary>At least the duration (<c>setidaknya</c>).</summary>
    EqualOrMore,

    /// <summary>At most the duration (<c>paling lama</c>).</summary>
    EqualOrLess,
}
