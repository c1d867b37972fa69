using Geopolitics.Nlp.Entities;

namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>Canonical names follow the article's own spelling of a person or organization.</summary>
public sealed class WrittenSpellingTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    public static TheoryData<string, string, string> WrittenForms => new()
    {
        // The gazetteer spells him "Sergei Shoigu"; this article writes "Sergey", so both mentions are named so.
        { "Menteri Pertahanan Rusia Sergey Shoigu tiba di Hanoi. Shoigu mengatakan latihan akan diperluas.", "Shoigu", "Sergey Shoigu" },
        // A surname misspelt once is the person named in full earlier.
        { "Juru bicara kementerian, Andika Prasetyawan, menegaskan tidak ada ancaman. Prasetyawn berharap kedua negara terus berkomunikasi.", "Prasetyawn", "Andika Prasetyawan" },
        // A ministry clipped before a country is the ministry the article writes in full with that country.
        { "Pertemuan digelar di Kementerian Luar Negeri Prancis. \"Kedua negara sepakat,\" sebut keterangan Kemlu Prancis.", "Kemlu Prancis", "Kementerian Luar Negeri Prancis" },
        { "Staf Kedutaan Besar Jepang dipanggil. Kedubes Jepang membantah kabar itu.", "Kedubes Jepang", "Kedutaan Besar Jepang" },
        // Middle initials the known name leaves out.
        { "Menlu Retno L Marsudi bertemu Wang Yi.", "Retno L Marsudi", "Retno Marsudi" },
        { "Menlu Retno L. Marsudi bertemu Wang Yi.", "Retno L. Marsudi", "Retno Marsudi" },
    };

    [Theory]
    [MemberData(nameof(WrittenForms))]
    public void A_mention_is_named_as_the_article_writes_the_name_in_full(string text, string mention, string canonical)
    {
        var found = Analyzer.Analyze(text).Entities.Where(e => e.Text == mention).ToList();
        Assert.NotEmpty(found);
        Assert.All(found, e => Assert.Equal(canonical, e.Canonical));
    }

    [Fact]
    public void The_gazetteers_own_spelling_wins_when_the_article_uses_it()
    {
        var analysis = Analyzer.Analyze("Sergei Shoigu tiba di Hanoi. Menteri Sergey Shoigu kemudian bertemu mitranya.");
        Assert.All(analysis.Entities.Where(e => e.Type == EntityType.Person), e => Assert.Equal("Sergei Shoigu", e.Canonical));
    }

    [Theory]
    [InlineData("Budi Santoso", "Susanto")] // two edits: another surname, not a misspelling
    [InlineData("Joko Sutan", "Sutas")] // too short to tell a misspelling from another name
    public void A_different_short_name_is_not_taken_for_a_misspelling(string full, string other)
    {
        var canonicalizer = new EntityCanonicalizer(EntityRecognizer.Default.Gazetteer);
        var resolved = canonicalizer.Resolve(
        [
            new(0, full.Length, full, new Mention(0, 2, EntityType.Person, null), -1),
            new(100, 100 + other.Length, other, new Mention(0, 1, EntityType.Person, null), -1),
        ]);
        Assert.Equal(other, resolved[1].Canonical);
    }

    [Theory]
    [InlineData("Kemenlu", "Kementerian Luar Negeri", true)]
    [InlineData("Kemlu", "Kementerian Luar Negeri", true)]
    [InlineData("Kemhan", "Kementerian Pertahanan", true)]
    [InlineData("Kedubes", "Kedutaan Besar", true)]
    [InlineData("Dewan", "Dewan Keamanan", false)] // the whole first word: a shorter name, not a clipping
    [InlineData("Kemenkeu", "Kementerian Luar Negeri", false)]
    [InlineData("KL", "Kementerian Luar", false)]
    public void A_clipping_runs_through_the_full_head_in_order(string abbreviation, string head, bool expected) =>
        Assert.Equal(expected, WrittenSpellings.Abbreviates(abbreviation, head));
}
