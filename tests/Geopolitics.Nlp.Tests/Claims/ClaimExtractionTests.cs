using Geopolitics.Nlp.Claims;

namespace Geopolitics.Nlp.Tests.Claims;

/// <summary>Each attribution form on short sentences written for the tests; expected strings are exact spans.</summary>
public sealed class ClaimExtractionTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static IReadOnlyList<Claim> Claims(string text) => Analyzer.Analyze(text).Claims;

    public static TheoryData<string, string, string, string, string, string?> SingleClaims => new()
    {
        // text, kind, cue, speaker as written, content, speaker entity (text fallback: no entity stage)
        { "Menteri Pertahanan Budi Santoso mengatakan bahwa latihan gabungan akan digelar bulan depan.", "indirect", "mengatakan", "Menteri Pertahanan Budi Santoso", "latihan gabungan akan digelar bulan depan", "Budi Santoso" },
        { "Dalam jumpa pers itu, Retno menegaskan Indonesia tetap menolak pangkalan asing.", "indirect", "menegaskan", "Retno", "Indonesia tetap menolak pangkalan asing", "Retno Marsudi" },
        { "Kemlu menyampaikan keprihatinan mendalam atas serangan di Gaza.", "indirect", "menyampaikan", "Kemlu", "keprihatinan mendalam atas serangan di Gaza", "Kementerian Luar Negeri Republik Indonesia" },
        { "“Kami tidak akan mundur dari perundingan,” kata Ahmad Yani.", "direct", "kata", "Ahmad Yani", "Kami tidak akan mundur dari perundingan", "Ahmad Yani" },
        { "\"Kerja sama ini saling menguntungkan,\" ujar Dubes Maria Lopez setelah rapat.", "direct", "ujar", "Dubes Maria Lopez", "Kerja sama ini saling menguntungkan", "Maria Lopez" },
        { "Menlu Susanto berkata: “Kedaulatan kami tidak bisa ditawar.”", "direct", "berkata", "Menlu Susanto", "Kedaulatan kami tidak bisa ditawar", "Susanto" },
        { "Menurut Hendra Wijaya, sanksi itu tidak efektif menekan Teheran.", "according-to", "Menurut", "Hendra Wijaya", "sanksi itu tidak efektif menekan Teheran", "Hendra Wijaya" },
        { "Harga minyak akan naik tahun depan, menurut Bank Dunia.", "according-to", "menurut", "Bank Dunia", "Harga minyak akan naik tahun depan", "Bank Dunia" },
        { "Menurut Rina Putri, pengamat hubungan internasional, ketegangan itu akan mereda.", "according-to", "Menurut", "Rina Putri, pengamat hubungan internasional", "ketegangan itu akan mereda", "Rina Putri" },
        { "Juru bicara kementerian, Agus Salim, menyatakan pemerintah sudah mengirim nota protes.", "indirect", "menyatakan", "Juru bicara kementerian, Agus Salim", "pemerintah sudah mengirim nota protes", "Agus Salim" },
        { "Para pengamat menilai pertemuan itu sebagai terobosan.", "indirect", "menilai", "Para pengamat", "pertemuan itu sebagai terobosan", null },
        { "Jepang dan Filipina menyatakan keberatan atas patroli tersebut.", "indirect", "menyatakan", "Jepang dan Filipina", "keberatan atas patroli tersebut", "Jepang dan Filipina" },
        { "Menlu Sugiono mengkritik keputusan Israel menutup perbatasan.", "indirect", "mengkritik", "Menlu Sugiono", "keputusan Israel menutup perbatasan", "Sugiono" },
        { "Menurut Menlu Sugiono, WNI di Nepal dalam keadaan aman.", "according-to", "Menurut", "Menlu Sugiono", "WNI di Nepal dalam keadaan aman", "Sugiono" },
        { "Menurut juru bicara Kemlu, Roy Soemirat, TKI di Malaysia tidak terdampak.", "according-to", "Menurut", "juru bicara Kemlu, Roy Soemirat", "TKI di Malaysia tidak terdampak", "Roy Soemirat" },
        // Urging, questioning, writing, confirming and giving reasons report what follows them.
        { "Kanselir Austria Karl Brandt mendesak Serbia membuka perbatasan.", "indirect", "mendesak", "Kanselir Austria Karl Brandt", "Serbia membuka perbatasan", "Karl Brandt" },
        { "Dubes Maria Lopez mempertanyakan dasar hukum sanksi itu.", "indirect", "mempertanyakan", "Dubes Maria Lopez", "dasar hukum sanksi itu", "Maria Lopez" },
        { "Menlu Susanto menulis bahwa Jakarta tidak akan mengubah sikapnya.", "indirect", "menulis", "Menlu Susanto", "Jakarta tidak akan mengubah sikapnya", "Susanto" },
        { "Menlu Susanto menulis di blognya bahwa Jakarta siap menjadi penengah.", "indirect", "menulis", "Menlu Susanto", "Jakarta siap menjadi penengah", "Susanto" },
        { "Juru bicara polisi Agus Salim membenarkan bahwa tiga orang telah ditahan.", "indirect", "membenarkan", "Juru bicara polisi Agus Salim", "tiga orang telah ditahan", "Agus Salim" },
        { "Menteri Keuangan Budi Santoso memastikan bahwa gaji pegawai akan dibayar tepat waktu.", "indirect", "memastikan", "Menteri Keuangan Budi Santoso", "gaji pegawai akan dibayar tepat waktu", "Budi Santoso" },
        { "Kementerian Perdagangan beralasan bahwa kuota itu perlu dijaga.", "indirect", "beralasan", "Kementerian Perdagangan", "kuota itu perlu dijaga", "Kementerian Perdagangan" },
        // Requests, demands and invitations report the clause asked for; a welcome with its manner word its object.
        { "Sekjen PBB Karl Brandt meminta Israel menghentikan serangan ke kamp pengungsi.", "indirect", "meminta", "Sekjen PBB Karl Brandt", "Israel menghentikan serangan ke kamp pengungsi", "Karl Brandt" },
        { "Dubes Maria Lopez meminta Dewan Keamanan segera bertindak.", "indirect", "meminta", "Dubes Maria Lopez", "Dewan Keamanan segera bertindak", "Maria Lopez" },
        { "Menlu Susanto menuntut agar para sandera segera dibebaskan.", "indirect", "menuntut", "Menlu Susanto", "agar para sandera segera dibebaskan", "Susanto" },
        { "Menlu Susanto mengajak negara-negara tetangga memperkuat patroli bersama.", "indirect", "mengajak", "Menlu Susanto", "negara-negara tetangga memperkuat patroli bersama", "Susanto" },
        { "Dubes Maria Lopez menyambut baik keputusan parlemen itu.", "indirect", "menyambut baik", "Dubes Maria Lopez", "keputusan parlemen itu", "Maria Lopez" },
        { "Kepala badan itu, Ahmad Yani, mengonfirmasi bahwa tim pemantau telah tiba di lokasi.", "indirect", "mengonfirmasi", "Kepala badan itu, Ahmad Yani", "tim pemantau telah tiba di lokasi", "Ahmad Yani" },
        { "Juru bicara polisi Agus Salim membenarkan kabar penangkapan itu.", "indirect", "membenarkan", "Juru bicara polisi Agus Salim", "kabar penangkapan itu", "Agus Salim" },
        { "Menlu Susanto melanjutkan bahwa bantuan akan dikirim pekan depan.", "indirect", "melanjutkan", "Menlu Susanto", "bantuan akan dikirim pekan depan", "Susanto" },
        { "Presiden Chile Ana Morales dikabarkan menyatakan kesiapannya bertemu oposisi.", "indirect", "menyatakan", "Presiden Chile Ana Morales", "kesiapannya bertemu oposisi", "Ana Morales" },
        { "“Kami tidak akan mengakui hasil pemilu itu,” tandas Ahmad Yani.", "direct", "tandas", "Ahmad Yani", "Kami tidak akan mengakui hasil pemilu itu", "Ahmad Yani" },
        // A partial quotation in the object of a speech act is part of an indirect claim's content.
        { "Dubes Maria Lopez mengecam “tindakan sembrono dan berbahaya” Israel di perbatasan.", "indirect", "mengecam", "Dubes Maria Lopez", "“tindakan sembrono dan berbahaya” Israel di perbatasan", "Maria Lopez" },
        // A short quotation that ends at a stance is the attribution's, not a stance whose content is the attribution.
        { "“Kami yakin,” kata Menlu Susanto.", "direct", "kata", "Menlu Susanto", "Kami yakin", "Susanto" },
        // A speech act whose object is a single name ending the sentence.
        { "Presiden Chile Ana Morales mengecam Israel.", "indirect", "mengecam", "Presiden Chile Ana Morales", "Israel", "Ana Morales" },
        { "Perdana Menteri Hongaria Lajos Kiss mengkritik NATO.", "indirect", "mengkritik", "Perdana Menteri Hongaria Lajos Kiss", "NATO", "Lajos Kiss" },
        // A body speaking through one of its units is the speaker.
        { "Kementerian Pertanian melalui Direktorat Jenderal Tanaman Pangan mengimbau petani untuk menunda masa tanam.", "indirect", "mengimbau",
          "Kementerian Pertanian", "petani untuk menunda masa tanam", "Kementerian Pertanian" },
        { "Pemerintah Thailand melalui Kementerian Luar Negeri menyatakan bahwa Bangkok menolak tuduhan itu.", "indirect", "menyatakan",
          "Pemerintah Thailand", "Bangkok menolak tuduhan itu", "Thailand" },
        // A source that withholds its name, with the clause that says so.
        { "Seorang diplomat senior yang meminta identitasnya tidak diungkap mengatakan, perundingan itu nyaris gagal.", "indirect", "mengatakan",
          "Seorang diplomat senior yang meminta identitasnya tidak diungkap", "perundingan itu nyaris gagal", null },
        { "Seorang diplomat senior yang enggan namanya dikutip menyebut perundingan itu nyaris gagal.", "indirect", "menyebut",
          "Seorang diplomat senior yang enggan namanya dikutip", "perundingan itu nyaris gagal", null },
        // A lower-case description after the cue, then the name it gives: the speaker is both, the name speaks.
        { "\"Harga cabai naik tiga kali lipat,\" ujar seorang pedagang sayur, Rina Putri.", "direct", "ujar", "seorang pedagang sayur, Rina Putri",
          "Harga cabai naik tiga kali lipat", "Rina Putri" },
        { "\"Kami belum menerima bantuan apa pun,\" kata ayah korban, Agus Salim, kepada wartawan.", "direct", "kata", "ayah korban, Agus Salim",
          "Kami belum menerima bantuan apa pun", "Agus Salim" },
        { "\"Kami hanya ingin keadilan ditegakkan,\" tutur paman korban, Suparman, saat ditemui di rumahnya.", "direct", "tutur", "paman korban, Suparman",
          "Kami hanya ingin keadilan ditegakkan", "Suparman" },
        // After a quote: a lower-case title with a qualifier before the name, and a hyphenated name, stay whole.
        { "\"Perundingan akan dilanjutkan pekan depan,\" kata juru bicara oposisi Ahmad Yani.", "direct", "kata", "juru bicara oposisi Ahmad Yani",
          "Perundingan akan dilanjutkan pekan depan", "Ahmad Yani" },
        { "\"Sanksi itu tidak adil bagi rakyat kami,\" kata Menteri Luar Negeri Prancis Jean-Marc Dupont.", "direct", "kata",
          "Menteri Luar Negeri Prancis Jean-Marc Dupont", "Sanksi itu tidak adil bagi rakyat kami", "Jean-Marc Dupont" },
        // `Title, Name, yang …` with no comma before the verb: the relative clause is an adjunct; a month is no speaker.
        { "Utusan Khusus Presiden Bidang Pangan, Hendra Wijaya, yang memimpin delegasi RI mengatakan panen tahun ini melimpah.", "indirect", "mengatakan",
          "Utusan Khusus Presiden Bidang Pangan, Hendra Wijaya", "panen tahun ini melimpah", "Hendra Wijaya" },
        { "Menteri Perdagangan Budi Santoso yang menjabat sejak Maret menyatakan ekspor beras akan naik.", "indirect", "menyatakan",
          "Menteri Perdagangan Budi Santoso yang menjabat sejak Maret", "ekspor beras akan naik", "Budi Santoso" },
        // The name in apposition after a campus whose name holds a person-like word is the speaker.
        { "Dosen Universitas Islam Negeri (UIN) Sunan Ampel Surabaya, Rina Putri, mengatakan inflasi akan turun.", "indirect", "mengatakan",
          "Dosen Universitas Islam Negeri (UIN) Sunan Ampel Surabaya, Rina Putri", "inflasi akan turun", "Rina Putri" },
        // `menurut` in a relative clause: its source claims the relative clause's predicate.
        { "Presiden Ramon Cruz menandatangani perintah eksekutif itu, langkah yang menurut Istana Malacanang akan mempercepat pemulihan ekonomi.",
          "according-to", "menurut", "Istana Malacanang", "akan mempercepat pemulihan ekonomi", "Istana Malacanang" },
        { "Thailand menutup perbatasan, kebijakan yang menurut para analis akan memukul perdagangan lintas batas.",
          "according-to", "menurut", "para analis", "akan memukul perdagangan lintas batas", null },
        // A request's addressee is counted in words, not the acronym in brackets after a name (`Dana` in a name is no fund).
        { "Gubernur Budi Santoso meminta pemerintah kota dan Badan Pangan Dunia (WFP) segera mengirim bantuan.", "indirect", "meminta",
          "Gubernur Budi Santoso", "pemerintah kota dan Badan Pangan Dunia (WFP) segera mengirim bantuan", "Budi Santoso" },
        { "Menteri Budi Santoso meminta Dana Moneter Internasional (IMF) segera meninjau syarat pinjaman.", "indirect", "meminta",
          "Menteri Budi Santoso", "Dana Moneter Internasional (IMF) segera meninjau syarat pinjaman", "Budi Santoso" },
        // Thanks and congratulations given are speech acts, like `menyampaikan rasa terima kasih …`.
        { "Perdana Menteri Ana Morales berterima kasih kepada Jepang atas bantuan itu.", "indirect", "berterima kasih",
          "Perdana Menteri Ana Morales", "kepada Jepang atas bantuan itu", "Ana Morales" },
        { "Presiden Ramon Cruz mengucapkan selamat kepada Presiden terpilih Chile atas kemenangannya.", "indirect", "mengucapkan",
          "Presiden Ramon Cruz", "selamat kepada Presiden terpilih Chile atas kemenangannya", "Ramon Cruz" },
        { "Menteri Kesehatan Budi Santoso meminta maaf kepada para korban atas keterlambatan itu.", "indirect", "meminta maaf",
          "Menteri Kesehatan Budi Santoso", "kepada para korban atas keterlambatan itu", "Budi Santoso" },
        // Assuring, without `bahwa`, that a clause holds (a verb or a state word as its predicate).
        { "Dubes Maria Lopez memastikan proses evakuasi warga terus berjalan.", "indirect", "memastikan", "Dubes Maria Lopez",
          "proses evakuasi warga terus berjalan", "Maria Lopez" },
        { "Dubes Maria Lopez memastikan seluruh WNI di Sudan dalam keadaan aman.", "indirect", "memastikan", "Dubes Maria Lopez",
          "seluruh WNI di Sudan dalam keadaan aman", "Maria Lopez" },
        { "Menteri Pertahanan Budi Santoso menjamin pasukan perdamaian siap diberangkatkan.", "indirect", "menjamin",
          "Menteri Pertahanan Budi Santoso", "pasukan perdamaian siap diberangkatkan", "Budi Santoso" },
        // A relative clause after a named source reports what that source said.
        { "Serangan itu dikecam Menteri Luar Negeri Chile Ramon Cruz, yang menyebut tindakan tersebut melanggar hukum internasional.",
          "indirect", "menyebut", "Menteri Luar Negeri Chile Ramon Cruz", "tindakan tersebut melanggar hukum internasional", "Ramon Cruz" },
        // `menurut` opening a clause coordinated after a comma: the source claims only that clause.
        { "Draf perjanjian sudah disetujui, namun menurut diplomat Chile, penandatanganan masih menunggu parlemen.", "according-to", "menurut",
          "diplomat Chile", "penandatanganan masih menunggu parlemen", null },
        // A stance noun with the speaker's `-nya` is a whole content; so is what `mengakui` admits (not a state recognized).
        { "Menlu Ana Morales menyampaikan keprihatinannya.", "indirect", "menyampaikan", "Menlu Ana Morales", "keprihatinannya", "Ana Morales" },
        { "Juru bicara militer Agus Salim mengakui adanya korban sipil.", "indirect", "mengakui", "Juru bicara militer Agus Salim", "adanya korban sipil", "Agus Salim" },
        // A statement noun as the object of a cue with more words after it is part of the content, not a pointer back.
        { "Juru bicara tentara Agus Salim menuding laporan itu sebagai propaganda.", "indirect", "menuding", "Juru bicara tentara Agus Salim", "laporan itu sebagai propaganda", "Agus Salim" },
    };

    [Theory]
    [MemberData(nameof(SingleClaims))]
    public void Extracts_each_attribution_form(string text, string kind, string cue, string speaker, string content, string? entity)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal(kind, KindName(claim.Kind));
        Assert.Equal(cue, claim.Cue.Text);
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(content, claim.Content.Text);
        Assert.Equal(entity, claim.Speaker.Entity);
        Assert.Equal(text[claim.Content.Start..claim.Content.End], claim.Content.Text);
    }

    [Theory]
    [InlineData("“Tidak ada,” kata Lavrov.", "Lavrov: Tidak ada")]
    [InlineData("\"Kami siap,\" katanya, \"untuk membantu.\"", "katanya: Kami siap|katanya: untuk membantu")]
    [InlineData("“Kami siap membantu,” kata Lavrov. “Tentu.”", "Lavrov: Kami siap membantu|Lavrov: Tentu")]
    [InlineData("Ia menyebut langkah itu “tidak bijak” bagi kawasan.", "Ia: langkah itu “tidak bijak” bagi kawasan")]
    public void A_short_quotation_is_a_claim_when_a_comma_hands_it_to_its_attribution(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", Claims(text).Select(c => $"{c.Speaker.Text}: {c.Content.Text}")));

    // Kompas writes `”` for both marks: one after a space and before a letter opens; narration stays out of quotes.
    [Theory]
    [InlineData("Budi Santoso menyebut Chile sebagai mitra penting. ”Kita sudah lama bekerja sama. Hubungan ini harus dijaga,” katanya.",
        "menyebut Budi Santoso: Chile sebagai mitra penting|katanya katanya: Kita sudah lama bekerja sama. Hubungan ini harus dijaga")]
    [InlineData("Ani Suryani menilai rapat itu berhasil. ”Banyak kesepakatan. Kami puas,” ujarnya.\n\nDubes Maria Lopez memuji Jakarta. ”Kami senang. Kerja sama ini maju,” ujar Lopez.",
        "menilai Ani Suryani: rapat itu berhasil|ujarnya ujarnya: Banyak kesepakatan. Kami puas|memuji Dubes Maria Lopez: Jakarta|ujar Lopez: Kami senang. Kerja sama ini maju")]
    [InlineData("Budi Santoso menyebut Chile sebagai mitra. \"Kita sudah lama bekerja sama. Hubungan ini harus dijaga,\" katanya.",
        "menyebut Budi Santoso: Chile sebagai mitra|katanya katanya: Kita sudah lama bekerja sama. Hubungan ini harus dijaga")]
    [InlineData("Budi Santoso menyebut Chile sebagai mitra. “Kita sudah lama bekerja sama. Hubungan ini harus dijaga,” katanya.",
        "menyebut Budi Santoso: Chile sebagai mitra|katanya katanya: Kita sudah lama bekerja sama. Hubungan ini harus dijaga")]
    public void Pairs_quotation_marks_of_every_style(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", Claims(text).Select(c => $"{c.Cue.Text} {c.Speaker.Text}: {c.Content.Text}")));

    // A quotation whose comma hands it to an attribution with an unknown verb is no continuation of the one before.
    [Fact]
    public void A_quote_handed_to_its_own_attribution_does_not_take_the_voice_before()
    {
        const string text = "“Kami menghormati keputusan itu,” kata Ahmad Yani.\n\n“Kami tidak akan mengakui hasilnya,” sergah Budi Santoso.";
        Assert.Equal("Ahmad Yani: Kami menghormati keputusan itu", string.Join("|", Claims(text).Select(c => $"{c.Speaker.Text}: {c.Content.Text}")));
    }

    public static TheoryData<string> NotClaims => new()
    {
        "Apakah Rusia akan mengatakan bahwa perang sudah usai?",
        "Putin Siap Hadiri Undangan Kim ke Pyongyang",
        "Baca Juga : Menlu mengatakan kerja sama diperluas",
        "Komentar (0)",
        "Ia menolak berkomentar.",
        "Ketegangan di kawasan itu terus meningkat sejak awal tahun.",
        "Pertemuan ini menegaskan bahwa kedua negara makin dekat.",
        "Dia menambahkan.",
        // A verb that reports only a clause or only what follows `bahwa`, with a bare object; a document; recognition.
        "Sastrawan itu menulis buku tentang perang.",
        "Polisi memastikan keamanan acara tersebut.",
        "Presiden Ramon Cruz menjamin kebebasan pers.",
        "Klub itu memastikan tiket ke semifinal setelah menang 3-1.",
        // A greeting with no addressee or reason.
        "Warga mengucapkan selamat tahun baru.",
        // A request or demand with a bare object; a welcome without its manner word.
        "Kementerian Perdagangan meminta izin untuk mengimpor beras.",
        "Para demonstran menuntut keadilan bagi korban.",
        "Presiden Ana Morales menyambut kedatangan tamu negara di istana.",
        // Endangering, not a threat made (`mengancam akan …`).
        "Kapal penjaga pantai Chile mengancam keselamatan nelayan di perairan itu.",
        "Dewan Keamanan mengesahkan resolusi yang mendesak Iran menghentikan pengayaan uranium.",
        "Sejauh ini, lebih dari 140 negara telah mengakui Palestina.",
        "Spanyol secara resmi mengakui Negara Palestina pada Mei 2024.",
        "Inggris mengakui Palestina sebagai negara berdaulat.",
        "Portugal juga mengakui kemerdekaan Kosovo.",
        // `mendesak` as an adjective ("urgent").
        "Kebutuhan mendesak warga pengungsi adalah obat-obatan.",
        "Situasi di perbatasan sangat mendesak bagi warga.",
        "Perbaikan jalan itu mendesak dilakukan.",
    };

    [Theory]
    [MemberData(nameof(NotClaims))]
    public void Finds_no_claim_in_questions_headlines_furniture_and_bare_assertions(string text) =>
        Assert.Empty(Claims(text));

    [Fact]
    public void Resolves_a_clitic_speaker_to_the_last_speaker()
    {
        const string text = "Menurut Dewi Lestari, harga gandum akan naik.\n“Pasokan dari Ukraina terganggu,” ujarnya.";
        var claims = Claims(text);
        Assert.Equal(2, claims.Count);
        var quote = claims[1];
        Assert.Equal("ujarnya", quote.Speaker.Text); // the word as written is both cue and speaker
        Assert.Equal("ujarnya", quote.Cue.Text);
        Assert.Equal("Dewi Lestari", quote.Speaker.Entity);
        Assert.Equal(ClaimKind.Direct, quote.Kind);
    }

    [Theory]
    [InlineData("Ia")]
    [InlineData("Beliau")]
    public void Resolves_a_pronoun_speaker_across_sentences(string pronoun)
    {
        var text = $"Profesor Andi Rahman menilai kedua negara saling membutuhkan. Harga minyak sedang turun. {pronoun} mengatakan perundingan mungkin dimulai lagi.";
        var claims = Claims(text);
        Assert.Equal(2, claims.Count);
        Assert.Equal(pronoun, claims[1].Speaker.Text);
        Assert.Equal("Andi Rahman", claims[1].Speaker.Entity);
        Assert.True(claims[1].Hedged);
        Assert.False(claims[0].Hedged);
    }

    [Theory]
    [InlineData("Menteri itu mengatakan harga minyak mungkin turun.", true)]
    [InlineData("Menteri itu mengatakan kenaikan harga diduga dipicu perang.", true)]
    [InlineData("Menteri itu mengatakan pasukan bisa berangkat pekan depan.", false)]
    [InlineData("Menteri itu mengatakan bantuan akan dikirim sesegera mungkin.", false)]
    [InlineData("Menteri itu mengatakan tim bekerja semaksimal mungkin.", false)]
    [InlineData("Menteri itu mengatakan perundingan tidak mungkin dibatalkan.", false)]
    [InlineData("Menteri itu mengatakan gempa tersebut tidak berpotensi tsunami.", false)]
    [InlineData("Menteri itu mengatakan kedua negara membahas kemungkinan kunjungan presiden.", false)]
    [InlineData("Menteri itu mengatakan pasukan siap menghadapi segala kemungkinan.", false)]
    [InlineData("Menteri itu mengatakan tidak ada kemungkinan sandera dibebaskan pekan ini.", false)]
    [InlineData("Menteri itu mengatakan kunjungan itu kemungkinan digelar bulan depan.", true)]
    [InlineData("Menteri itu mengatakan ada kemungkinan perundingan ditunda.", true)]
    public void A_claim_is_hedged_by_a_hedge_word_but_not_by_ability_or_a_fixed_phrase_with_mungkin(string text, bool hedged) =>
        Assert.Equal(hedged, Assert.Single(Claims(text)).Hedged);

    [Theory]
    [InlineData("Ia")]
    [InlineData("Dia")]
    public void A_pronoun_points_to_a_person_who_opens_the_sentence_before_rather_than_the_last_speaker(string pronoun)
    {
        var text = "Menteri Luar Negeri Hendra Wijaya mengatakan perundingan berjalan lancar.\n" +
                   $"Wakil Ketua DPR Agus Salim tak melihat sesuatu yang luar biasa dalam perundingan itu.\n{pronoun} mengatakan kedua negara sudah lama bersahabat.";
        var claims = Claims(text);
        Assert.Equal(["Hendra Wijaya", "Agus Salim"], claims.Select(c => c.Speaker.Entity));
    }

    [Fact]
    public void A_pronoun_keeps_the_last_speaker_when_the_sentence_before_opens_with_no_one_new()
    {
        const string text = "Menteri Luar Negeri Hendra Wijaya mengatakan perundingan berjalan lancar.\n" +
                            "Perundingan itu juga dihadiri Wakil Ketua DPR Agus Salim.\nIa mengatakan kedua negara sudah lama bersahabat.";
        var claims = Claims(text);
        Assert.Equal(["Hendra Wijaya", "Hendra Wijaya"], claims.Select(c => c.Speaker.Entity));
    }

    [Fact]
    public void Resolves_a_short_name_to_the_full_name_given_earlier()
    {
        const string text = "Ani Suryani hadir di forum itu. Suryani mengatakan utang negara masih aman.";
        Assert.Equal("Ani Suryani", Assert.Single(Claims(text)).Speaker.Entity);
    }

    [Fact]
    public void Joins_a_quote_over_several_paragraphs()
    {
        const string text = "Duta Besar Kartika menyatakan:\n\n“Kami datang untuk berdamai.\n\n“Kami juga siap membantu rekonstruksi.”\n\nAcara itu selesai pukul lima.";
        var claim = Assert.Single(Claims(text));
        Assert.Equal(ClaimKind.Direct, claim.Kind);
        Assert.Equal("Duta Besar Kartika", claim.Speaker.Text);
        Assert.StartsWith("Kami datang untuk berdamai.", claim.Content.Text, StringComparison.Ordinal);
        Assert.EndsWith("siap membantu rekonstruksi", claim.Content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_a_follow_on_quotation_the_voice_of_the_attributed_one()
    {
        const string text = "“Kami menolak klaim itu,” kata Wahyu Prasetyo. “Perairan itu milik kami sejak dulu.”\nTidak ada kapal yang ditahan.";
        var claims = Claims(text);
        Assert.Equal(2, claims.Count);
        Assert.Equal("Perairan itu milik kami sejak dulu", claims[1].Content.Text);
        Assert.Equal("Wahyu Prasetyo", claims[1].Speaker.Text);
        Assert.Equal(ClaimKind.Direct, claims[1].Kind);
    }

    [Theory]
    [InlineData("Menlu Susanto memuji Jepang dan menyebut Tokyo telah berubah.", "memuji: Jepang|menyebut: Tokyo telah berubah")]
    [InlineData("Kemlu Chile mengecam operasi itu dan menyebutnya \"eskalasi berbahaya\" bagi kawasan.", "mengecam: operasi itu|menyebutnya: \"eskalasi berbahaya\" bagi kawasan")]
    [InlineData("Kemlu menyatakan serangan itu melanggar hukum dan menuntut agar pelakunya diadili.", "menyatakan: serangan itu melanggar hukum|menuntut: agar pelakunya diadili")]
    [InlineData("Kemlu Chile mengecam sanksi itu dan menyebutnya tidak sah.", "mengecam: sanksi itu|menyebutnya: tidak sah")]
    public void Splits_a_coordinated_speech_act_and_keeps_the_first(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", Claims(text).Select(c => $"{c.Cue.Text}: {c.Content.Text}")));

    [Fact]
    public void Splits_a_coordinated_urging_from_a_speech_act_of_the_same_subject()
    {
        const string text = "Ia juga menyampaikan simpati kepada para pengungsi dan mendesak bantuan yang lebih besar.";
        var claims = Claims(text);
        Assert.Equal(
            [("menyampaikan", "simpati kepada para pengungsi"), ("mendesak", "bantuan yang lebih besar")],
            claims.Select(c => (c.Cue.Text, c.Content.Text)));
        Assert.All(claims, c => Assert.Equal("Ia", c.Speaker.Text));
    }

    [Fact]
    public void An_urging_in_a_relative_clause_of_the_speaker_leaves_the_sentence_claim_whole()
    {
        var claim = Assert.Single(Claims("Menteri yang mendesak reformasi itu mengatakan pemerintah akan bertindak cepat."));
        Assert.Equal(("mengatakan", "Menteri yang mendesak reformasi itu", "pemerintah akan bertindak cepat"), (claim.Cue.Text, claim.Speaker.Text, claim.Content.Text));
    }

    [Fact]
    public void A_quoted_title_is_no_quotation()
    {
        const string text = "Dalam diskusi bertajuk \"Masa Depan Kawasan Pasifik\", Menlu Susanto menyerukan kerja sama maritim.";
        var claim = Assert.Single(Claims(text));
        Assert.Equal((ClaimKind.Indirect, "menyerukan", "kerja sama maritim"), (claim.Kind, claim.Cue.Text, claim.Content.Text));
    }

    [Fact]
    public void A_quotation_pointed_back_to_is_a_direct_claim_of_the_source_named_after_it()
    {
        const string text = "Harga pangan naik lagi.\n\n\"Kondisinya sungguh sangat mengkhawatirkan.\"\n\nHal tersebut diungkapkan Kepala Badan Pangan Budi Santoso di Bogor.";
        var claim = Assert.Single(Claims(text));
        Assert.Equal((ClaimKind.Direct, "diungkapkan", "Kepala Badan Pangan Budi Santoso", "Kondisinya sungguh sangat mengkhawatirkan"),
            (claim.Kind, claim.Cue.Text, claim.Speaker.Text, claim.Content.Text));
    }

    [Fact]
    public void Splits_coordinated_reporting_verbs_of_one_subject()
    {
        const string text = "Perdana Menteri Lee menyatakan dukungannya pada perjanjian itu, seraya menekankan pentingnya stabilitas kawasan.";
        var claims = Claims(text);
        Assert.Equal(2, claims.Count);
        Assert.Equal("dukungannya pada perjanjian itu", claims[0].Content.Text);
        Assert.Equal("pentingnya stabilitas kawasan", claims[1].Content.Text);
        Assert.All(claims, c => Assert.Equal("Perdana Menteri Lee", c.Speaker.Text));
    }

    public static TheoryData<string> BrokenQuotes => new()
    {
        "“Kami akan membalas setiap serangan, kata juru bicara itu.",
        "Kami akan membalas setiap serangan,” kata Bambang.",
        "Bambang mengatakan: “Kami akan membalas",
        "“”“”\"\"\" ujarnya \"",
        "“",
        "\"Tidak ada",
        "ujarnya",
        "",
    };

    [Theory]
    [MemberData(nameof(BrokenQuotes))]
    public void Degrades_gracefully_on_broken_quotes(string text)
    {
        foreach (var claim in Claims(text))
        {
            Assert.InRange(claim.Content.Start, 0, text.Length);
            Assert.InRange(claim.Content.End, claim.Content.Start, text.Length);
            Assert.InRange(claim.Speaker.End, claim.Speaker.Start, text.Length);
            Assert.Equal(text[claim.Content.Start..claim.Content.End], claim.Content.Text);
        }
    }

    [Fact]
    public void Attributes_a_quote_whose_opening_mark_is_missing()
    {
        var claim = Assert.Single(Claims("Kami akan membalas setiap serangan,” kata Bambang."));
        Assert.Equal("Kami akan membalas setiap serangan", claim.Content.Text);
        Assert.Equal("Bambang", claim.Speaker.Text);
    }

    [Fact]
    public void Finds_every_claim_in_a_long_article_with_an_unclosed_quote_at_the_end()
    {
        // Linearity itself is asserted as a ratio by Robustness/GrowthTests; this checks that nothing is lost at size.
        var paragraph = "Menurut Dewi, harga naik. “Kami siap bekerja sama,” ujarnya. Ia mengatakan bahwa ekspor mungkin turun. ";
        var text = string.Concat(Enumerable.Repeat(paragraph, 2_000)) + "“Tanpa penutup " + new string('a', 10_000);
        var claims = Claims(text);
        Assert.Equal(6_000, claims.Count);
    }

    private static string KindName(ClaimKind kind) => kind switch
    {
        ClaimKind.Direct => "direct",
        ClaimKind.Indirect => "indirect",
        _ => "according-to",
    };
}
