using Geopolitics.Nlp.Entities;

namespace Geopolitics.Nlp.Tests.Entities;

public sealed class EntityCanonicalizerTests
{
    public static TheoryData<string, string> TransliterationVariants => new()
    {
        { "Choe Son Hui", "Choi Son-hee" },
        { "Choe Son Hui", "Shoe Son Hui" },
        { "Sergey Lavrov", "Sergei Lavrov" },
    };

    [Theory]
    [MemberData(nameof(TransliterationVariants))]
    public void Transliteration_variants_of_one_name_merge(string first, string later)
    {
        var canonicalizer = new EntityCanonicalizer(EntityRecognizer.Default.Gazetteer);
        var found = new List<EntityCanonicalizer.Found>
        {
            new(0, first.Length, first, new Mention(0, 3, EntityType.Person, null), -1),
            new(100, 100 + later.Length, later, new Mention(0, 3, EntityType.Person, null), -1),
        };
        var resolved = canonicalizer.Resolve(found);
        Assert.Equal(resolved[0].Canonical, resolved[1].Canonical);
    }

    [Theory]
    [InlineData("Kim Jong-un", "Kim")]
    [InlineData("Sergey Lavrov", "Lavrov")]
    public void Short_form_resolves_to_the_full_name_seen_earlier(string full, string shortForm)
    {
        var canonicalizer = new EntityCanonicalizer(EntityRecognizer.Default.Gazetteer);
        var resolved = canonicalizer.Resolve(
        [
            new(0, full.Length, full, new Mention(0, 2, EntityType.Person, null), -1),
            new(100, 100 + shortForm.Length, shortForm, new Mention(0, 1, EntityType.Person, null), -1),
        ]);
        Assert.Equal(resolved[0].Canonical, resolved[1].Canonical);
    }

    [Theory]
    [InlineData("Kim Jong-un", "Kim Yo-jong")]
    [InlineData("Vladimir Putin", "Vladimir Zelensky")]
    public void Different_people_do_not_merge(string first, string other)
    {
        Assert.NotEqual(EntityCanonicalizer.TransliterationKey(first), EntityCanonicalizer.TransliterationKey(other));
        var canonicalizer = new EntityCanonicalizer(EntityRecognizer.Default.Gazetteer);
        var resolved = canonicalizer.Resolve(
        [
            new(0, first.Length, first, new Mention(0, 2, EntityType.Person, null), -1),
            new(100, 100 + other.Length, other, new Mention(0, 2, EntityType.Person, null), -1),
        ]);
        Assert.NotEqual(resolved[0].Canonical, resolved[1].Canonical);
    }
}
