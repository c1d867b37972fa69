using Geopolitics.Nlp.Claims;

namespace Geopolitics.Nlp.Tests.Claims;

/// <summary>
/// Where a reported clause begins and ends: quotation marks inside it stay paired, and the time, occasion and relaying
/// source of the saying stay outside it. Sentences written for these tests, not taken from any corpus.
/// </summary>
public sealed class ClaimContentBoundaryTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    public static TheoryData<string, string, string> Contents => new()
    {
        // text, cue, content of the claim with that cue
        // An adjunct about the speaker's act (a talk, a speech) and the day or week of a speech act on an object are no content;
        // an adjunct of a reported clause (`akan …, setelah …`) and the time of a forecast are.
        {
            "Presiden Ramon Cruz mengumumkan tarif impor baja dipangkas menjadi 10%, setelah melakukan pembicaraan telepon dengan Perdana Menteri Jepang pada Selasa (21/10).",
            "mengumumkan", "tarif impor baja dipangkas menjadi 10%"
        },
        {
            "Menlu Hendra Wijaya mengatakan Indonesia mendukung solusi dua negara saat berpidato di Sidang Majelis Umum PBB di New York, Jumat (26/9).",
            "mengatakan", "Indonesia mendukung solusi dua negara"
        },
        { "Perdana Menteri Anwar Salleh kembali mengkritik pemerintah Singapura pekan ini.", "mengkritik", "pemerintah Singapura" },
        { "Menteri Keuangan Rina Kusuma memperkirakan inflasi 3 persen tahun ini.", "memperkirakan", "inflasi 3 persen tahun ini" },
        { "Presiden Ramon Cruz mengatakan Filipina akan mengirim bantuan, setelah menerima permintaan dari Gaza.", "mengatakan", "Filipina akan mengirim bantuan, setelah menerima permintaan dari Gaza" },
        // A connective that opens a sentence attributed at its end is no part of what is claimed.
        { "Namun, situasi di perbatasan terus memburuk, menurut laporan Amnesty International.", "menurut", "situasi di perbatasan terus memburuk" },
        { "Meski demikian, ekonomi Laos diperkirakan tumbuh tahun ini, menurut Bank Pembangunan Asia.", "menurut", "ekonomi Laos diperkirakan tumbuh tahun ini" },
        // A description of the source after `Menurut X,` (no predicate before its comma) says who X is, not what X claims.
        { "Menurut Badan Pengungsi PBB (UNHCR), lembaga yang menangani pengungsi, lebih dari 20.000 orang mengungsi.", "Menurut", "lebih dari 20.000 orang mengungsi" },
        { "Menurut Ombudsman, lembaga pengawas pelayanan publik, laporan warga naik dua kali lipat.", "Menurut", "laporan warga naik dua kali lipat" },
        { "Menurut Kemlu, kelompok itu telah membebaskan sandera, termasuk dua WNI.", "Menurut", "kelompok itu telah membebaskan sandera, termasuk dua WNI" },
        // The occasion after an object noun is no part of what is said; a reported clause goes on over one.
        { "Putin dan Xi menegaskan kembali kemitraan strategis kedua negara dalam pertemuan di Kremlin, Kamis (8/5).", "menegaskan", "kemitraan strategis kedua negara" },
        { "Retno menyampaikan keprihatinan Indonesia saat bertemu Menlu Jepang.", "menyampaikan", "keprihatinan Indonesia" },
        { "Menlu Sugiono mengatakan Indonesia akan hadir dalam pertemuan G20.", "mengatakan", "Indonesia akan hadir dalam pertemuan G20" },
        { "Airlangga mengatakan negosiasi akan rampung bulan depan dalam keterangan tertulis.", "mengatakan", "negosiasi akan rampung bulan depan" },
        { "Airlangga mengatakan negosiasi akan rampung saat ditemui di Istana Kepresidenan.", "mengatakan", "negosiasi akan rampung" },
        { "Retno mengatakan Indonesia akan menyampaikan sikapnya dalam pidato di PBB.", "mengatakan", "Indonesia akan menyampaikan sikapnya dalam pidato di PBB" },
        // Quotation marks paired inside the clause are kept, with what the quotation holds.
        {
            "Lee Hsien Loong menyebut hubungan kedua negara “sangat strategis.”",
            "menyebut", "hubungan kedua negara “sangat strategis.”"
        },
        {
            "Lee Hsien Loong mengharapkan “dialog terbuka” dengan Presiden Vietnam.",
            "mengharapkan", "“dialog terbuka” dengan Presiden Vietnam"
        },
        {
            "Lee Hsien Loong mengatakan Singapura akan \"tetap netral.\"",
            "mengatakan", "Singapura akan \"tetap netral.\""
        },
        {
            "Lee Hsien Loong mengatakan \"dialog terbuka\" akan dimulai bulan depan.",
            "mengatakan", "\"dialog terbuka\" akan dimulai bulan depan"
        },

        // A day of the saying closes the clause after a comma; a date the clause needs stays.
        {
            "Juru bicara Kementerian Luar Negeri Malaysia mengatakan negaranya akan membalas tarif baru itu, Jumat (2/8).",
            "mengatakan", "negaranya akan membalas tarif baru itu"
        },
        {
            "Kementerian Keuangan AS mengumumkan pada Selasa (14/3), Washington membekukan aset bank sentral Rusia.",
            "mengumumkan", "Washington membekukan aset bank sentral Rusia"
        },
        {
            "Menteri Perdagangan Malaysia mengatakan pada 2030 nanti, tarif itu akan dihapus.",
            "mengatakan", "pada 2030 nanti, tarif itu akan dihapus"
        },
        {
            "Menteri Perdagangan Malaysia mengatakan tarif itu berlaku mulai 1 September.",
            "mengatakan", "tarif itu berlaku mulai 1 September"
        },
        {
            "Menteri Perdagangan Malaysia mengatakan perundingan dimulai kembali pada Senin, 3 Juni.",
            "mengatakan", "perundingan dimulai kembali pada Senin, 3 Juni"
        },

        // The occasion of the saying and a relaying source are no part of what is said.
        {
            "Menteri Luar Negeri Thailand menegaskan ASEAN harus tetap bersatu, saat ditemui di Gedung Parlemen, Bangkok, Senin (3/6).",
            "menegaskan", "ASEAN harus tetap bersatu"
        },
        {
            "Menteri Luar Negeri Thailand menegaskan ASEAN harus tetap bersatu, dalam konferensi pers di Bangkok.",
            "menegaskan", "ASEAN harus tetap bersatu"
        },
        {
            "Gubernur bank sentral itu mengatakan inflasi akan tetap rendah, demikian dilaporkan kantor berita Bernama.",
            "mengatakan", "inflasi akan tetap rendah"
        },
        {
            "Menteri Luar Negeri Thailand mengatakan ASEAN harus tetap bersatu, seperti dilansir Reuters.",
            "mengatakan", "ASEAN harus tetap bersatu"
        },
        {
            "Menteri Luar Negeri Thailand menuturkan pihaknya berkoordinasi dengan KBRI, sebagaimana dikutip dari Antara.",
            "menuturkan", "pihaknya berkoordinasi dengan KBRI"
        },
        {
            "Menteri Luar Negeri Thailand menegaskan ASEAN harus tetap bersatu, saat ini lebih dari sebelumnya.",
            "menegaskan", "ASEAN harus tetap bersatu, saat ini lebih dari sebelumnya"
        },
        {
            "Menteri Luar Negeri Thailand menegaskan ASEAN harus bersatu, dalam lima tahun ke depan.",
            "menegaskan", "ASEAN harus bersatu, dalam lima tahun ke depan"
        },

        // After an object noun of a speech act, `dan` + verb is the subject's next predicate; inside a reported clause
        // it is the clause's own.
        {
            "Kementerian Luar Negeri Thailand menyatakan keprihatinan atas insiden itu dan meminta semua pihak menahan diri.",
            "menyatakan", "keprihatinan atas insiden itu"
        },
        {
            "Menteri Pertahanan Thailand mengatakan pasukan itu akan menyerang dan menduduki kota perbatasan.",
            "mengatakan", "pasukan itu akan menyerang dan menduduki kota perbatasan"
        },
        {
            "Menteri Pertahanan Thailand menyampaikan pernyataan bahwa negaranya tetap netral.",
            "menyampaikan", "negaranya tetap netral"
        },
        // After an object with no predicate of its own, a contrasting connective or `dan akan` + verb opens the speaker's next
        // act, which is cut off; a bare predicate reported without its subject goes on.
        { "Menteri Luar Negeri Peru mengecam serangan itu, tetapi membuka pintu perundingan.", "mengecam", "serangan itu" },
        { "Presiden Chile menyambut baik usulan perundingan itu, namun menolak hadir.", "menyambut baik", "usulan perundingan itu" },
        { "Kementerian Luar Negeri Peru menyebut serangan itu sebagai agresi dan akan membalasnya.", "menyebut", "serangan itu sebagai agresi" },
        { "Kemlu Peru menilai langkah itu provokatif dan akan mengambil tindakan tegas.", "menilai", "langkah itu provokatif" },
        { "Dua calon ketua menyatakan mundur dan tak akan mencalonkan diri.", "menyatakan", "mundur dan tak akan mencalonkan diri" },
        { "Juru bicara Kemlu Peru mengatakan harga naik, namun tetap terjangkau.", "mengatakan", "harga naik, namun tetap terjangkau" },

        // The means or the audience of a saying after an object is no content; a process, a thing faced, or a means inside
        // a reported clause is.
        { "Pemerintah Chile membantah tuduhan tersebut melalui kantor berita resmi negara.", "membantah", "tuduhan tersebut" },
        { "Pemerintah Chile membantah laporan itu lewat juru bicaranya.", "membantah", "laporan itu" },
        { "Presiden Peru menyampaikan pengakuan tersebut di hadapan puluhan kepala negara.", "menyampaikan", "pengakuan tersebut" },
        { "Pemerintah Peru menyerukan penyelesaian sengketa melalui dialog.", "menyerukan", "penyelesaian sengketa melalui dialog" },
        { "Menlu Peru mengecam sikap diam itu di hadapan genosida.", "mengecam", "sikap diam itu di hadapan genosida" },
        {
            "Menlu Peru mengatakan pemerintah melalui juru bicaranya telah menolak tawaran itu.",
            "mengatakan", "pemerintah melalui juru bicaranya telah menolak tawaran itu"
        },

        // The speaker's own speech or message, or one described by its form or a passive relative clause, is the
        // occasion of the saying; so is an interval to another event after a comma.
        {
            "Menteri Luar Negeri Chile Ana Morales mengecam embargo itu dalam video yang ditayangkan pada pembukaan konferensi.",
            "mengecam", "embargo itu"
        },
        {
            "Presiden Peru Luis Vargas mengatakan harga gandum akan naik dalam sambutan yang dibacakan seorang menterinya.",
            "mengatakan", "harga gandum akan naik"
        },
        {
            "Presiden Senegal Amadou Fall menyerukan penghapusan utang negara miskin dalam pidatonya di Jenewa.",
            "menyerukan", "penghapusan utang negara miskin"
        },
        {
            "Presiden Senegal Amadou Fall menyerukan keadilan iklim dalam sambutan pertamanya sebagai ketua forum.",
            "menyerukan", "keadilan iklim"
        },
        {
            "Menteri Luar Negeri Chile Ana Morales mengatakan Santiago akan membalas, sehari setelah Washington menaikkan bea masuk tembaga.",
            "mengatakan", "Santiago akan membalas"
        },
        {
            "Menteri Luar Negeri Chile Ana Morales mengatakan Santiago akan membalas, dua hari sebelum pertemuan G20 dimulai.",
            "mengatakan", "Santiago akan membalas"
        },

        // `lebih lanjut` qualifies the saying.
        {
            "Menteri Luar Negeri Thailand mengungkapkan lebih lanjut pemerintah akan membuka kantor dagang baru.",
            "mengungkapkan", "pemerintah akan membuka kantor dagang baru"
        },
    };

    [Theory]
    [MemberData(nameof(Contents))]
    public void A_reported_clause_holds_what_is_said_and_nothing_of_its_saying(string text, string cue, string content)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims, c => c.Cue.Text == cue);
        Assert.Equal(content, claim.Content.Text);
        Assert.Equal(content, text[claim.Content.Start..claim.Content.End]);
    }

    [Theory]
    [InlineData("Juru bicara Kementerian Luar Negeri China, Mao Ning, dalam konferensi pers rutin di Beijing, Rabu (3/9), mengatakan Tiongkok menentang campur tangan asing.",
        "Juru bicara Kementerian Luar Negeri China, Mao Ning", "Mao Ning")]
    [InlineData("Juru bicara Kremlin, Dmitry Peskov, Rabu (3/9), mengatakan Rusia siap berunding.", "Juru bicara Kremlin, Dmitry Peskov", "Dmitry Peskov")]
    [InlineData("Moody's Investors Service, Selasa, menyatakan peringkat itu stabil.", "Moody's Investors Service", "Moody's Investors Service")]
    [InlineData("Menteri Luar Negeri Sugiono kepada wartawan mengatakan Indonesia siap membantu.", "Menteri Luar Negeri Sugiono", "Sugiono")]
    [InlineData("Presiden terpilih Amerika Serikat Donald Trump mengancam akan mengenakan tarif 100 persen.", "Presiden terpilih Amerika Serikat Donald Trump", "Donald Trump")]
    [InlineData("Ekonom senior Indef, Didik J Rachbini, menyebut wacana dedolarisasi masih jauh dari kenyataan.", "Ekonom senior Indef, Didik J Rachbini", "Didik J Rachbini")]
    [InlineData("Ketiga negara yang dikenal sebagai E3 itu mengancam akan mengaktifkan mekanisme snapback.", "Ketiga negara yang dikenal sebagai E3 itu", null)]
    [InlineData("Menlu Sugiono dalam keterangan tertulis menegaskan Indonesia menolak rencana itu.", "Menlu Sugiono", "Sugiono")]
    [InlineData("Menlu Sugiono saat ditemui di Jakarta menegaskan Indonesia menolak rencana itu.", "Menlu Sugiono", "Sugiono")]
    [InlineData("Perdana Menteri Israel Benjamin Netanyahu dalam pidato yang disiarkan televisi mengatakan operasi militer akan berlanjut.",
        "Perdana Menteri Israel Benjamin Netanyahu", "Benjamin Netanyahu")]
    [InlineData("Iran akan menutup selat itu, kata sumber di Kementerian Luar Negeri.", "sumber di Kementerian Luar Negeri", null)]
    [InlineData("Presiden Prabowo Subianto didampingi Menlu Sugiono mengatakan Indonesia siap membantu.", "Presiden Prabowo Subianto", "Prabowo Subianto")]
    [InlineData("Menanggapi hal itu, Menteri Keuangan Sri Mulyani Indrawati menyatakan pemerintah tetap optimistis.", "Menteri Keuangan Sri Mulyani Indrawati", "Sri Mulyani Indrawati")]
    [InlineData("Megawati, Ketua Umum PDI-P, mengatakan partainya siap.", "Megawati, Ketua Umum PDI-P", "Megawati Soekarnoputri")]
    [InlineData("Kepada Tempo, Menlu Sugiono mengatakan Indonesia siap menjadi mediator.", "Menlu Sugiono", "Sugiono")]
    [InlineData("Mohamad Hasan, selaku ketua ASEAN, mengatakan pemilu bukan prioritas.", "Mohamad Hasan, selaku ketua ASEAN", "Mohamad Hasan")]
    [InlineData("Senin lalu, Menteri ESDM Bahlil Lahadalia mengatakan harga nikel tertekan.", "Menteri ESDM Bahlil Lahadalia", "Bahlil Lahadalia")]
    [InlineData("Lai berulang kali menegaskan bahwa Taiwan merdeka.", "Lai", "Lai")]
    [InlineData("Menurut Machado, Presiden Maduro akan jatuh.", "Machado", "Maria Corina Machado")]
    [InlineData("Defisit masih terjaga, menurut Sri Mulyani dalam konferensi pers di Jakarta.", "Sri Mulyani", "Sri Mulyani Indrawati")]
    [InlineData("Seorang diplomat Barat yang enggan disebutkan namanya mengatakan kesepakatan hampir tercapai.",
        "Seorang diplomat Barat yang enggan disebutkan namanya", null)]
    [InlineData("Menurut sumber Reuters yang mengetahui pembicaraan itu, kesepakatan hampir tercapai.", "sumber Reuters yang mengetahui pembicaraan itu", null)]
    [InlineData("Presiden Prabowo Subianto melalui akun media sosialnya menyampaikan duka cita kepada rakyat Myanmar.", "Presiden Prabowo Subianto", "Prabowo Subianto")]
    // How often it was said is no part of the speaker; a count that opens the subject is.
    [InlineData("Lula beberapa kali mengatakan Brasil siap menjadi penengah.", "Lula", "Luiz Inacio Lula da Silva")]
    [InlineData("Lula berkali-kali menegaskan Brasil siap menjadi penengah.", "Lula", "Luiz Inacio Lula da Silva")]
    [InlineData("Lula sekali lagi menegaskan Brasil siap menjadi penengah.", "Lula", "Luiz Inacio Lula da Silva")]
    [InlineData("Lula tiga kali menyatakan Brasil siap menjadi penengah.", "Lula", "Luiz Inacio Lula da Silva")]
    [InlineData("Beberapa negara Eropa menyatakan dukungan bagi perundingan itu.", "Beberapa negara Eropa", null)]
    // A day or a relative clause between commas before an adverb and the verb, and a time with `pada` before the verb.
    [InlineData("Lula, Selasa (4/3), kembali menegaskan Brasil siap menjadi penengah.", "Lula", "Luiz Inacio Lula da Silva")]
    [InlineData("Kamboja, yang dituduh menembaki pos perbatasan, kembali membantah tuduhan itu.", "Kamboja", "Kamboja")]
    [InlineData("Lula pada Selasa (4/3) menegaskan Brasil siap menjadi penengah.", "Lula", "Luiz Inacio Lula da Silva")]
    [InlineData("Lula pada Maret lalu menegaskan Brasil siap menjadi penengah.", "Lula", "Luiz Inacio Lula da Silva")]
    [InlineData("Wakil Tetap RI pada PBB Arrmanatha Nasir mengatakan Indonesia mendukung resolusi itu.", "Wakil Tetap RI pada PBB Arrmanatha Nasir", "Arrmanatha Nasir")]
    // A preposition inside the title an apposition names is no circumstance of the saying.
    [InlineData("Utusan khusus Sekjen PBB untuk Myanmar, Julie Bishop, mengatakan dialog harus segera dimulai.", "Utusan khusus Sekjen PBB untuk Myanmar, Julie Bishop", "Julie Bishop")]
    public void A_speaker_is_the_subject_before_the_day_and_occasion_of_its_saying(string text, string speaker, string? entity)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(entity, claim.Speaker.Entity);
    }

    [Theory]
    [InlineData("Serangan itu terjadi sehari setelah Presiden AS Donald Trump mengumumkan serangan udara.", "Presiden AS Donald Trump", "serangan udara")]
    [InlineData("Pasar bergejolak ketika Menteri Keuangan Sri Mulyani mengatakan defisit melebar.", "Menteri Keuangan Sri Mulyani", "defisit melebar")]
    [InlineData("Harga minyak naik usai OPEC menyatakan akan memangkas produksi.", "OPEC", "akan memangkas produksi")]
    [InlineData("Rusia menyerang saat para pemimpin mengatakan gencatan senjata tercapai.", "para pemimpin", "gencatan senjata tercapai")]
    [InlineData("Hidayat dan Airlangga mundur karena menganggap ada proses yang tidak demokratis.", "Hidayat dan Airlangga", "ada proses yang tidak demokratis")]
    [InlineData("Rusia menarik pasukannya setelah menyatakan gencatan senjata berlaku.", "Rusia", "gencatan senjata berlaku")]
    [InlineData("Namun Putin mengatakan kerja sama energi akan terus diperluas.", "Putin", "kerja sama energi akan terus diperluas")]
    [InlineData("Sementara Presiden Xi Jinping menyebut hubungan itu stabil.", "Presiden Xi Jinping", "hubungan itu stabil")]
    [InlineData("Lalu Muhammad Zohri mengatakan ia siap bertanding.", "Lalu Muhammad Zohri", "ia siap bertanding")]
    [InlineData("Ketiga, Tedjo mengatakan pemerintah siap membantu.", "Tedjo", "pemerintah siap membantu")]
    [InlineData("Namun ia mengingatkan pemerintah agar tetap waspada.", "ia", "pemerintah agar tetap waspada")]
    [InlineData("Pasar bergejolak setelah ia menyatakan akan mundur.", "ia", "akan mundur")]
    [InlineData("Senada, Ketua Umum Asosiasi Pengusaha Indonesia Shinta Kamdani berharap pemerintah menurunkan suku bunga.",
        "Ketua Umum Asosiasi Pengusaha Indonesia Shinta Kamdani", "pemerintah menurunkan suku bunga")]
    [InlineData("Sebaliknya, Gubernur Bank Indonesia Perry Warjiyo menilai inflasi masih terkendali.", "Gubernur Bank Indonesia Perry Warjiyo", "inflasi masih terkendali")]
    [InlineData("Secara terpisah, Gubernur Bank Indonesia Perry Warjiyo menilai inflasi masih terkendali.", "Gubernur Bank Indonesia Perry Warjiyo", "inflasi masih terkendali")]
    [InlineData("Di sisi lain, Gubernur Bank Indonesia Perry Warjiyo menilai inflasi masih terkendali.", "Gubernur Bank Indonesia Perry Warjiyo", "inflasi masih terkendali")]
    [InlineData("Senada dengan Perry, Menteri Keuangan Sri Mulyani menilai inflasi masih terkendali.", "Menteri Keuangan Sri Mulyani", "inflasi masih terkendali")]
    // A sentence adverb no list knows is no name that a description could follow.
    [InlineData("Akibatnya, warga Khartoum mengatakan mereka kekurangan air bersih.", "warga Khartoum", "mereka kekurangan air bersih")]
    public void A_speaker_starts_after_a_conjunction_and_its_subordinate_clause_after_its_conjunction(string text, string speaker, string content)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.Equal((speaker, content), (claim.Speaker.Text, claim.Content.Text));
    }

    [Theory]
    [InlineData("Sejumlah diplomat khawatir agenda iklim akan tersingkir tahun depan.", "Sejumlah diplomat", "agenda iklim akan tersingkir tahun depan")]
    [InlineData("Para nelayan sangat khawatir kapal asing akan kembali.", "Para nelayan", "kapal asing akan kembali")]
    public void A_stated_fear_is_a_claim_like_a_stated_belief(string text, string speaker, string content)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.Equal((speaker, "khawatir", content), (claim.Speaker.Text, claim.Cue.Text, claim.Content.Text));
    }

    [Theory]
    [InlineData("Presiden Vietnam menyampaikan pidato di Sidang Majelis Umum PBB di New York.")]
    [InlineData("Presiden Vietnam memberikan sambutan dalam pembukaan forum itu.")]
    public void Delivering_a_speech_is_an_event_not_a_claim(string text) =>
        Assert.Empty(Analyzer.Analyze(text).Claims);

    [Theory]
    [InlineData("\"Serangan ini melanggar hukum humaniter internasional,\" demikian pernyataan Kemlu RI lewat akun X resminya.", "pernyataan", "Kemlu RI")]
    [InlineData("\"Serangan ini melanggar hukum humaniter internasional,\" demikian keterangan tertulis Kementerian Luar Negeri, Selasa.", "keterangan", "Kementerian Luar Negeri")]
    [InlineData("\"Serangan ini melanggar hukum humaniter internasional,\" demikian disampaikan juru bicara Kemlu, Roy Soemirat.", "disampaikan", "juru bicara Kemlu, Roy Soemirat")]
    public void A_quotation_is_attributed_by_demikian_and_a_statement_or_a_passive_cue(string text, string cue, string speaker)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.Equal((ClaimKind.Direct, cue, speaker, "Serangan ini melanggar hukum humaniter internasional"), (claim.Kind, claim.Cue.Text, claim.Speaker.Text, claim.Content.Text));
    }

    [Theory]
    [InlineData("Pemerintah Indonesia mengutuk keras serangan Israel terhadap kapal bantuan.", "mengutuk", "serangan Israel terhadap kapal bantuan")]
    [InlineData("Trump mengklaim telah menghentikan delapan perang.", "mengklaim", "telah menghentikan delapan perang")]
    [InlineData("Kalla juga mengaku sudah memberikan pandangan kepada Tedjo.", "mengaku", "sudah memberikan pandangan kepada Tedjo")]
    [InlineData("Menurut Rachlan, secara etika partai itu akan berada di luar pemerintahan.", "Menurut", "secara etika partai itu akan berada di luar pemerintahan")]
    [InlineData("Menlu menegaskan secara tegas bahwa Indonesia menolak usulan itu.", "menegaskan", "Indonesia menolak usulan itu")]
    [InlineData("Kementerian Luar Negeri China mengecam keras kunjungan itu.", "mengecam", "kunjungan itu")]
    public void How_strongly_a_speech_act_is_made_is_no_part_of_its_object(string text, string cue, string content)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.Equal((cue, content), (claim.Cue.Text, claim.Content.Text));
    }

    [Theory]
    [InlineData("beber")]
    [InlineData("urai")]
    [InlineData("timpal")]
    [InlineData("membeberkan")]
    [InlineData("menimpali")]
    public void Short_cues_of_telling_and_replying_attribute_a_quotation(string cue)
    {
        var claim = Assert.Single(Analyzer.Analyze($"\"Kami siap membantu proses itu,\" {cue} Menteri Sugiono.").Claims);
        Assert.Equal((ClaimKind.Direct, cue, "Menteri Sugiono", "Sugiono"), (claim.Kind, claim.Cue.Text, claim.Speaker.Text, claim.Speaker.Entity));
    }

    [Fact]
    public void A_title_with_its_modifiers_closed_by_a_demonstrative_is_the_whole_speaker()
    {
        const string text = "Retno menyampaikan hal tersebut saat bertemu mitranya. \"Kami berharap konflik segera berakhir,\" kata diplomat senior itu.";
        var claim = Assert.Single(Analyzer.Analyze(text).Claims, c => c.Kind == ClaimKind.Direct);
        Assert.Equal(("diplomat senior itu", "Retno Marsudi"), (claim.Speaker.Text, claim.Speaker.Entity));
    }

    [Fact]
    public void The_head_of_state_as_a_speaker_is_the_president_the_article_quotes()
    {
        const string text = "Prabowo mengatakan hubungan kedua negara telah berlangsung lama. \"Prancis adalah sahabat lama Indonesia,\" ujar Kepala Negara.";
        var claims = Analyzer.Analyze(text).Claims;
        Assert.Equal(["Prabowo Subianto", "Prabowo Subianto"], claims.Select(c => c.Speaker.Entity));
    }

    [Fact]
    public void A_quotation_after_the_sentence_of_a_shortened_clause_goes_on_in_its_voice()
    {
        const string text = "Kementerian Luar Negeri Thailand menyatakan keprihatinan atas insiden itu dan meminta semua pihak menahan diri. " +
                            "\"Thailand mendorong penyelesaian sengketa secara damai,\" demikian pernyataan itu.";
        var claims = Analyzer.Analyze(text).Claims;
        Assert.Equal(
            ["keprihatinan atas insiden itu", "semua pihak menahan diri", "Thailand mendorong penyelesaian sengketa secara damai"],
            claims.Select(c => c.Content.Text));
        Assert.All(claims, c => Assert.Equal("Kementerian Luar Negeri Thailand", c.Speaker.Entity));
    }

    [Theory]
    // Where the saying happened, before a colon and a quotation, is no claim of its own; a clause there is content.
    [InlineData("Menlu Hendra Wijaya berkata di forum yang diselenggarakan oleh PBB: \"Kami tidak akan mundur dari perundingan ini.\"", 1)]
    [InlineData("Menlu Hendra Wijaya mengatakan dalam pertemuan itu: \"Indonesia tetap mendukung Palestina sepenuhnya.\"", 1)]
    [InlineData("Menurut juru bicara Kremlin, dalam kunjungan itu, Presiden Putin membahas semua potensi kerja sama: \"Kami ingin mengembangkan hubungan di semua bidang.\"", 2)]
    public void The_place_of_a_saying_before_a_quotation_is_no_claim(string text, int count)
    {
        var claims = Analyzer.Analyze(text).Claims;
        Assert.Equal(count, claims.Count);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Direct);
    }

    [Fact]
    public void A_sentence_pointed_back_to_keeps_its_closing_day()
    {
        const string text = "Pemerintah Indonesia menyambut baik hasil pertemuan kedua pemimpin Korea di Panmunjom, Jumat.\nHal itu disampaikan Menteri Luar Negeri Retno Marsudi di Singapura.";
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.EndsWith("di Panmunjom, Jumat", claim.Content.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("“Kami siap membantu,” ujarnya.", "ujarnya")]
    [InlineData("Menurutnya, perundingan akan berlanjut pekan depan.", "Menurutnya")]
    [InlineData("Perundingan akan berlanjut pekan depan, katanya.", "katanya")]
    public void A_clitic_source_is_the_word_as_written_for_cue_and_speaker(string text, string word)
    {
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.Equal(word, claim.Cue.Text);
        Assert.Equal(word, claim.Speaker.Text);
        Assert.Equal(claim.Cue.Start, claim.Speaker.Start);
    }
}
