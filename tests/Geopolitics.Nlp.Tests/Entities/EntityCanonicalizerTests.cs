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
        Assert.NotEqual(NameSpelling.TransliterationKey(first), NameSpelling.TransliterationKey(other));
        var canonicalizer = new EntityCanonicalizer(EntityRecognizer.Default.Gazetteer);
        var resolved = canonicalizer.Resolve(
        [
            new(0, first.Length, first, new Mention(0, 2, EntityType.Person, null), -1),
            new(100, 100 + other.Length, other, new Mention(0, 2, EntityType.Person, null), -1),
        ]);
        Assert.NotEqual(resolved[0].Canonical, resolved[1].Canonical);
    }

    // Names that differ only in their regnal numeral are a pope or a monarch and a predecessor, however close the letters.
    [Theory]
    [InlineData("Leo XIV", "Leo XIII")]
    [InlineData("Leo XIII", "Leo XIV")]
    [InlineData("Pius XII", "Pius XI")]
    [InlineData("Charles III", "Charles II")]
    public void Names_differing_in_their_regnal_numeral_do_not_merge(string first, string other)
    {
        var canonicalizer = new EntityCanonicalizer(EntityRecognizer.Default.Gazetteer);
        var resolved = canonicalizer.Resolve(
        [
            new(0, first.Length, first, new Mention(0, 2, EntityType.Person, null), -1),
            new(100, 100 + other.Length, other, new Mention(0, 2, EntityType.Person, null), -1),
        ]);
        Assert.Equal(first, resolved[0].Canonical);
        Assert.Equal(other, resolved[1].Canonical);
    }

    [Theory]
    [InlineData("Choe Son Hui", "sosonhui")]
    [InlineData("Choi Son-hee", "sosonhi")]
    [InlineData("Sergey Lavrov", "sergeilavrov")]
    [InlineData("Shoigu", "sogu")]
    [InlineData("Chchoee", "soe")] // oe first, then ch, then doubles
    [InlineData("Mahmoud Abbas", "mahmoudabas")]
    [InlineData("Ёлкин-Ü 2", "ёлкинü")]
    [InlineData("", "")]
    public void The_transliteration_key_folds_romanization_alternations(string name, string key) =>
        Assert.Equal(key, NameSpelling.TransliterationKey(name));

    [Fact]
    public void The_transliteration_key_applies_its_folds_in_order_like_string_replace()
    {
        // The key is computed in one buffer; its definition is the chain of whole-string replacements below.
        static string Reference(string name)
        {
            var s = new string([.. name.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
            s = s.Replace("oe", "o", StringComparison.Ordinal).Replace("oi", "o", StringComparison.Ordinal)
                .Replace("ee", "i", StringComparison.Ordinal).Replace("sh", "s", StringComparison.Ordinal)
                .Replace("ch", "s", StringComparison.Ordinal).Replace('c', 's').Replace('y', 'i');
            var folded = new List<char>();
            foreach (var c in s)
            {
                if (folded.Count == 0 || folded[^1] != c)
                {
                    folded.Add(c);
                }
            }

            return new string([.. folded]);
        }

        const string alphabet = "oeishcyOEISHCY a-";
        var random = new Random(7);
        for (var n = 0; n < 5_000; n++)
        {
            var name = new string([.. Enumerable.Range(0, random.Next(0, 14)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            Assert.Equal(Reference(name), NameSpelling.TransliterationKey(name));
        }
    }
}
