using Geopolitics.Nlp.Claims;
using Geopolitics.Nlp.Pipeline;

namespace Geopolitics.Nlp.Tests.Claims;

/// <summary>
/// Claims as newsrooms write them: speaker phrases with titles and datelines, attributions that point back, the stance
/// and speech-act cues, refusals, continuation quotes. Sentences written for these tests, not taken from any corpus.
/// </summary>
public sealed class NewsroomClaimTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static IReadOnlyList<Claim> Claims(string text) => Analyzer.Analyze(text).Claims;

    public static TheoryData<string, string, string, string, string> SingleClaims => new()
    {
        // text, cue, speaker span, speaker entity, content
        { "Duta Besar Jepang untuk Indonesia Kenji Tanaka mengatakan kerja sama kedua negara terus tumbuh.", "mengatakan", "Duta Besar Jepang untuk Indonesia Kenji Tanaka", "Kenji Tanaka", "kerja sama kedua negara terus tumbuh" },
        { "Juru bicara militer, Ahmad Fauzi, mengatakan pasukan itu sudah ditarik dari perbatasan.", "mengatakan", "Juru bicara militer, Ahmad Fauzi", "Ahmad Fauzi", "pasukan itu sudah ditarik dari perbatasan" },
        { "Presiden Bolivia Luis Arce, yang digulingkan pekan lalu, mengatakan ia akan kembali ke negaranya.", "mengatakan", "Presiden Bolivia Luis Arce", "Luis Arce", "ia akan kembali ke negaranya" },
        { "Presiden Filipina Ramon Cruz mengecam serangan terhadap kapal nelayan di perairan itu.", "mengecam", "Presiden Filipina Ramon Cruz", "Ramon Cruz", "serangan terhadap kapal nelayan di perairan itu" },
        { "Menteri Luar Negeri Hendra Wijaya memuji langkah Vietnam membuka jalur perdagangan baru.", "memuji", "Menteri Luar Negeri Hendra Wijaya", "Hendra Wijaya", "langkah Vietnam membuka jalur perdagangan baru" },
        { "Kepala BNPB Dedi Kurnia berharap bantuan tambahan tiba sebelum akhir pekan.", "berharap", "Kepala BNPB Dedi Kurnia", "Dedi Kurnia", "bantuan tambahan tiba sebelum akhir pekan" },
        { "Hendra Wijaya mengatakan kepada Reuters, ekspor nikel akan dibatasi mulai tahun depan.", "mengatakan", "Hendra Wijaya", "Hendra Wijaya", "ekspor nikel akan dibatasi mulai tahun depan" },
        { "Hendra Wijaya melaporkan kepada Presiden terkait hasil pertemuan para menteri ASEAN di Manila.", "melaporkan", "Hendra Wijaya", "Hendra Wijaya", "hasil pertemuan para menteri ASEAN di Manila" },
        { "Selain itu, tambah Hendra, Indonesia juga menyampaikan dukungan bagi perundingan damai.", "tambah", "Hendra", "Hendra", "Indonesia juga menyampaikan dukungan bagi perundingan damai" },
        { "Dikatakan Erdogan, Turki siap menjadi tuan rumah perundingan damai.", "Dikatakan", "Erdogan", "Recep Tayyip Erdogan", "Turki siap menjadi tuan rumah perundingan damai" },
        // Forecasts, regrets, proposals and advice are statements of their source.
        { "Ekonom Bank Permata Josua Pardede memproyeksikan inflasi akan berada di kisaran 2,8 persen.", "memproyeksikan", "Ekonom Bank Permata Josua Pardede", "Josua Pardede", "inflasi akan berada di kisaran 2,8 persen" },
        { "Kemlu RI menyesalkan serangan terhadap konvoi bantuan itu.", "menyesalkan", "Kemlu RI", "Kemlu RI", "serangan terhadap konvoi bantuan itu" },
        { "Bank Dunia menyarankan pemerintah memperluas basis pajak.", "menyarankan", "Bank Dunia", "Bank Dunia", "pemerintah memperluas basis pajak" },
        // `mengeklaim` is the press's other spelling of `mengklaim`.
        { "Hegseth mengeklaim kapal tersebut dioperasikan oleh organisasi teroris.", "mengeklaim", "Hegseth", "Pete Hegseth", "kapal tersebut dioperasikan oleh organisasi teroris" },
        // A week, month or year opening the sentence is no part of the speaker, like a day.
        { "Pekan lalu, Presiden AS Donald Trump menyatakan ingin bertemu Kim Jong Un.", "menyatakan", "Presiden AS Donald Trump", "Donald Trump", "ingin bertemu Kim Jong Un" },
        // A post is quoted like a saying.
        { "\"Saya sangat terbuka untuk bertemu dengannya,\" cuit Trump di Truth Social.", "cuit", "Trump", "Donald Trump", "Saya sangat terbuka untuk bertemu dengannya" },
        // A dateline without a dash is no part of the speaker; a denial's object is its content, not the report before it.
        { "Liputan6.com, Jakarta Menteri Keuangan Sri Mulyani Indrawati membantah kabar pengunduran dirinya.", "membantah", "Menteri Keuangan Sri Mulyani Indrawati", "Sri Mulyani Indrawati", "kabar pengunduran dirinya" },
        { "Isu itu beredar di media sosial sejak pekan lalu. Juru Bicara Kepresidenan Prasetyo Hadi menepis kabar tersebut.", "menepis", "Juru Bicara Kepresidenan Prasetyo Hadi", "Prasetyo Hadi", "kabar tersebut" },
        // A short cue fronts its source and a comma like a passive (`Dikatakan Erdogan,`), a pronoun included.
        { "Tambah Hendra, Indonesia juga menyampaikan dukungan bagi perundingan damai.", "Tambah", "Hendra", "Hendra", "Indonesia juga menyampaikan dukungan bagi perundingan damai" },
        { "Sugiono tiba di Kairo pada Senin. Kata dia, pemerintah akan segera bertindak.", "Kata", "dia", "Sugiono", "pemerintah akan segera bertindak" },
        // A relative clause between commas after `menurut` describes the source and is no content.
        { "Menurut Lavrov, yang berbicara di Moskow, Barat harus berhenti memasok senjata.", "Menurut", "Lavrov", "Sergey Lavrov", "Barat harus berhenti memasok senjata" },
        // An aide's role after the cue opens the speaker phrase, like a spokesperson's.
        { "Putin dan Trump berbicara melalui telepon, kata ajudan Kremlin Yuri Ushakov.", "kata", "ajudan Kremlin Yuri Ushakov", "Yuri Ushakov", "Putin dan Trump berbicara melalui telepon" },
        // The outlet a report is taken from, opening the sentence, is no part of the speaker.
        { "Dikutip Reuters, manajer City Manuel Pellegrini mengatakan, yang penting bisa juara grup.", "mengatakan", "manajer City Manuel Pellegrini", "Manuel Pellegrini", "yang penting bisa juara grup" },
        { "Mengutip Reuters, Menteri Luar Negeri Iran Abbas Araghchi mengatakan Teheran siap berunding.", "mengatakan", "Menteri Luar Negeri Iran Abbas Araghchi", "Abbas Araghchi", "Teheran siap berunding" },
        { "\"Kami tidak akan mundur dari perundingan ini,\" kata juru bicara Gedung Putih.", "kata", "juru bicara Gedung Putih", "Gedung Putih", "Kami tidak akan mundur dari perundingan ini" },
        // A name with a lower-case description in apposition speaks with it, a relative clause inside the description included.
        { "Chen Li, adik Presiden Chen Wei, menegaskan negaranya tidak akan berunding.", "menegaskan", "Chen Li, adik Presiden Chen Wei", "Chen Li", "negaranya tidak akan berunding" },
        { "Namun, Chen Li, adik Presiden Chen Wei yang juga petinggi Partai Rakyat, menegaskan negaranya tidak akan berunding.", "menegaskan",
          "Chen Li, adik Presiden Chen Wei yang juga petinggi Partai Rakyat", "Chen Li", "negaranya tidak akan berunding" },
        { "Chen Li, adik Presiden Chen Wei yang berpengaruh, menegaskan negaranya tidak akan berunding.", "menegaskan",
          "Chen Li, adik Presiden Chen Wei yang berpengaruh", "Chen Li", "negaranya tidak akan berunding" },
        { "Dewan Nasional Sudan (DNS), pemerintahan tandingan yang dibentuk para jenderal pembelot, menyebut pemilu itu tidak sah.", "menyebut",
          "Dewan Nasional Sudan (DNS), pemerintahan tandingan yang dibentuk para jenderal pembelot", "Dewan Nasional Sudan", "pemilu itu tidak sah" },
    };

    [Theory]
    [MemberData(nameof(SingleClaims))]
    public void Reads_speaker_cue_and_content_as_newsrooms_write_them(string text, string cue, string speaker, string entity, string content)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal(cue, claim.Cue.Text);
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(entity, claim.Speaker.Entity);
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    [InlineData("Niamey: Kolonel-Mayor Amadou Diallo mengatakan pasukan asing harus meninggalkan negara itu.", "Kolonel-Mayor Amadou Diallo", "pasukan asing harus meninggalkan negara itu")]
    [InlineData("Namun, Kementerian Luar Negeri Jepang menyatakan pihaknya belum menerima laporan resmi.", "Kementerian Luar Negeri Jepang", "pihaknya belum menerima laporan resmi")]
    // Connective phrases and time adverbials before the subject, with or without a comma (sentence-adverbials.tsv).
    [InlineData("Kendati demikian, Menteri Perdagangan Budi Hartono mengatakan ekspor tetap tumbuh.", "Menteri Perdagangan Budi Hartono", "ekspor tetap tumbuh")]
    [InlineData("Dengan demikian, Kepala Badan Pangan Arief Santoso menyatakan stok beras aman.", "Kepala Badan Pangan Arief Santoso", "stok beras aman")]
    [InlineData("Walau begitu, Gubernur Bank Sentral Rina Kusuma menyebut rupiah akan stabil.", "Gubernur Bank Sentral Rina Kusuma", "rupiah akan stabil")]
    [InlineData("Bagaimanapun, Menteri Pertahanan Hendra Wijaya menegaskan pasukan siap siaga.", "Menteri Pertahanan Hendra Wijaya", "pasukan siap siaga")]
    [InlineData("Akan tetapi, Presiden Ramon Cruz menegaskan kebijakan itu tidak akan berubah.", "Presiden Ramon Cruz", "kebijakan itu tidak akan berubah")]
    [InlineData("Selama ini Ankara menuding Oslo melindungi kelompok militan.", "Ankara", "Oslo melindungi kelompok militan")]
    [InlineData("Sejak awal Beijing menegaskan pulau itu bagian dari wilayahnya.", "Beijing", "pulau itu bagian dari wilayahnya")]
    [InlineData("Saat ini Kementerian Luar Negeri menyatakan seluruh WNI dalam keadaan aman.", "Kementerian Luar Negeri", "seluruh WNI dalam keadaan aman")]
    public void Leaves_datelines_and_sentence_adverbs_out_of_the_speaker(string text, string speaker, string content)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    public static TheoryData<string, string, string, string> BackReferences => new()
    {
        // text, cue, speaker entity, content (the previous sentence, without its dateline)
        { "Israel harus membuka perlintasan itu. Desakan itu disampaikan Sugiono saat bertemu mitranya di Kairo.", "disampaikan", "Sugiono", "Israel harus membuka perlintasan itu" },
        { "KABARNUSA.COM, JAKARTA -- Pemerintah Indonesia akan mengirim bantuan kemanusiaan ke Sudan.\nHal itu disampaikan oleh Menteri Luar Negeri Budi Hartono di Jakarta, Senin.", "disampaikan", "Budi Hartono", "Pemerintah Indonesia akan mengirim bantuan kemanusiaan ke Sudan" },
        { "Pemerintah Malaysia menyambut baik hasil perundingan damai di Mindanao.\nMenteri Luar Negeri Malaysia Anwar Salleh mengemukakan hal itu melalui akun media sosialnya.", "mengemukakan", "Anwar Salleh", "Pemerintah Malaysia menyambut baik hasil perundingan damai di Mindanao" },
        { "Pertumbuhan ekonomi kawasan akan melambat tahun depan.\nLaporan itu diungkap Direktur Bank Dunia Anna Bjerde di Jakarta.", "diungkap", "Anna Bjerde", "Pertumbuhan ekonomi kawasan akan melambat tahun depan" },
        // A sentence that makes its own claim keeps it when the same source is named again; another source takes the sentence.
        { "Wakil Menteri Luar Negeri Anis Matta menegaskan Indonesia tidak akan membuka hubungan dengan Israel.\nPernyataan itu disampaikan Anis di Jakarta.", "menegaskan", "Anis Matta", "Indonesia tidak akan membuka hubungan dengan Israel" },
        { "Ukraina mengapresiasi upaya Indonesia menghentikan perang.\nHal itu disampaikan Duta Besar Ukraina untuk Indonesia, Vasyl Petrenko, di Jakarta.", "disampaikan", "Vasyl Petrenko", "Ukraina mengapresiasi upaya Indonesia menghentikan perang" },
    };

    [Theory]
    [MemberData(nameof(BackReferences))]
    public void Attributes_the_previous_sentence_to_a_back_referring_attribution_unless_it_holds_the_same_sources_claim(string text, string cue, string entity, string content)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal(ClaimKind.Indirect, claim.Kind);
        Assert.Equal(cue, claim.Cue.Text);
        Assert.Equal(entity, claim.Speaker.Entity);
        Assert.Equal(content, claim.Content.Text);
    }

    [Fact]
    public void A_sentence_pointed_back_to_leaves_its_connective_out()
    {
        var claim = Assert.Single(Claims("Namun, Ukraina mengapresiasi upaya Indonesia menghentikan perang.\nHal itu disampaikan Duta Besar Ukraina untuk Indonesia, Vasyl Petrenko, di Jakarta."));
        Assert.Equal("disampaikan", claim.Cue.Text);
        Assert.Equal("Ukraina mengapresiasi upaya Indonesia menghentikan perang", claim.Content.Text);
    }

    [Fact]
    public void A_sentence_pointed_back_to_is_claimed_without_its_pronoun_attribution()
    {
        var claims = Claims("Menlu Rusia Sergey Lavrov tiba di Ankara pada Senin. Menurut dia, perundingan akan dilanjutkan bulan depan. Pernyataan itu disampaikan Lavrov dalam konferensi pers.");
        var claim = Assert.Single(claims);
        Assert.Equal("perundingan akan dilanjutkan bulan depan", claim.Content.Text);
        Assert.Equal("Sergey Lavrov", claim.Speaker.Entity);
    }

    [Fact]
    public void Does_not_read_a_non_statement_noun_as_pointing_back()
    {
        Assert.Empty(Claims("Presiden Korea Selatan akan berkunjung ke Jakarta bulan depan.\nUndangan tersebut disampaikan oleh Presiden Joko Widodo saat bertemu di Seoul."));
    }

    [Theory]
    [InlineData("Menteri Perdagangan Sri Wahyuni tak mau menjelaskan rincian kesepakatan itu.")]
    [InlineData("Menteri Perdagangan Sri Wahyuni belum bisa menjelaskan rincian kesepakatan itu.")]
    [InlineData("Presiden akan membahas dua isu, yakin soal perdagangan dan keamanan kawasan.")]
    [InlineData("Memang betul DPD punya hak untuk mengusulkan agenda politik.")]
    public void Finds_no_claim_in_refusals_or_a_stance_word_without_its_subject(string text) => Assert.Empty(Claims(text));

    [Fact]
    public void Reads_a_coordinated_second_reporting_predicate_as_a_claim_of_its_own()
    {
        var claims = Claims("Iran menuduh Israel melakukan serangan itu dan berjanji akan membalasnya.");
        Assert.Equal(2, claims.Count);
        Assert.Equal(("menuduh", "Israel melakukan serangan itu"), (claims[0].Cue.Text, claims[0].Content.Text));
        Assert.Equal(("berjanji", "akan membalasnya"), (claims[1].Cue.Text, claims[1].Content.Text));
        Assert.All(claims, c => Assert.Equal("Iran", c.Speaker.Entity));
    }

    [Theory]
    [InlineData("Hans Lindqvist mengecam serangan itu dan menyebutnya sebagai \"pelanggaran berat terhadap hukum laut\".", ClaimKind.Direct,
        "Hans Lindqvist", "pelanggaran berat terhadap hukum laut")]
    [InlineData("Partai oposisi, dalam pernyataan yang dikutip kantor berita AFP, menolak rancangan itu dan menyebutnya sebagai upaya membungkam pers.",
        ClaimKind.Indirect, "Partai oposisi", "upaya membungkam pers")]
    [InlineData("Pemerintah menyebutnya sebagai langkah awal pemulihan ekonomi.", ClaimKind.Indirect, "Pemerintah", "langkah awal pemulihan ekonomi")]
    public void A_verb_with_a_clitic_object_and_what_it_was_called_is_a_claim_of_its_own(string text, ClaimKind kind, string speaker, string content)
    {
        var claim = Assert.Single(Claims(text), c => c.Cue.Text == "menyebutnya");
        Assert.Equal((kind, speaker, content), (claim.Kind, claim.Speaker.Text, claim.Content.Text));
    }

    [Theory]
    [InlineData("\"Kami akan menyampaikannya pada waktunya,\" kata juru bicara itu.")]
    [InlineData("Partai oposisi menolak rancangan itu dan menyampaikannya kepada parlemen.")]
    public void A_verb_with_a_clitic_object_alone_reports_nothing(string text) =>
        Assert.DoesNotContain(Claims(text), c => c.Cue.Text.EndsWith("nya", StringComparison.Ordinal) && c.Cue.Text.StartsWith("me", StringComparison.Ordinal));

    [Theory]
    [InlineData("Menteri Luar Negeri Hendra Wijaya bertemu mitranya di Hanoi.\nMenlu juga menegaskan bahwa Indonesia mendukung penyelesaian damai.", "Menlu", "Hendra Wijaya")]
    [InlineData("Hendra Wijaya tiba di Jakarta pada Selasa.\nDia mengatakan perundingan berjalan lancar.", "Dia", "Hendra Wijaya")]
    [InlineData("Menteri Luar Negeri Budi Hartono bertemu mitranya.\n\"Kami sepakat memperkuat kerja sama ekonomi,\" ujarnya.", "ujarnya", "Budi Hartono")]
    [InlineData("\"Kami siap,\" kata Zelensky.\nKanselir Jerman Friedrich Merz mendesak agar gencatan senjata diberlakukan. Menurutnya, tanpa itu perundingan sia-sia.",
        "Menurutnya", "Friedrich Merz")]
    [InlineData("Hal senada disampaikan Juru Bicara Kemlu Teuku Faizasyah.\nIa mengatakan pendekatan diam-diam dipilih agar proses tetap berjalan.", "Ia", "Teuku Faizasyah")]
    [InlineData("Presiden Rusia Vladimir Putin dan Presiden China Xi Jinping menegaskan kemitraan kedua negara.",
        "Presiden Rusia Vladimir Putin dan Presiden China Xi Jinping", "Presiden Rusia Vladimir Putin dan Presiden China Xi Jinping")]
    public void Resolves_titles_pronouns_and_clitics_to_the_person(string text, string speaker, string entity)
    {
        var claim = Assert.Single(Claims(text), c => c.Speaker.Text == speaker);
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(entity, claim.Speaker.Entity);
    }

    [Fact]
    public void Keeps_the_speaker_of_a_continuation_quote_without_a_cue()
    {
        var claims = Claims("Selain itu, kata Hendra, bahwa pertemuan itu membuka babak baru kerja sama. \"Kami ingin kerja sama ini terus berlanjut hingga tahun depan.\"");
        Assert.Equal(2, claims.Count);
        Assert.Equal((ClaimKind.Indirect, "pertemuan itu membuka babak baru kerja sama"), (claims[0].Kind, claims[0].Content.Text));
        Assert.Equal((ClaimKind.Direct, "Kami ingin kerja sama ini terus berlanjut hingga tahun depan"), (claims[1].Kind, claims[1].Content.Text));
        Assert.All(claims, c => Assert.Equal(("kata", "Hendra"), (c.Cue.Text, c.Speaker.Text)));
    }
}
