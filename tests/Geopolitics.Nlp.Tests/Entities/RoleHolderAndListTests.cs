namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>
/// Business and sport pages name an office holder right after the organization (<c>pelatih Arema FC Joel Cornelli</c>),
/// write a state enterprise's legal form in brackets, and list companies and clubs together: RoleHolderPass,
/// OrganizationContextPass and CoordinatedNamePass. Sentences written for these tests; every mention, exact spans.
/// </summary>
public sealed class RoleHolderAndListTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static List<string> Entities(string text) =>
        Analyzer.Analyze(text).Entities.Select(e => $"{e.Type} {e.Text}").ToList();

    [Theory]
    [InlineData("Sementara itu, pelatih Arema FC Joel Cornelli menyesalkan keputusan wasit.", "Organization Arema FC|Person Joel Cornelli")]
    [InlineData("Direktur Utama PT Maju Sejahtera Budi Santoso mengatakan laba perseroan naik.",
        "Organization PT Maju Sejahtera|Person Budi Santoso")]
    [InlineData("Presiden Direktur PT Astra International Tbk Djony Bunarto Tjondro menyebut penjualan mobil turun.",
        "Organization PT Astra International Tbk|Person Djony Bunarto Tjondro")]
    [InlineData("Direktur Keuangan Garuda Indonesia Prasetio menyebut utang perusahaan berkurang.",
        "Organization Garuda Indonesia|Person Prasetio")]
    [InlineData("Manajer Bali United Yabes Tanuri mengatakan timnya siap.", "Organization Bali United|Person Yabes Tanuri")]
    public void The_holder_of_a_role_is_cut_off_the_organization_named_before_him(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Entities(text));

    [Theory]
    [InlineData("Saham PT Bank Rakyat Indonesia (Persero) Tbk naik 2,3 persen.", "Organization PT Bank Rakyat Indonesia (Persero) Tbk")]
    [InlineData("PT Pertamina (Persero) dan PT PLN (Persero) menandatangani kerja sama.",
        "Organization PT Pertamina (Persero)|Organization PT PLN (Persero)")]
    public void A_legal_form_in_brackets_is_part_of_the_company_name(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Entities(text));

    [Theory]
    [InlineData("Menurut riset Google, Temasek dan Bain & Company, nilai ekonomi digital terus naik.",
        "Organization Google|Organization Temasek|Organization Bain & Company")]
    [InlineData("Hyundai Motor Indonesia meluncurkan mobil baru, sementara Wuling dan BYD menawarkan harga lebih murah.",
        "Organization Hyundai Motor Indonesia|Organization Wuling|Organization BYD")]
    [InlineData("Kemenangan ini membawa Persija ke posisi keempat, di bawah Persib Bandung, Persebaya Surabaya dan Bali United.",
        "Organization Persib Bandung|Organization Persebaya Surabaya|Organization Bali United")]
    [InlineData("Grab dan Gojek kembali dikabarkan akan merger.", "Organization Grab|Organization Gojek")]
    public void An_unknown_name_listed_with_organizations_is_an_organization(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Entities(text));

    [Theory]
    [InlineData("Hadir pula anggota Komisi VI DPR, Andi Rahmat, Siti Nuraini, dan Yoga Pratama.",
        "Organization Komisi VI DPR|Person Andi Rahmat|Person Siti Nuraini|Person Yoga Pratama")]
    [InlineData("Laporan itu dirilis Google, Selasa (12/3), di Jakarta.", "Organization Google|Gpe Jakarta")]
    public void People_after_an_organization_and_words_after_a_list_without_conjunction_stay_as_they_are(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Entities(text));

    [Theory]
    [InlineData("Gubernur BI Perry Warjiyo menyebut inflasi tetap terkendali.", "Organization BI|Person Perry Warjiyo")]
    [InlineData("Saham PT Sinar Lautan Tbk naik tajam. CEO Sinar Robert Halim menyebut permintaan ekspor membaik.",
        "Organization PT Sinar Lautan Tbk|Organization Sinar|Person Robert Halim")]
    public void An_acronym_or_the_article_s_own_organization_before_a_holder_s_name_is_the_organization(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Entities(text));

    [Fact]
    public void A_lone_word_that_begins_an_organization_s_name_and_no_person_s_is_the_organization() =>
        Assert.Equal(
            ["Organization Lazuardi Holdings", "Organization Lazuardi"],
            Entities("Pendapatan Lazuardi Holdings naik pada kuartal ketiga. Juru bicara Lazuardi menolak memberikan rincian."));

    [Theory]
    [InlineData("Turnamen itu disponsori oleh Bank Central Asia dan Djarum Foundation.",
        "Organization Bank Central Asia|Organization Djarum Foundation")]
    [InlineData("Tim tamu tertahan di bawah Borneo FC Samarinda pekan ini.", "Organization Borneo FC Samarinda")]
    public void A_name_ends_where_a_second_begins_and_a_club_keeps_its_town(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Entities(text));
}
