namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>
/// On sport and business pages an unknown capitalized name is a club or a company as often as a person: context, shape
/// and the rest of the article decide (OrganizationContextPass, ClubNamePass, OrganizationNamePropagationPass), while
/// athletes, coaches and executives stay people. Sentences written for these tests; exact spans and types.
/// </summary>
public sealed class SportAndBusinessNameTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static List<string> Entities(string text) =>
        Analyzer.Analyze(text).Entities.Select(e => $"{e.Type} {e.Text}").ToList();

    [Theory]
    [InlineData("Harga saham Lintasraya anjlok sejak penawaran perdana.", "Organization Lintasraya")]
    [InlineData("Perusahaan rintisan Dagangku menutup layanannya pekan lalu.", "Organization Dagangku")]
    [InlineData("Investor melirik perusahaan teknologi Sorabel tahun ini.", "Organization Sorabel")]
    [InlineData("Klub asal Jepang, Kashiwa Reysol, resmi melepas pemain itu.", "Organization Kashiwa Reysol")]
    [InlineData("Larabumi, perusahaan tambang asal Kalimantan, membukukan laba.", "Organization Larabumi")]
    [InlineData("Menurut analis, Larabumi adalah perusahaan yang sehat.", "Organization Larabumi")]
    [InlineData("Tim tamu bertandang ke markas Lintang Jaya pada laga pekan ini.", "Organization Lintang Jaya")]
    public void A_noun_before_after_or_in_apposition_makes_a_name_an_organization(string text, string expected) =>
        Assert.Contains(expected, Entities(text));

    [Theory]
    [InlineData("Perusahaan teknologi seperti Sorabel, Bhinneka dan Blibli mulai merugi.",
        "Organization Sorabel|Organization Bhinneka|Organization Blibli")]
    public void A_list_after_an_organization_noun_is_a_list_of_organizations(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Entities(text));

    [Theory]
    [InlineData("Kinerja emiten Unilever Indonesia membaik.", "Organization Unilever Indonesia")]
    [InlineData("Skuad Garuda Muda tiba di Doha kemarin.", "Organization Garuda Muda")]
    public void The_kind_of_organization_stays_outside_its_name(string text, string expected) =>
        Assert.Contains(expected, Entities(text));

    [Theory]
    [InlineData("Saham Takashimaya naik tajam pada perdagangan Senin.", "Organization 6-17 Takashimaya")]
    [InlineData("Direktur Utama PT Bank Mandiri (Persero) Tbk. (BMRI) Darmawan Junaidi menyebut laba naik.", "Organization 15-45 PT Bank Mandiri (Persero) Tbk.|Organization 47-51 BMRI|Person 53-69 Darmawan Junaidi")]
    public void A_stock_noun_opening_a_sentence_and_a_bracketed_ticker_mark_the_company(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    [Theory]
    [InlineData("Bali United gagal menang di kandang sendiri.", "Organization Bali United")]
    [InlineData("Dewa United menahan imbang Persebaya Surabaya tanpa gol.", "Organization Persebaya Surabaya")]
    [InlineData("Laga itu mempertemukan PSIS Semarang dan tim tamu.", "Organization PSIS Semarang")]
    [InlineData("Gol tunggal itu membawa Leicester City menang atas tuan rumah.", "Organization Leicester City")]
    public void Clubs_named_after_their_town_are_one_organization(string text, string expected) =>
        Assert.Contains(expected, Entities(text));

    [Fact]
    public void A_name_shown_to_be_an_organization_once_is_one_throughout_the_article() =>
        Assert.Equal(
            ["Organization Sorabel", "Organization Sorabel", "Organization Sorabel"],
            Entities("Perusahaan rintisan Sorabel menutup layanannya. Sorabel menyebut pandemi memukul penjualan. " +
                     "Pendiri Sorabel tidak menjawab.").Where(e => e.Contains("Sorabel", StringComparison.Ordinal)));

    [Theory]
    [InlineData("Pelatih klub, Andi Wijaya, mengaku puas dengan hasil itu.", "Person Andi Wijaya")]
    [InlineData("Direktur perusahaan tersebut, Rina Kusuma, menolak berkomentar.", "Person Rina Kusuma")]
    [InlineData("Menurut Budi Santoso, perusahaan sedang merugi tahun ini.", "Person Budi Santoso")]
    [InlineData("Klub milik Erick Thohir itu kalah lagi.", "Person Erick Thohir")]
    [InlineData("Investor Lo Kheng Hong membeli saham itu pekan lalu.", "Person Lo Kheng Hong")]
    [InlineData("Striker Marselino Ferdinan mencetak gol kedua.", "Person Marselino Ferdinan")]
    public void Athletes_coaches_and_executives_stay_people(string text, string expected) =>
        Assert.Contains(expected, Entities(text));

    [Theory]
    [InlineData("Jaksa menemui tim Anies Baswedan di Jakarta.", "Person Anies Baswedan")]
    [InlineData("kuota harian BBM subsidi dipangkas.", null)]
    public void Nouns_with_another_sense_do_not_make_organizations(string text, string? expected)
    {
        var entities = Entities(text);
        Assert.DoesNotContain(entities, e => e.StartsWith("Organization", StringComparison.Ordinal));
        if (expected is not null)
        {
            Assert.Contains(expected, entities);
        }
    }
}
