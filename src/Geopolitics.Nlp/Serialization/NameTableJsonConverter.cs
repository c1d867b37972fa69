using System.Text.Json;
using System.Text.Json.Serialization;
using Geopolitics.Nlp.Claims;
using Geopolitics.Nlp.Dates;
using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Serialization;

/// <summary>
/// Writes an enum as its name from a <see cref="NameTable{TEnum}"/> and reads it back (ignoring case; a number is
/// read as the value, as <see cref="JsonStringEnumConverter"/> does). A value outside the enum is written as its number.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal abstract class NameTableJsonConverter<TEnum>(NameTable<TEnum> table) : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
        {
            return NameTable<TEnum>.FromIndex(number);
        }

        if (reader.TokenType == JsonTokenType.String && table.TryParse(reader.GetString(), out var value))
        {
            return value;
        }

        throw new JsonException($"Not a {typeof(TEnum).Name} name.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        if (table.TryGetEncoded(value, out var name))
        {
            writer.WriteStringValue(name);
        }
        else
        {
            writer.WriteNumberValue(NameTable<TEnum>.Index(value));
        }
    }
}

// One parameterless converter per enum, for the [JsonConverter] attribute on the enum (the source generator
// instantiates it; no reflection).

/// <summary>JSON names of <see cref="EntityType"/>.</summary>
internal sealed class EntityTypeJsonConverter() : NameTableJsonConverter<EntityType>(AnnotationNames.EntityTypes);

/// <summary>JSON names of <see cref="ClaimKind"/>.</summary>
internal sealed class ClaimKindJsonConverter() : NameTableJsonConverter<ClaimKind>(AnnotationNames.ClaimKinds);

/// <summary>JSON names of <see cref="TimexType"/>.</summary>
internal sealed class TimexTypeJsonConverter() : NameTableJsonConverter<TimexType>(AnnotationNames.TimexTypes);

/// <summary>JSON names of <see cref="TimexMod"/>.</summary>
internal sealed class TimexModJsonConverter() : NameTableJsonConverter<TimexMod>(AnnotationNames.TimexMods);

/// <summary>JSON names of <see cref="TokenKind"/>.</summary>
internal sealed class TokenKindJsonConverter() : NameTableJsonConverter<TokenKind>(AnnotationNames.TokenKinds);
