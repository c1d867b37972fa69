using System.Text.Json.Serialization;

namespace Geopolitics.Nlp.Entities;

/// <summary>The kinds of named entity the analyzer reports, as defined in the annotation guidelines.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntityType>))]
public enum EntityType
{
    /// <summary>A named person.</summary>
    [JsonStringEnumMemberName("PERSON")]
    Person,

    /// <summary>A named organization, institution, company, agency, alliance or media outlet.</summary>
    [JsonStringEnumMemberName("ORGANIZATION")]
    Organization,

    /// <summary>A geopolitical entity: a country, state, province or city — a place with a government.</summary>
    [JsonStringEnumMemberName("GPE")]
    Gpe,

    /// <summary>A named place without a government: a region, peninsula, sea or facility.</summary>
    [JsonStringEnumMemberName("LOCATION")]
    Location,

    /// <summary>A named event: a war, battle, summit, conference or parade.</summary>
    [JsonStringEnumMemberName("EVENT")]
    Event,
}
