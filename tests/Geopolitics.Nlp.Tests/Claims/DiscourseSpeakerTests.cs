using Geopolitics.Nlp.Claims;

namespace Geopolitics.Nlp.Tests.Claims;

/// <summary>
/// Speakers that follow the discourse: a participial second reporting verb, definite descriptions, unnamed officials.
/// Sentences written for these tests, not taken from any corpus.
/// </summary>
public sealed class DiscourseSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    public static TheoryData<string, string, string, string, string> LastClaims => new()
    {
        // text, cue of the last claim, its speaker span, its speaker entity, its content
        {
            "Kementerian Perdagangan Vietnam mengatakan ekspor naik 10 persen, mencatat bahwa permintaan dari Eropa meningkat tajam.",
            "mencatat", "Kementerian Perdagangan Vietnam", "Kementerian Perdagangan Vietnam", "permintaan dari Eropa meningkat tajam"
        },
        {
            "Diplomat senior Malaysia, Ahmad Zulkifli, mengatakan perundingan berjalan lancar. Diplomat senior tersebut menambahkan bahwa kesepakatan bisa dicapai bulan depan.",
            "menambahkan", "Diplomat senior tersebut", "Ahmad Zulkifli", "kesepakatan bisa dicapai bulan depan"
        },
        {
            "Ahmad Zulkifli mengatakan perundingan berjalan lancar. Mantan duta besar itu menegaskan kesepakatan bisa dicapai bulan depan.",
            "menegaskan", "Mantan duta besar itu", "Ahmad Zulkifli", "kesepakatan bisa dicapai bulan depan"
        },
        {
            // The description names the person it introduced, not the last speaker.
            "Rina Kartika, mantan eksekutif Bank Dunia, juga hadir. Hendra Gunawan mengatakan inflasi terkendali. Mantan eksekutif Bank Dunia itu mengatakan pertumbuhan akan melambat.",
            "mengatakan", "Mantan eksekutif Bank Dunia itu", "Rina Kartika", "pertumbuhan akan melambat"
        },
        {
            // `ia` goes to the person the sentences since the last speaker are about, over a sentence whose subject is `ia`.
            "Juru bicara Kemlu Agus Salim mengatakan Jakarta prihatin. Sejak dilantik pada Maret, Perdana Menteri Malaysia Hendra Wijaya aktif berkeliling kawasan. " +
            "Pada pekan lalu, ia mengunjungi Hanoi. Ia juga menyerukan dialog di Laut China Selatan.",
            "menyerukan", "Ia", "Hendra Wijaya", "dialog di Laut China Selatan"
        },
        {
            // `mereka` is a group: the organization that is the subject before, not a person.
            "Juru bicara Kemlu Agus Salim mengatakan Jakarta prihatin. Hamas menerima proposal gencatan senjata itu. Mereka menyatakan siap membebaskan sandera.",
            "menyatakan", "Mereka", "Hamas", "siap membebaskan sandera"
        },
        {
            // A description of a person after a quote (a place, a relative clause or an age in it) refers to the person just named.
            "Mantan Menteri Keuangan Rina Putri juga hadir. \"Ekonomi kita cukup tangguh,\" kata perempuan kelahiran Bandung itu.",
            "kata", "perempuan kelahiran Bandung itu", "Rina Putri", "Ekonomi kita cukup tangguh"
        },
        {
            "Duta Besar Iran Ahmad Yani menggelar jumpa pers. \"Sanksi itu melanggar hukum internasional,\" ucap diplomat yang telah bertugas sejak 2021 itu.",
            "ucap", "diplomat yang telah bertugas sejak 2021 itu", "Ahmad Yani", "Sanksi itu melanggar hukum internasional"
        },
        {
            // `-nya` after a quotation of several sentences: the person the narrative just introduced, not the speaker before.
            "Gubernur Bali Made Sudana mengatakan bandara tetap dibuka. \"Semua aman,\" ucap Made.\n\n" +
            "Perdana Menteri Fiji Sitiveni Rabuka menetapkan status darurat di Suva.\n\n\"Warga diminta tetap tenang. Tim kami sedang memeriksa jembatan,\" katanya.",
            "katanya", "katanya", "Sitiveni Rabuka", "Warga diminta tetap tenang. Tim kami sedang memeriksa jembatan"
        },
        {
            // `dia` after a country spoke in between: the person who spoke before it, not one named in that person's words.
            "Menteri Perdagangan Budi Santoso mengatakan ekspor naik. Ia menjelaskan pertemuan dengan Menteri Perdagangan Vietnam Nguyen Hong Dien berlangsung di Hanoi. " +
            "Pihak Vietnam menekankan pentingnya kopi.\n\nVietnam, kata dia, akan membuka pasar beras.",
            "kata", "dia", "Budi Santoso", "akan membuka pasar beras"
        },
        {
            // An addressee between the apposition and the verb is no part of the speaker.
            "Peneliti senior dari Universitas Gadjah Mada, Rina Hapsari, kepada The Jakarta Post mengatakan inflasi terkendali.",
            "mengatakan", "Peneliti senior dari Universitas Gadjah Mada, Rina Hapsari", "Rina Hapsari", "inflasi terkendali"
        },
        {
            "Ekonom Bank Dunia, Hendra Wijaya, kepada Kompas.com menilai kebijakan itu tepat.",
            "menilai", "Ekonom Bank Dunia, Hendra Wijaya", "Hendra Wijaya", "kebijakan itu tepat"
        },
        {
            // A time adverbial that opens the sentence is no part of the speaker.
            "Pada hari yang sama, Menteri Luar Negeri Thailand Maris Sangiampongsa mengatakan negaranya mendukung perundingan.",
            "mengatakan", "Menteri Luar Negeri Thailand Maris Sangiampongsa", "Maris Sangiampongsa", "negaranya mendukung perundingan"
        },
        {
            "Sehari sebelumnya, juru bicara Kremlin Dmitry Peskov menegaskan Moskow tidak akan mundur.",
            "menegaskan", "juru bicara Kremlin Dmitry Peskov", "Dmitry Peskov", "Moskow tidak akan mundur"
        },
        {
            // `atau` names one person twice; a `dan` inside the title joins no two persons.
            "Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono atau Pak Trenggono mengatakan kuota tangkap tetap.",
            "mengatakan", "Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono atau Pak Trenggono", "Sakti Wahyu Trenggono", "kuota tangkap tetap"
        },
    };

    [Theory]
    [MemberData(nameof(LastClaims))]
    public void The_speaker_follows_the_discourse(string text, string cue, string speaker, string entity, string content)
    {
        var claim = Analyzer.Analyze(text).Claims[^1];
        Assert.Equal(cue, claim.Cue.Text);
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(entity, claim.Speaker.Entity);
        Assert.Equal(content, claim.Content.Text);
    }

    public static TheoryData<string, ClaimKind, string, string, string?, string> UnnamedSources => new()
    {
        // text, kind, cue, speaker span, speaker entity, content
        {
            "Presiden Brasil Luiz Inacio Lula da Silva tiba di Jakarta. \"Kedua negara akan membahas kerja sama energi,\" menurut pejabat senior Lula.",
            ClaimKind.Direct, "menurut", "pejabat senior Lula", "pejabat senior Lula", "Kedua negara akan membahas kerja sama energi"
        },
        {
            "\"Kami tidak akan mundur,\" kata staf Kementerian Pertahanan Filipina.",
            ClaimKind.Direct, "kata", "staf Kementerian Pertahanan Filipina", "Kementerian Pertahanan Filipina", "Kami tidak akan mundur"
        },
        {
            "Sejumlah negara Eropa, serta Kanada, Jepang, dan Australia mengecam serangan terhadap kapal bantuan itu.",
            ClaimKind.Indirect, "mengecam", "Sejumlah negara Eropa, serta Kanada, Jepang, dan Australia", "Sejumlah negara Eropa, serta Kanada, Jepang, dan Australia", "serangan terhadap kapal bantuan itu"
        },
        {
            "Para analis mengatakan harga minyak akan turun.",
            ClaimKind.Indirect, "mengatakan", "Para analis", null, "harga minyak akan turun"
        },
        {
            "Presiden Chile akan mengunjungi Hanoi pekan depan untuk membahas perdagangan, demikian menurut keterangan Istana La Moneda, Rabu.",
            ClaimKind.AccordingTo, "menurut", "Istana La Moneda", "Istana La Moneda", "Presiden Chile akan mengunjungi Hanoi pekan depan untuk membahas perdagangan"
        },
        // A list of sources after `menurut` speaks as the list, the content ending before the attribution.
        {
            "Harga beras akan naik lima persen tahun ini, menurut perkiraan Bank Dunia, IMF, dan ADB.",
            ClaimKind.AccordingTo, "menurut", "perkiraan Bank Dunia, IMF, dan ADB", "perkiraan Bank Dunia, IMF, dan ADB", "Harga beras akan naik lima persen tahun ini"
        },
        {
            "Menurut Bank Dunia, IMF, dan ADB, harga beras akan naik lima persen tahun ini.",
            ClaimKind.AccordingTo, "Menurut", "Bank Dunia, IMF, dan ADB", "Bank Dunia, IMF, dan ADB", "harga beras akan naik lima persen tahun ini"
        },
        {
            // A list that runs into a predicate is the content's subject.
            "Menurut Sugiono, Indonesia, Malaysia, dan Thailand sepakat memperkuat patroli.",
            ClaimKind.AccordingTo, "Menurut", "Sugiono", "Sugiono", "Indonesia, Malaysia, dan Thailand sepakat memperkuat patroli"
        },
        // A described source named in apposition (a name with a number too) is that source.
        {
            "Menurut laporan stasiun televisi Israel, Kanal 13, kabinet menolak usulan gencatan senjata itu.",
            ClaimKind.AccordingTo, "Menurut", "laporan stasiun televisi Israel, Kanal 13", "Kanal 13", "kabinet menolak usulan gencatan senjata itu"
        },
        {
            "Kabinet menolak usulan gencatan senjata itu, menurut laporan media Israel, Kanal 13.",
            ClaimKind.AccordingTo, "menurut", "laporan media Israel, Kanal 13", "Kanal 13", "Kabinet menolak usulan gencatan senjata itu"
        },
        {
            "Menurut laporan media Israel, kabinet menolak usulan gencatan senjata itu.",
            ClaimKind.AccordingTo, "Menurut", "laporan media Israel", "Israel", "kabinet menolak usulan gencatan senjata itu"
        },
        // A title of another country, with no holder named, is not the speaker before.
        {
            "Menlu Sugiono tiba di Seoul. Sugiono mengatakan hubungan kedua negara kuat.\n\nMenlu Korea Selatan mengatakan Seoul siap berinvestasi.",
            ClaimKind.Indirect, "mengatakan", "Menlu Korea Selatan", null, "Seoul siap berinvestasi"
        },
        {
            "Menlu Sugiono tiba di Ankara. Sugiono menilai perundingan berjalan baik.\n\nPertukaran tawanan digelar pekan depan, kata seorang pejabat Turki.",
            ClaimKind.Indirect, "kata", "seorang pejabat Turki", null, "Pertukaran tawanan digelar pekan depan"
        },
        {
            // A source at a place the demonstrative closes is unnamed; `Sebuah` is no name.
            "Menlu Prancis Jean-Noel Barrot memuji hasil pertemuan. Sebuah sumber di kementerian itu mengatakan Paris siap menjadi tuan rumah.",
            ClaimKind.Indirect, "mengatakan", "Sebuah sumber di kementerian itu", null, "Paris siap menjadi tuan rumah"
        },
        {
            // A source described by initials and age is found, and unnamed.
            "Kapolda Riau Irjen Herry Heryawan mengatakan kasus itu diselidiki. Seorang korban asal Dumai berinisial TN (31) mengaku dikurung selama sepekan.",
            ClaimKind.Indirect, "mengaku", "Seorang korban asal Dumai berinisial TN (31)", null, "dikurung selama sepekan"
        },
        // A bare office title is the holder of that office the text introduced, under the full or the short title, with
        // ranks between (`Panglima TNI Jenderal …`) and of the country the title names; else no one, not the person
        // named last nor the organization inside the title.
        {
            "Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo. Kapolri mengatakan pengamanan di Bandung berjalan lancar.",
            ClaimKind.Indirect, "mengatakan", "Kapolri", null, "pengamanan di Bandung berjalan lancar"
        },
        {
            "Sekjen PBB Antonio Guterres menyerukan jeda kemanusiaan. Menhan mengatakan Indonesia siap mengirim kapal rumah sakit.",
            ClaimKind.Indirect, "mengatakan", "Menhan", null, "Indonesia siap mengirim kapal rumah sakit"
        },
        {
            "Panglima TNI Jenderal Agus Subiyanto meninjau pasukan di Natuna. Menteri Luar Negeri Retno Marsudi berada di Brussel. Panglima TNI menegaskan patroli akan ditambah.",
            ClaimKind.Indirect, "menegaskan", "Panglima TNI", "Agus Subiyanto", "patroli akan ditambah"
        },
        {
            "Menteri Pertahanan Prabowo Subianto menerima Menhan Singapura Ng Eng Hen. Menhan mengatakan latihan bersama akan diperluas.",
            ClaimKind.Indirect, "mengatakan", "Menhan", "Prabowo Subianto", "latihan bersama akan diperluas"
        },
        {
            "Menteri Luar Negeri Retno Marsudi bertemu Menlu Australia Penny Wong di Canberra. Menlu RI menegaskan pentingnya stabilitas kawasan.",
            ClaimKind.Indirect, "menegaskan", "Menlu RI", "Retno Marsudi", "pentingnya stabilitas kawasan"
        },
        // A surname is the full name the entity stage found, after a title of its own too.
        {
            "Kepala Badan Pangan Nasional Arief Prasetyo Adi meninjau gudang di Surabaya. \"Stok aman,\" ujar Adi.",
            ClaimKind.Direct, "ujar", "Adi", "Arief Prasetyo Adi", "Stok aman"
        },
        {
            // An account is no entity.
            "Akun lain menulis, \"Semoga cepat selesai.\"",
            ClaimKind.Direct, "menulis", "Akun lain", null, "Semoga cepat selesai"
        },
        {
            // First person answering an interview question is kept, and is no entity.
            "Apa pendapat Anda soal tarif itu?\n\nSaya menilai tarif itu merugikan konsumen.",
            ClaimKind.Indirect, "menilai", "Saya", null, "tarif itu merugikan konsumen"
        },
    };

    [Theory]
    [MemberData(nameof(UnnamedSources))]
    public void Unnamed_officials_and_lists_speak_as_written(string text, ClaimKind kind, string cue, string speaker, string? entity, string content)
    {
        var claim = Analyzer.Analyze(text).Claims[^1];
        Assert.Equal(kind, claim.Kind);
        Assert.Equal(cue, claim.Cue.Text);
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(entity, claim.Speaker.Entity);
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    [InlineData("Sebuah video menyebut Indonesia akan menutup perbatasan dengan Timor Leste. Retno Marsudi tidak pernah menyampaikan pernyataan itu.", "menyampaikan")]
    [InlineData("Video itu beredar sejak Senin. Presiden Joko Widodo belum pernah mengatakan hal tersebut.", "mengatakan")]
    [InlineData("Harga minyak dunia kembali naik pekan ini. Saya berpendapat bahwa pemerintah perlu menambah cadangan energi.", "berpendapat")]
    [InlineData("Harga minyak dunia kembali naik pekan ini. Penulis menilai cadangan energi perlu ditambah.", "menilai")]
    public void A_denial_and_the_authors_own_view_are_no_claims(string text, string cue) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Claims, c => c.Cue.Text == cue);

    [Fact]
    public void Nya_after_an_initialled_source_and_a_quotation_of_several_sentences_stays_unnamed()
    {
        var claims = Analyzer.Analyze(
            "Kapolda Riau Irjen Herry Heryawan mengatakan kasus itu diselidiki.\n\n" +
            "Seorang korban asal Dumai berinisial TN (31) mengaku dikurung selama sepekan. \"Saya ingin pulang. Paspor saya ditahan,\" tuturnya.").Claims;
        Assert.Equal(["Herry Heryawan", null, null], claims.Select(c => c.Speaker.Entity));
    }

    [Fact]
    public void A_description_of_an_unnamed_official_refers_to_that_official()
    {
        var claims = Analyzer.Analyze(
            "\"Kedua negara akan membahas kerja sama energi,\" kata juru bicara Ana Souza.\n\n\"Ada pula soal pangan yang penting,\" menurut pejabat senior Lula.\n\n" +
            "\"Presiden ingin hubungan yang lebih erat dengan Asia Tenggara,\" kata pejabat tersebut.").Claims;
        Assert.Equal(["Ana Souza", "pejabat senior Lula", "pejabat senior Lula"], claims.Select(c => c.Speaker.Entity));
    }

    [Theory]
    [InlineData("Kepala Staf Gabungan Korea Selatan enggan mengomentari sebuah laporan kantor berita Jepang bahwa kapal selam Korea Utara terlihat di dekat Pulau Sado.", "laporan", "kantor berita Jepang", "kapal selam Korea Utara terlihat di dekat Pulau Sado")]
    [InlineData("Pemerintah menanggapi pernyataan resmi Kementerian Luar Negeri Singapura bahwa kapal itu tidak pernah memasuki wilayahnya.", "pernyataan", "Kementerian Luar Negeri Singapura", "kapal itu tidak pernah memasuki wilayahnya")]
    public void A_statement_noun_with_a_source_and_bahwa_is_that_sources_claim(string text, string cue, string speaker, string content)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.Equal(ClaimKind.Indirect, claim.Kind);
        Assert.Equal(cue, claim.Cue.Text);
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    [InlineData("Laporan itu bahwa harga beras naik tidak benar.")]
    [InlineData("Ia membaca laporan bahwa harga beras naik.")]
    [InlineData("Kami menerima laporan warga desa bahwa jembatan itu rusak.")]
    public void A_statement_noun_without_a_named_source_is_no_claim(string text) =>
        Assert.DoesNotContain(Analyzer.Analyze(text).Claims, c => c.Cue.Text is "laporan" or "Laporan");

    [Fact]
    public void A_statement_that_points_back_speaks_for_its_source()
    {
        var claims = Analyzer.Analyze(
            "\"Kedua negara sepakat memperkuat kerja sama maritim,\" sebut keterangan tertulis Kementerian Luar Negeri Prancis, Selasa.\n\n" +
            "Kementerian itu juga menyoroti isu perdagangan. \"Kedua menteri juga membahas isu Laut Merah dan krisis pangan global,\" lanjut pernyataan itu.").Claims;
        var last = claims[^1];
        Assert.Equal("lanjut", last.Cue.Text);
        Assert.Equal("pernyataan itu", last.Speaker.Text);
        Assert.Equal("Kementerian Luar Negeri Prancis", last.Speaker.Entity);
        Assert.Equal("Kedua menteri juga membahas isu Laut Merah dan krisis pangan global", last.Content.Text);
    }

    [Theory]
    [InlineData("Kepala Staf Gabungan Korea Selatan enggan mengomentari sebuah laporan dari kantor berita negara Korea Utara bahwa kapal selam baru telah diluncurkan.", "kantor berita negara Korea Utara", "Kantor Berita Sentral Korea")]
    [InlineData("Kantor berita resmi Iran melaporkan bahwa kapal tanker itu telah dilepaskan.", "Kantor berita resmi Iran", "IRNA")]
    public void A_countrys_unnamed_state_agency_is_that_agency(string text, string speaker, string entity)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(entity, claim.Speaker.Entity);
    }

    [Theory]
    [InlineData("Ahmad Zulkifli menegaskan Hanoi dan Manila akan \u201Cterus bekerja sama erat di bidang maritim\u201D.", ClaimKind.Indirect, "Hanoi dan Manila akan \u201Cterus bekerja sama erat di bidang maritim\u201D")]
    [InlineData("Ahmad Zulkifli menyebut kemitraan kedua negara mencerminkan \u201Cpendekatan bersama terhadap isu kawasan\u201D.", ClaimKind.Indirect, "kemitraan kedua negara mencerminkan \u201Cpendekatan bersama terhadap isu kawasan\u201D")]
    public void A_clause_ending_in_a_partial_quotation_stays_whole(string text, ClaimKind kind, string content)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.Equal(kind, claim.Kind);
        Assert.Equal(content, claim.Content.Text);
    }
}
