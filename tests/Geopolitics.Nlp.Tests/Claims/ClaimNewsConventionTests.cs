using System.Collections.Immutable;
using Geopolitics.Nlp.Claims;
using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Pipeline;
using Geopolitics.Nlp.Sentences;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Tests.Claims;

/// <summary>Indonesian news attribution conventions, on sentences written for these tests (not taken from any corpus).</summary>
public sealed class ClaimNewsConventionTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static IReadOnlyList<Claim> Claims(string text) => Analyzer.Analyze(text).Claims;

    public static TheoryData<string, string, string, string> Parenthetical => new()
    {
        // text, cue, speaker, content: `X, kata Y, Z.` has the content Z, the part after the attribution (news-dev README),
        // with a name, a clitic or `menurut` alike.
        { "Dana bantuan itu, kata Sutrisno, akan dicairkan pekan depan.", "kata", "Sutrisno", "akan dicairkan pekan depan" },
        { "Meski sudah berjalan, kata Wahyudi, program itu masih perlu disempurnakan.", "kata", "Wahyudi", "program itu masih perlu disempurnakan" },
        { "Rencana itu, tutur Haryanto, sudah disetujui kabinet.", "tutur", "Haryanto", "sudah disetujui kabinet" },
        { "Kebijakan baru itu, menurut Lestari, akan menekan impor beras.", "menurut", "Lestari", "akan menekan impor beras" },
        { "Namun, ujar Darsono, proses itu masih panjang.", "ujar", "Darsono", "proses itu masih panjang" },
        { "Ekonomi Thailand, katanya, akan tumbuh tiga persen tahun ini.", "katanya", "katanya", "akan tumbuh tiga persen tahun ini" },
        { "Ekonomi Thailand, lanjutnya, akan tumbuh tiga persen tahun ini.", "lanjutnya", "lanjutnya", "akan tumbuh tiga persen tahun ini" },
        { "Ekspor beras turun, katanya lagi, karena cuaca buruk.", "katanya", "katanya", "karena cuaca buruk" },
        { "Selain itu, menurut laporan Reuters, Thailand juga menunda impor beras dari Vietnam.", "menurut", "laporan Reuters", "Thailand juga menunda impor beras dari Vietnam" },
        // Words after the source that go on with its circumstance or description leave the content before it.
        { "Belum ada kesepakatan, kata Menteri Perdagangan Budi Santoso, disela forum bisnis.", "kata", "Menteri Perdagangan Budi Santoso", "Belum ada kesepakatan" },
        { "Target itu tidak harus dicapai, kata Budi Santoso, sesaat sebelum bertemu Presiden.", "kata", "Budi Santoso", "Target itu tidak harus dicapai" },
        { "Tidak mungkin, ujar Budi Santoso atau yang akrab disapa Budi.", "ujar", "Budi Santoso", "Tidak mungkin" },
        { "Program itu akan berlanjut, imbuh Budi, yang disambut tepuk tangan peserta.", "imbuh", "Budi", "Program itu akan berlanjut" },
        { "Ekspor akan naik tahun ini, kata Darmawan, Selasa (3/9).", "kata", "Darmawan", "Ekspor akan naik tahun ini" },
        { "Ekspor akan naik tahun ini, kata Darmawan, saat dihubungi wartawan.", "kata", "Darmawan", "Ekspor akan naik tahun ini" },
        { "Ekspor akan naik tahun ini, ungkap Darmawan di Jakarta.", "ungkap", "Darmawan", "Ekspor akan naik tahun ini" },
        { "Ekspor akan naik tahun ini, kata Darmawan, dihubungi Kompas.com.", "kata", "Darmawan", "Ekspor akan naik tahun ini" },
        { "Harga pangan, menurut dia diperkirakan akan turun bulan depan.", "menurut", "dia", "diperkirakan akan turun bulan depan" },
        { "Ekspor akan naik tahun ini, kata Ketua Asosiasi Eksportir, Rudi Santoso di Jakarta.", "kata", "Ketua Asosiasi Eksportir, Rudi Santoso", "Ekspor akan naik tahun ini" },
        { "Iran akan menutup selat itu, kata seorang pejabat senior pada Minggu (15/6).", "kata", "seorang pejabat senior", "Iran akan menutup selat itu" },
        { "Iran akan menutup selat itu, kata sumber diplomatik kepada Reuters.", "kata", "sumber diplomatik", "Iran akan menutup selat itu" },
        { "Iran akan menutup selat itu, kata sumber di Kementerian Luar Negeri.", "kata", "sumber di Kementerian Luar Negeri", "Iran akan menutup selat itu" },
        { "Iran mengancam akan menutup selat itu, kata Mousavi.", "kata", "Mousavi", "Iran mengancam akan menutup selat itu" },
        { "Seoul - Korea Utara meluncurkan rudal balistik pada Kamis pagi, menurut militer Korea Selatan.", "menurut", "militer Korea Selatan",
          "Korea Utara meluncurkan rudal balistik pada Kamis pagi" },
        { "Ankara - Turki akan menutup perbatasan itu, kata Erdogan.", "kata", "Erdogan", "Turki akan menutup perbatasan itu" },
        // An unnamed institution speaking as a body is a source by itself, with its modifiers and the name it belongs to.
        { "Jumlah korban tewas mencapai 40 orang, kata polisi pada Sabtu (8/11).", "kata", "polisi", "Jumlah korban tewas mencapai 40 orang" },
        { "Jumlah pengungsi terus bertambah, kata pihak berwenang.", "kata", "pihak berwenang", "Jumlah pengungsi terus bertambah" },
        { "Kebakaran itu sudah padam, kata otoritas Makau pada Kamis.", "kata", "otoritas Makau", "Kebakaran itu sudah padam" },
        { "Serangan udara itu menewaskan tiga orang, kata militer Myanmar.", "kata", "militer Myanmar", "Serangan udara itu menewaskan tiga orang" },
        { "Dua kapal nelayan ditahan, kata aparat keamanan setempat.", "kata", "aparat keamanan setempat", "Dua kapal nelayan ditahan" },
    };

    [Theory]
    [MemberData(nameof(Parenthetical))]
    public void Reads_an_attribution_inside_or_after_the_sentence(string text, string cue, string speaker, string content)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal(cue, claim.Cue.Text);
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    public static TheoryData<string, string, string, string, string?> PostQuote => new()
    {
        // text, cue, speaker, content, entity
        { "Sikap akhir akan kami putuskan dalam rapat pleno,\" kata Sudirman ketika dikonfirmasi, Minggu (14/12/2014).", "kata", "Sudirman", "Sikap akhir akan kami putuskan dalam rapat pleno", "Sudirman" },
        { "\"Kami menerima banyak pesan hari ini.\nSaya tahu pesan itu beredar luas,\" kata Hartono.", "kata", "Hartono", "Kami menerima banyak pesan hari ini.\nSaya tahu pesan itu beredar luas", "Hartono" },
        { "\"Kami siap kembali berunding,\" imbuh Surya seperti dikutip Antara.", "imbuh", "Surya", "Kami siap kembali berunding", "Surya" },
        { "\"Keputusan harus segera diambil,\" kata politikus itu.", "kata", "politikus itu", "Keputusan harus segera diambil", null },
        { "\"Keputusan harus segera diambil,\" ucapnya.", "ucapnya", "ucapnya", "Keputusan harus segera diambil", null },
        { "\"Korban tewas sudah 40 orang,\" kata polisi pada Sabtu.", "kata", "polisi", "Korban tewas sudah 40 orang", null },
        // A post quoted with its account: the poster up to the end of the handle, which names no entity.
        { "\"Akhirnya jalan ini diperbaiki juga,\" tulis akun @warga_bdg99.", "tulis", "akun @warga_bdg99", "Akhirnya jalan ini diperbaiki juga", null },
        { "\"Ini jelas foto lama dari Suriah,\" tulis pengguna X dengan nama akun @rina_07.", "tulis", "pengguna X dengan nama akun @rina_07",
          "Ini jelas foto lama dari Suriah", null },
        { "\"Semoga cepat selesai masalahnya,\" komentar akun Instagram @kota.kita.", "komentar", "akun Instagram @kota.kita", "Semoga cepat selesai masalahnya", null },
    };

    [Theory]
    [MemberData(nameof(PostQuote))]
    public void Reads_quotes_attributed_after_them(string text, string cue, string speaker, string content, string? entity)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal("direct", claim.Kind.ToName());
        Assert.Equal(cue, claim.Cue.Text);
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(content, claim.Content.Text);
        Assert.Equal(entity, claim.Speaker.Entity);
    }

    [Fact]
    public void Resolves_a_demonstrative_description_to_the_last_speaker()
    {
        const string text = "Hartono Wijaya menilai pemerintah terlalu lambat. \"Keputusan harus segera diambil,\" kata politikus PDI-P ini.";
        var claims = Claims(text);
        Assert.Equal(2, claims.Count);
        Assert.Equal("politikus PDI-P ini", claims[1].Speaker.Text);
        Assert.Equal("Hartono Wijaya", claims[1].Speaker.Entity);
    }

    public static TheoryData<string, string, string, string> RequestsAndAssurances => new()
    {
        // text, cue, speaker, content: a request is a speech act whose content is what it asks for, a noun phrase or an
        // addressee with a predicate that is no verb; `memastikan` assures a clause whose predicate may be a verdict.
        { "Jenderal Darmawan meminta seluruh prajurit tetap siaga hingga akhir tugas.", "meminta", "Jenderal Darmawan", "seluruh prajurit tetap siaga hingga akhir tugas" },
        { "Menlu Susanto meminta WNI di Yaman segera pulang.", "meminta", "Menlu Susanto", "WNI di Yaman segera pulang" },
        { "Thailand meminta peta jalan pendanaan yang jelas dari negara maju.", "meminta", "Thailand", "peta jalan pendanaan yang jelas dari negara maju" },
        { "Menlu Susanto meminta dukungan negara anggota ASEAN untuk Myanmar.", "meminta", "Menlu Susanto", "dukungan negara anggota ASEAN untuk Myanmar" },
        { "Juru bicara Kemlu Budi Hartono memastikan unggahan tersebut hoaks.", "memastikan", "Juru bicara Kemlu Budi Hartono", "unggahan tersebut hoaks" },
        { "Kapolda Rudi Santoso memastikan video itu palsu.", "memastikan", "Kapolda Rudi Santoso", "video itu palsu" },
    };

    [Theory]
    [MemberData(nameof(RequestsAndAssurances))]
    public void Reads_what_a_request_asks_for_and_what_an_assurance_says(string text, string cue, string speaker, string content)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal(cue, claim.Cue.Text);
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    [InlineData("Penyidik meminta keterangan tiga saksi dari kantor itu.")]
    [InlineData("Gempa itu meminta korban jiwa di tiga desa.")]
    [InlineData("Kecelakaan beruntun itu meminta tiga korban jiwa.")]
    [InlineData("Polisi memastikan penanganan hoaks di daerah itu.")]
    public void Finds_no_claim_in_an_inquiry_a_toll_or_an_act_of_ensuring(string text) => Assert.Empty(Claims(text));

    public static TheoryData<string, string> RelativeClauseClaims => new()
    {
        // text, claims as `cue: speaker: content`: a reporting verb in a relative clause after its source, past adverbs
        // and the time of the saying, is the source's claim; after the sentence's subject it ends at the subject's predicate.
        { "Presiden Rahmat, yang sebelumnya menyebut tarif itu tidak adil, mengancam akan membalas.",
          "menyebut: Presiden Rahmat: tarif itu tidak adil|mengancam: Presiden Rahmat: akan membalas" },
        { "Perdana Menteri Anwar, yang pekan lalu mengatakan Malaysia siap menjadi penengah, tiba di Bangkok.",
          "mengatakan: Perdana Menteri Anwar: Malaysia siap menjadi penengah" },
        { "Menhan Budi Santoso, yang menegaskan pasukan siap dikirim, bertemu Panglima di Jakarta.",
          "menegaskan: Menhan Budi Santoso: pasukan siap dikirim" },
        { "Rencana itu dikritik Menlu Irlandia Simon Harris, yang sebelumnya menyebut blokade itu ilegal.",
          "menyebut: Menlu Irlandia Simon Harris: blokade itu ilegal" },
        { "Di Bangkok, Perdana Menteri Anwar, yang kemarin mengatakan Malaysia siap membantu, bertemu pemimpin Thailand.",
          "mengatakan: Perdana Menteri Anwar: Malaysia siap membantu" },
        // A name in apposition to a noun of the sentence is no subject: its clause runs on past commas of its own.
        { "Partai itu terusik oleh tudingan anggota DPR, Budi Hartono, yang menyebut seorang nasabah, RS, sebagai penyumbang kampanye.",
          "menyebut: Budi Hartono: seorang nasabah, RS, sebagai penyumbang kampanye" },
    };

    [Theory]
    [MemberData(nameof(RelativeClauseClaims))]
    public void Reads_a_reporting_verb_in_a_relative_clause_as_its_sources_claim(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', Claims(text).Select(c => $"{c.Cue.Text}: {c.Speaker.Text}: {c.Content.Text}")));

    public static TheoryData<string, string, string> RelativeClauses => new()
    {
        { "Dalam kesempatan itu, Benny yang memimpin jalannya sidang mengatakan, bahwa fakta persidangan sudah jelas.", "Benny yang memimpin jalannya sidang", "fakta persidangan sudah jelas" },
        { "Andi Wibowo yang juga anggota Komisi I menambahkan, anggaran pertahanan perlu dinaikkan.", "Andi Wibowo yang juga anggota Komisi I", "anggaran pertahanan perlu dinaikkan" },
        { "Gubernur bank sentral Rudi Hartanto mengatakan Senin bahwa inflasi akan turun.", "Gubernur bank sentral Rudi Hartanto", "inflasi akan turun" },
    };

    [Theory]
    [MemberData(nameof(RelativeClauses))]
    public void Finds_the_subject_before_a_relative_clause_or_a_day(string text, string speaker, string content)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    public static TheoryData<string> NotClaims => new()
    {
        "Harga minyak naik tajam pekan ini, seperti dikutip dari Reuters.",
        "Hal itu disampaikan Menlu Retno di Jakarta.",
        "Ia mendukung aturan KPU yang menyatakan dana kampanye wajib dilaporkan.",
        "Ekonomi negara itu tumbuh lima persen, demikian dilaporkan kantor berita Reuters.",
        "JCS tidak menjelaskan jenis rudal yang diluncurkan.",
        "Pernyataan bersama kedua negara yang menyebut \"klaim tumpang tindih\" memicu kritik dari pakar hukum.",
        "Kementerian itu belum mengumumkan jumlah korban.",
    };

    [Theory]
    [MemberData(nameof(NotClaims))]
    public void Finds_no_speaker_claim_in_citations_passives_and_relative_clauses(string text) =>
        Assert.DoesNotContain(Claims(text), c => c.Speaker.Text is "Reuters" or "Menlu Retno" or "aturan KPU");

    [Theory]
    [InlineData("Indonesia menolak pembangunan pangkalan asing, demikian disampaikan oleh Menlu Retno Marsudi.", "disampaikan", "Menlu Retno Marsudi")]
    [InlineData("Indonesia menolak pembangunan pangkalan asing, hal itu dikatakan Menlu Retno Marsudi di Jakarta.", "dikatakan", "Menlu Retno Marsudi")]
    public void Reads_a_passive_attribution_after_content_in_the_same_sentence(string text, string cue, string speaker)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal(cue, claim.Cue.Text);
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal("Indonesia menolak pembangunan pangkalan asing", claim.Content.Text);
    }

    [Fact]
    public void Keeps_a_pronoun_without_antecedent_unresolved()
    {
        var claim = Assert.Single(Claims("Ia mengatakan anggaran itu sudah cukup untuk tahun depan."));
        Assert.Null(claim.Speaker.Entity);
    }

    [Theory]
    [InlineData("Partai Demokrat Nurhayati Ali Assegaf", "Nurhayati Ali Assegaf")]
    [InlineData("Bank Sentral Malaysia Zeti Akhtar Aziz", "Zeti Akhtar Aziz")]
    // A title of a real organization names its unnamed holder, not the organization.
    [InlineData("Asosiasi Asuransi Jiwa Indonesia", null)]
    public void Prefers_a_person_name_ending_an_organization_mention_and_never_the_organization(string organization, string? expected)
    {
        var text = $"Wakil Ketua {organization} mengatakan koalisi itu belum final.";
        var state = new AnalysisState(text, AnalysisOptions.Default);
        new TokenizationStage(IndonesianTokenizer.Default).Run(state, default);
        new SentenceStage(SentenceSplitter.Default).Run(state, default);
        var at = text.IndexOf(organization, StringComparison.Ordinal);
        state.Entities = ImmutableArray.Create(new EntityMention(at, at + organization.Length, organization, EntityType.Organization, organization, null));
        new ClaimStage(ClaimLexicon.Default).Run(state, default);
        Assert.Equal(expected, Assert.Single(state.Claims).Speaker.Entity);
    }
}
