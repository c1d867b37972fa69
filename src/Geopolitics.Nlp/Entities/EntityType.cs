using System.Text.Json.Serialization;
using Geopolitics.Nlp.Serialization;

namespace Geopolitics.Nlp.Entities;

/// <summary>The kinds of named entity the analyzer reports, as defined in the annotation guidelines.</summary>
/// <remarks>
/// JSON, the <c>geonlp</c> table and the HTML view write the annotation name (<c>GPE</c>), which
/// <see cref="AnnotationNames.ToName(EntityType)"/> gives; <see cref="Enum.ToString()"/> gives the C# member name.
/// </remarks>
[JsonConverter(typeof(EntityTypeJsonConverter))]
public enum EntityType
{
    /// <summary>A named person.</summary>
    Person,

    /// <summary>A named organization, institution, company, agency, alliance or media outlet.</summary>
    Organization,

    /// <summary>A geopolitical entity: a country, state, province or city — a place with a government.</summary>
    Gpe,

    /// <summary>A named place without a government: a region, peninsula, sea or facility.</summary>
    Location,

    /// <summary>A named event: a war, battle, summit, conference or parade.</summary>
    Event,
}
