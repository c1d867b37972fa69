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

    // Each row: the text, every entity as "Type start-end text" joined by "|", and the canonical name of every mention
    // of the acronym (empty: none defined in the text).
    public static TheoryData<string, string, string, string> OrganizationsWithTheirPlace => new()
    {
        // An organization keeps its place, and its acronym names the organization, never the place (ANNOTATION.md's
        // own example); so do later mentions of the acronym.
        {
            "Komunitas Ekonomi Negara-Negara Afrika Barat (ECOWAS) mengutus mediator ke Bamako. ECOWAS berharap dialog berlanjut.",
            "Organization 0-44 Komunitas Ekonomi Negara-Negara Afrika Barat|Organization 46-52 ECOWAS|Gpe 75-81 Bamako|Organization 83-89 ECOWAS",
            "ECOWAS", "Komunitas Ekonomi Negara-Negara Afrika Barat"
        },
        { "Komunitas Afrika Timur (EAC) membuka sidang di Arusha.", "Organization 0-22 Komunitas Afrika Timur|Organization 24-27 EAC|Gpe 47-53 Arusha", "EAC", "Komunitas Afrika Timur" },
        {
            "Komunitas Pembangunan Afrika Selatan (SADC) menggelar pertemuan puncak.",
            "Organization 0-36 Komunitas Pembangunan Afrika Selatan|Organization 38-42 SADC", "SADC", "Komunitas Pembangunan Afrika Selatan"
        },
        // `dan` inside one name joins no two names; a purpose (`untuk …`) and its place (`di …`) stay in the name.
        {
            "Badan Bantuan dan Pekerjaan PBB untuk Pengungsi Palestina (UNRWA) membuka sekolah baru.",
            "Organization 0-57 Badan Bantuan dan Pekerjaan PBB untuk Pengungsi Palestina|Organization 59-64 UNRWA",
            "UNRWA", "Badan Bantuan dan Pekerjaan PBB untuk Pengungsi Palestina"
        },
        {
            "Dana dari Badan Bantuan dan Pekerjaan PBB untuk Pengungsi Palestina di Timur Dekat (UNRWA) menipis.",
            "Organization 10-82 Badan Bantuan dan Pekerjaan PBB untuk Pengungsi Palestina di Timur Dekat|Organization 84-89 UNRWA",
            "UNRWA", "Badan Bantuan dan Pekerjaan PBB untuk Pengungsi Palestina di Timur Dekat"
        },
        {
            "Menurut Observatorium Suriah untuk Hak Asasi Manusia (SOHR), bentrokan berlanjut.",
            "Organization 8-52 Observatorium Suriah untuk Hak Asasi Manusia|Organization 54-58 SOHR", "SOHR", "Observatorium Suriah untuk Hak Asasi Manusia"
        },
        { "Ia ditahbiskan dalam Ordo Santo Agustinus (OSA) pada 1982.", "Organization 21-41 Ordo Santo Agustinus|Organization 43-46 OSA", "OSA", "Ordo Santo Agustinus" },
        {
            "Konvensi Kerangka Kerja PBB tentang Perubahan Iklim (UNFCCC) menerbitkan laporan.",
            "Organization 0-51 Konvensi Kerangka Kerja PBB tentang Perubahan Iklim|Organization 53-59 UNFCCC",
            "UNFCCC", "Konvensi Kerangka Kerja PBB tentang Perubahan Iklim"
        },
        // A clipped short form (syllables from anywhere in the name) after an institution abbreviates it.
        { "Ia lulus dari Universitas Pertahanan (Unhan) pada 2020.", "Organization 14-36 Universitas Pertahanan|Organization 38-43 Unhan", "Unhan", "Universitas Pertahanan" },
        // Two bodies' acronyms in one parenthesis are two organizations.
        {
            "Kementerian Pelindungan Pekerja Migran Indonesia/Badan Pelindungan Pekerja Migran Indonesia (KP2MI/BP2MI) mendata pekerja.",
            "Organization 0-48 Kementerian Pelindungan Pekerja Migran Indonesia|Organization 49-91 Badan Pelindungan Pekerja Migran Indonesia|" +
            "Organization 93-98 KP2MI|Organization 99-104 BP2MI",
            "BP2MI", "Badan Pelindungan Pekerja Migran Indonesia"
        },
        // A resolution's number is not part of the council's name.
        { "Israel dituduh melanggar Resolusi Dewan Keamanan PBB 2334.", "Gpe 0-6 Israel|Organization 34-52 Dewan Keamanan PBB", "", "" },
        { "Sikap itu merujuk Resolusi Majelis Umum PBB 377.", "Organization 27-43 Majelis Umum PBB", "", "" },
        // After a document head the number, and `Nomor` with it, are the document's, whatever word ends the organization.
        { "Lebanon diminta mematuhi Resolusi Dewan Keamanan 1559.", "Gpe 0-7 Lebanon|Organization 34-48 Dewan Keamanan", "", "" },
        { "Sanksi itu diatur Resolusi Dewan Keamanan PBB Nomor 1737 tahun 2006.", "Organization 27-45 Dewan Keamanan PBB", "", "" },
        { "Resolusi Majelis Umum PBB Nomor 194 menyerukan pemulangan pengungsi.", "Organization 9-25 Majelis Umum PBB", "", "" },
        // A bishops' conference is a standing body; a church rank ends it before its head's name.
        {
            "Ketua Konferensi Uskup Katolik Jepang Kardinal Tarcisio Kikuchi berpidato.",
            "Organization 6-37 Konferensi Uskup Katolik Jepang|Person 47-63 Tarcisio Kikuchi", "", ""
        },
        { "Konferensi Waligereja Korea menggelar misa.", "Organization 0-27 Konferensi Waligereja Korea", "", "" },
        // A ke-/pe-…-an domain after `dan` goes on with the name; a title after `dan` would begin another.
        {
            "Wakil Ketua Dewan Keamanan dan Pertahanan Nasional Ukraina Serhiy Demedyuk hadir.",
            "Organization 12-58 Dewan Keamanan dan Pertahanan Nasional Ukraina|Person 59-74 Serhiy Demedyuk", "", ""
        },
        // An English name in brackets after the Indonesian one is the same organization; so is a long syllable clip.
        {
            "Mereka membentuk Komite Rekonstruksi (Board of Reconstruction) bulan lalu.",
            "Organization 17-36 Komite Rekonstruksi|Organization 38-61 Board of Reconstruction", "", ""
        },
        {
            "Prajurit Komando Pertahanan Udara Nasional (Kohanudnas) bersiaga.",
            "Organization 9-42 Komando Pertahanan Udara Nasional|Organization 44-54 Kohanudnas", "Kohanudnas", "Komando Pertahanan Udara Nasional"
        },
        // A chamber of commerce keeps its city or country; an English name ending in its head is an institution.
        { "Ketua Kamar Dagang Surabaya, Andi Wijaya, membuka pameran.", "Organization 6-27 Kamar Dagang Surabaya|Person 29-40 Andi Wijaya", "", "" },
        { "Kamar Dagang dan Industri Thailand menyambut kesepakatan itu.", "Organization 0-34 Kamar Dagang dan Industri Thailand", "", "" },
        { "Analis Carnegie Middle East Center menilai gencatan senjata rapuh.", "Organization 7-34 Carnegie Middle East Center", "", "" },
        // A contingent's designation stays in its name; UN missions, groupings and parties the gazetteer lists.
        { "Prajurit Kontingen Garuda XXIII-R tiba di Beirut.", "Organization 9-33 Kontingen Garuda XXIII-R|Gpe 42-48 Beirut", "", "" },
        { "Pasukan perdamaian MONUSCO berjaga di Goma.", "Organization 19-26 MONUSCO|Gpe 38-42 Goma", "", "" },
        { "Iran menolak tuntutan E3 dan P5+1.", "Gpe 0-4 Iran|Organization 22-24 E3|Organization 29-33 P5+1", "", "" },
        { "Liga Awami menolak hasil pemilu.", "Organization 0-10 Liga Awami", "", "" },
        { "Aliansi ANZUS dibentuk pada 1951.", "Organization 8-13 ANZUS", "", "" },
    };

    [Theory]
    [MemberData(nameof(OrganizationsWithTheirPlace))]
    public void An_organization_keeps_its_place_and_its_acronym_names_it(string text, string expected, string acronym, string canonical)
    {
        Assert.Equal(expected, EntityRows.Of(text));
        if (acronym.Length > 0)
        {
            var mentions = Entities(text).Where(e => e.Text == acronym).ToList();
            Assert.NotEmpty(mentions);
            Assert.All(mentions, e => Assert.Equal(canonical, e.Canonical));
        }
    }

    public static TheoryData<string, string> DatesCountsAndDocuments => new()
    {
        // A month, year or count after an organization is no part of its name; a year with its era is no name at all.
        { "Partai itu menang dalam pemilu Dewan Kota Agustus lalu.", "Organization 31-41 Dewan Kota" },
        { "RUU itu disetujui Majelis Nasional Maret 2023.", "Organization 18-34 Majelis Nasional" },
        { "Ia akan berpidato di Sidang Majelis Umum PBB Oktober mendatang.", "Event 21-44 Sidang Majelis Umum PBB" },
        { "Keputusan itu diambil Parlemen Eropa Mei lalu.", "Organization 22-36 Parlemen Eropa" },
        { "Layanan Kedutaan Besar Filipina 12 jam sehari dibuka lagi.", "Organization 8-31 Kedutaan Besar Filipina" },
        { "Kalender mencatat 1445 H/2024 M sebagai tahun duka.", "" },
        // Fees, systems, agreements and regulations are categories, with their acronyms; the parties inside stay.
        { "Pemerintah menaikkan Tarif Layanan Paspor Elektronik (TLPE) tahun ini. TLPE berlaku bulan depan.", "" },
        { "Kedua negara meneken Indonesia-Peru Comprehensive Economic Partnership Agreement (IP-CEPA) di Lima.", "Gpe 21-30 Indonesia|Gpe 31-35 Peru|Gpe 94-98 Lima" },
        { "Ia mendaftar di Sistem Informasi Pekerja Migran (SIPM) kemarin.", "" },
        { "Kedua menteri membahas Perjanjian Kerja Sama Maritim (MCA) di Manila.", "Gpe 62-68 Manila" },
        { "Eksportir menolak European Union Deforestation Regulation (EUDR).", "Organization 18-32 European Union" },
        // `Diraja` and `di <place>` before the acronym belong to the organization's name; `Misi` opens one only before its acronym.
        { "Kepolisian Diraja Kamboja menahan lima orang.", "Organization 0-25 Kepolisian Diraja Kamboja" },
        { "Misi Pengamat PBB di Sudan Selatan (UNMOSS) melaporkan bentrokan.", "Organization 0-34 Misi Pengamat PBB di Sudan Selatan|Organization 36-42 UNMOSS" },
        { "Dari visi kampus itu, Misi UNKAM adalah mendidik.", "" },
    };

    [Theory]
    [MemberData(nameof(DatesCountsAndDocuments))]
    public void Dates_counts_and_documents_are_no_organizations(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));
}
