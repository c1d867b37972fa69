using System.Text.Json;
using Geopolitics.Nlp.Claims;
using Geopolitics.Nlp.Dates;
using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Serialization;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Tests.Serialization;

public sealed class AnnotationNameTests
{
    [Theory]
    [InlineData(EntityType.Person, "PERSON")]
    [InlineData(EntityType.Organization, "ORGANIZATION")]
    [InlineData(EntityType.Gpe, "GPE")]
    [InlineData(EntityType.Location, "LOCATION")]
    [InlineData(EntityType.Event, "EVENT")]
    public void Entity_types_are_named_as_the_guidelines_write_them(EntityType type, string name)
    {
        Assert.Equal(name, type.ToName());
        Assert.True(AnnotationNames.TryParse(name.ToLowerInvariant(), out EntityType parsed));
        Assert.Equal(type, parsed);
    }

    [Theory]
    [InlineData(ClaimKind.Direct, "direct")]
    [InlineData(ClaimKind.Indirect, "indirect")]
    [InlineData(ClaimKind.AccordingTo, "according-to")]
    public void Claim_kinds_are_named_as_the_guidelines_write_them(ClaimKind kind, string name)
    {
        Assert.Equal(name, kind.ToName());
        Assert.True(AnnotationNames.TryParse($" {name.ToUpperInvariant()} ", out ClaimKind parsed));
        Assert.Equal(kind, parsed);
    }

    [Theory]
    [InlineData(TimexMod.MoreThan, "MORE_THAN")]
    [InlineData(TimexMod.EqualOrLess, "EQUAL_OR_LESS")]
    [InlineData(TimexMod.End, "END")]
    public void Timex_modifiers_are_named_as_TIMEX3_writes_them(TimexMod mod, string name)
    {
        Assert.Equal(name, mod.ToName());
        Assert.True(AnnotationNames.TryParse(name, out TimexMod parsed));
        Assert.Equal(mod, parsed);
    }

    [Fact]
    public void Every_value_of_every_enum_is_written_to_JSON_under_its_name_and_read_back()
    {
        AssertJsonUsesNames<EntityType>(v => v.ToName());
        AssertJsonUsesNames<ClaimKind>(v => v.ToName());
        AssertJsonUsesNames<TimexType>(v => v.ToName());
        AssertJsonUsesNames<TimexMod>(v => v.ToName());
        AssertJsonUsesNames<TokenKind>(v => v.ToName());
    }

    [Fact]
    public void Unknown_names_are_not_parsed_and_undefined_values_are_named_by_number()
    {
        Assert.False(AnnotationNames.TryParse("COUNTRY", out EntityType _));
        Assert.False(AnnotationNames.TryParse(null, out TimexType _));
        Assert.False(AnnotationNames.TryParse("according to", out ClaimKind _));
        Assert.Equal("42", ((EntityType)42).ToName());
        Assert.Equal("-1", ((TimexMod)(-1)).ToName());
    }

    private static void AssertJsonUsesNames<TEnum>(Func<TEnum, string> name)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var json = JsonSerializer.Serialize(value, GeoNlpJson.DefaultOptions);
            Assert.Equal($"\"{name(value)}\"", json);
            Assert.Equal(value, JsonSerializer.Deserialize<TEnum>(json, GeoNlpJson.DefaultOptions));
        }
    }
}
