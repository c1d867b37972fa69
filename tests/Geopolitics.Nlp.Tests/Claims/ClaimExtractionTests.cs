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
        // `menurut` in a relative clause: its source claims the relative clause's predicate.
        { "Presiden Ramon Cruz menandatangani perintah eksekutif itu, langkah yang menurut Istana Malacanang akan mempercepat pemulihan ekonomi.",
          "according-to", "menurut", "Istana Malacanang", "akan mempercepat pemulihan ekonomi", "Istana Malacanang" },
        { "Thailand menutup perbatasan, kebijakan yang menurut para analis akan memukul perdagangan lintas batas.",
          "according-to", "menurut", "para analis", "akan memukul perdagangan lintas batas", null },
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
        "Menteri Keuangan Budi Santoso memastikan pasokan beras aman.",
        "Polisi membenarkan kabar penangkapan itu.",
        "Dewan Keamanan mengesahkan resolusi yang mendesak Iran menghentikan pengayaan uranium.",
        "Sejauh ini, lebih dari 140 negara telah mengakui Palestina.",
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
