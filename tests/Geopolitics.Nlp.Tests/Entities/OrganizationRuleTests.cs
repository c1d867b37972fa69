using Geopolitics.Nlp.Entities;

namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>
/// The organization rule in context: a name opened by a head word stops where the office holder's name begins, where
/// a coordinated name begins, and an acronym defined in the text is named by the text's own expansion.
/// </summary>
public sealed class OrganizationRuleTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static List<(string Text, EntityType Type, string Canonical)> Entities(string text) =>
        Analyzer.Analyze(text).Entities.Select(e => (e.Text, e.Type, e.Canonical)).ToList();

    public static TheoryData<string, string, string> TitleOrganizationPerson => new()
    {
        { "Wakil Ketua Umum Partai Persatuan Rakyat Sarwono Adi Prakoso mengatakan partainya menolak usulan itu.", "Partai Persatuan Rakyat", "Sarwono Adi Prakoso" },
        { "Juru Bicara Komisi Pengawas Persaingan Usaha Dimas Haryanto menegaskan penyelidikan masih berjalan.", "Komisi Pengawas Persaingan Usaha", "Dimas Haryanto" },
        { "Ketua DPP Partai Bintang Timur Rudi Santoso menilai koalisi itu rapuh.", "Partai Bintang Timur", "Rudi Santoso" },
        { "Anggota Dewan Pakar PKB Lestari Wulandari menyatakan dukungannya.", "Dewan Pakar PKB", "Lestari Wulandari" },
        { "Sekretaris Jenderal Partai Hijau Nusantara, Bambang Sutrisno, mengatakan hal itu kepada wartawan.", "Partai Hijau Nusantara", "Bambang Sutrisno" },
    };

    [Theory]
    [MemberData(nameof(TitleOrganizationPerson))]
    public void Organization_name_ends_where_the_office_holders_name_begins(string text, string organization, string person)
    {
        var entities = Entities(text);
        Assert.Contains(entities, e => e.Text == organization && e.Type == EntityType.Organization);
        Assert.Contains(entities, e => e.Text == person && e.Type == EntityType.Person);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Organization && e.Text.Contains(person, StringComparison.Ordinal));
    }

    [Fact]
    public void Organization_is_cut_before_a_name_seen_as_a_person_elsewhere_in_the_document()
    {
        var entities = Entities("Rapat itu dipimpin Hendra Kusuma. Kemarin, Majelis Adat Rakyat Hendra Kusuma menolak hadir.");
        Assert.Contains(entities, e => e.Text == "Majelis Adat Rakyat" && e.Type == EntityType.Organization);
        Assert.Equal(2, entities.Count(e => e.Text == "Hendra Kusuma" && e.Type == EntityType.Person));
    }

    public static TheoryData<string> OrganizationsWithoutPerson => new()
    {
        "Komisi Pemberantasan Korupsi mengatakan penyidikan berlanjut.",
        "Kepala Staf Angkatan Laut mengatakan kapal itu siap berlayar.",
        "Badan Pengawas Obat dan Makanan menyatakan produk itu aman.",
    };

    [Theory]
    [MemberData(nameof(OrganizationsWithoutPerson))]
    public void Organization_before_a_reporting_verb_keeps_its_last_word_when_no_person_follows(string text)
    {
        Assert.DoesNotContain(Entities(text), e => e.Type == EntityType.Person);
    }

    public static TheoryData<string, string, string> Coordinated => new()
    {
        { "Kerja sama Federasi Rusia dan Republik Demokratik Rakyat Korea (RDRK) terus meningkat.", "Federasi Rusia", "Republik Demokratik Rakyat Korea" },
        { "Partai Demokrat dan PDI Perjuangan menolak rancangan itu.", "Partai Demokrat", "PDI Perjuangan" },
        { "Kementerian Pertahanan dan Kementerian Luar Negeri menggelar rapat bersama.", "Kementerian Pertahanan", "Kementerian Luar Negeri" },
        { "Pertemuan Ketua Umum Partai Cahaya Bangsa Irawan Setiadi dan Presiden Joko Widodo berlangsung tertutup.", "Irawan Setiadi", "Joko Widodo" },
    };

    [Theory]
    [MemberData(nameof(Coordinated))]
    public void Names_joined_by_dan_are_two_mentions(string text, string left, string right)
    {
        var entities = Entities(text);
        Assert.Contains(entities, e => e.Text == left);
        Assert.Contains(entities, e => e.Text == right);
        Assert.DoesNotContain(entities, e => e.Text.Contains(" dan ", StringComparison.Ordinal));
    }

    [Fact]
    public void Single_name_with_dan_inside_stays_whole()
    {
        var entities = Entities("Institut Ekonomi dan Hubungan Internasional menerbitkan laporan itu.");
        Assert.Contains(entities, e => e.Text == "Institut Ekonomi dan Hubungan Internasional" && e.Type == EntityType.Organization);
    }

    [Fact]
    public void Acronym_defined_in_the_text_takes_the_texts_expansion_as_canonical()
    {
        var entities = Entities("Menurut Kantor Berita Sentral Korea (KCNA), uji coba berhasil. KCNA tidak memberi rincian.");
        Assert.Contains(entities, e => e.Text == "Kantor Berita Sentral Korea" && e.Canonical == "Kantor Berita Sentral Korea");
        Assert.All(entities.Where(e => e.Text == "KCNA"), e => Assert.Equal("Kantor Berita Sentral Korea", e.Canonical));
    }

    [Fact]
    public void Acronym_whose_expansion_the_gazetteer_knows_keeps_the_gazetteer_name()
    {
        var entities = Entities("Republik Demokratik Rakyat Korea (RDRK) menolak tuduhan itu.");
        Assert.Contains(entities, e => e.Text == "RDRK" && e.Canonical == "Korea Utara");
    }
}
