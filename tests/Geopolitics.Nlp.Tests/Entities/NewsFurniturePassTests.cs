namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>
/// The furniture of sport, business and wire pages (ANNOTATION.md, Entities): photo credits after an outlet, bylines
/// with the reporter's town, surname particles, doubles pairs, a club and its coach or player after a role, race names,
/// headline names the body finds. Each row is every entity of the text, in order, as "Type text".
/// </summary>
public sealed class NewsFurniturePassTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static string Entities(string text) =>
        string.Join("|", Analyzer.Analyze(text).Entities.Select(e => $"{e.Type} {e.Text}"));

    [Theory]
    [InlineData("Warga berkumpul di Gaza, Senin (3/6/2024). ANTARA FOTO/Mohammed Salem/nym.",
        "Gpe Gaza|Organization ANTARA FOTO|Person Mohammed Salem")]
    [InlineData("Perdana Menteri Anthony Albanese berpidato di Canberra. AFP PHOTO / SAEED KHAN",
        "Person Anthony Albanese|Gpe Canberra|Organization AFP PHOTO|Person SAEED KHAN")]
    [InlineData("Suasana pasar di Bandung. (TRIBUNJABAR.ID/Rizal Fauzi)", "Gpe Bandung|Organization TRIBUNJABAR.ID|Person Rizal Fauzi")]
    [InlineData("Sumber :\nREUTERS/David Gray/File Photo", "Organization REUTERS|Person David Gray")]
    [InlineData("Cuaca cerah. (Foto: Getty Images/Michael Regan)", "Organization Getty Images|Person Michael Regan")]
    [InlineData("Warga berkumpul di Gaza. Foto: ANTARA FOTO/Mohammed Salem/nym.", "Gpe Gaza|Organization ANTARA FOTO|Person Mohammed Salem")]
    [InlineData("Foto: AFP PHOTO / SAEED KHAN", "Organization AFP PHOTO|Person SAEED KHAN")]
    [InlineData("Zelensky menanggapi pertemuan itu.\n(ANT/REUTERS)", "Person Zelensky|Organization ANT|Organization REUTERS")]
    [InlineData("Menlu menerima delegasi itu. Foto: Dok. Kemlu RI", "Organization Kemlu RI")]
    [InlineData("Warga berkumpul di alun-alun. Foto: Istimewa", "")]
    [InlineData("Foto: Kim Kyung-Hoon/REUTERS", "Person Kim Kyung-Hoon|Organization REUTERS")]
    [InlineData("Foto: REUTERS/Ahn Young-Joon", "Organization REUTERS|Person Ahn Young-Joon")]
    [InlineData("ANTARA FOTO/M Risyal Hidayat/app/tom", "Organization ANTARA FOTO|Person M Risyal Hidayat")]
    [InlineData("ANTARA FOTO/Hafidz Mubarak A/nym.", "Organization ANTARA FOTO|Person Hafidz Mubarak A")]
    [InlineData("Putra Mahkota Saudi tiba. (AP Photo/Bandar Aljaloud)", "Gpe Saudi|Organization AP Photo|Person Bandar Aljaloud")]
    [InlineData("Wapres Gibran meninjau lokasi. (Foto: BPMI Setwapres)", "Person Gibran|Organization BPMI Setwapres")]
    [InlineData("Foto: Dok. Kementerian Haji dan Umrah", "Organization Kementerian Haji dan Umrah")]
    [InlineData("Menlu tiba di Kazan. ANTARA FOTO/HO-Kemlu RI/aa.", "Gpe Kazan|Organization ANTARA FOTO|Organization Kemlu RI")]
    [InlineData("Kapal patroli berlayar. Foto: Taiwan Coast Guard Administration via AP", "Organization Taiwan Coast Guard Administration|Organization AP")]
    [InlineData("FOTO/REUTERS/Hamad I Mohammed", "Organization REUTERS|Person Hamad I Mohammed")]
    [InlineData("Kedua menteri bertemu di Roma. (AFP/Ant/X-7)", "Gpe Roma|Organization AFP|Organization Ant")]
    [InlineData("Perundingan berlanjut pekan depan. (Ant/Q-9)", "Organization Ant")]
    [InlineData("Warga berkumpul di Srinagar. (AP Photo/Omar Rashid)", "Gpe Srinagar|Organization AP Photo|Person Omar Rashid")]
    public void Photo_credits_name_the_outlet_and_the_photographer(string text, string expected) =>
        Assert.Equal(expected, Entities(text));

    [Theory]
    [InlineData("[HOAKS] Foto Tentara Asing Mendarat di Bali", "Gpe 39-43 Bali")]
    [InlineData("Sumber: AP News, Reuters", "Organization 8-15 AP News|Organization 17-24 Reuters")]
    public void Fact_check_labels_are_no_names_and_source_lines_name_outlets(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    [Theory]
    [InlineData("Rina KUSUMA\nSabtu, 26 Februari 2022 | 13:39 WIB\nPresiden Rusia Vladimir Putin tiba.", "Person Rina KUSUMA|Gpe Rusia|Person Vladimir Putin")]
    [InlineData("Kabar24.com - 03/05/2021, 08:12 WIB\nHadi Saputra Wijaya\nPresiden tiba.", "Organization Kabar24.com|Person Hadi Saputra Wijaya")]
    [InlineData("Harga Minyak Naik\nSabtu, 26 Februari 2022 | 13:39 WIB\nHarga minyak naik lagi.", "")]
    [InlineData("Vietnam Buka Jalur Baru\nOleh Wulan Sekar Arum\nSabtu, 26 Februari 2022 | 13:39 WIB", "Gpe Vietnam|Person Wulan Sekar Arum")]
    public void A_name_alone_on_a_line_beside_the_date_line_is_the_reporter(string text, string expected) =>
        Assert.Equal(expected, Entities(text));

    [Theory]
    [InlineData("Kontributor Surabaya: Ahmad Fikri", "Gpe Surabaya|Person Ahmad Fikri")]
    [InlineData("Pewarta: Rina Kusuma\nEditor: Hadi Saputra", "Person Rina Kusuma|Person Hadi Saputra")]
    [InlineData("Rep: Fergi Nadira/Red: Ani Nursalikah", "Person Fergi Nadira|Person Ani Nursalikah")]
    [InlineData("Penerjemah: Citro Atmoko", "Person Citro Atmoko")]
    [InlineData("Oleh KURNIA YUNITA RAHAYU dari Sydney", "Person KURNIA YUNITA RAHAYU|Gpe Sydney")]
    [InlineData("Oleh KURNIA YUNITA RAHAYU dan KRIS MADA", "Person KURNIA YUNITA RAHAYU|Person KRIS MADA")]
    [InlineData("Oleh Nanda Prasetyo Wibowo", "Person Nanda Prasetyo Wibowo")]
    [InlineData("Oleh Israel, warga Gaza dianggap ancaman.", "Gpe Israel|Gpe Gaza")]
    [InlineData("\"Harga bisa naik,\" ujarnya saat dihubungi Kontan, Senin.", "Organization Kontan")]
    public void Bylines_name_the_reporter_after_the_town(string text, string expected) =>
        Assert.Equal(expected, Entities(text));

    [Theory]
    [InlineData("Kunjungan itu yang ketiga.\n\nDANIEL A. FAJRI | ANTARA\n", "Person DANIEL A. FAJRI|Organization ANTARA")]
    [InlineData("Kunjungan itu yang ketiga.\n\nANDI ADAM FATURAHMAN | REUTERS | AL JAZEERA", "Person ANDI ADAM FATURAHMAN|Organization REUTERS|Organization AL JAZEERA")]
    [InlineData("Skor akhir.\n\nINDONESIA | MALAYSIA\n", "Gpe INDONESIA|Gpe MALAYSIA")]
    public void A_sign_off_line_names_the_reporters_beside_the_outlets(string text, string expected) =>
        Assert.Equal(expected, Entities(text));

    [Theory]
    [InlineData("Jakarta, CNBC Indonesia - Bank Indonesia (BI) mempertahankan suku bunga.", "Gpe Jakarta|Organization CNBC Indonesia|Organization Bank Indonesia|Organization BI")]
    [InlineData("KOMPAS.com - Dewan Gubernur Badan Tenaga Atom Internasional (IAEA) mengesahkan resolusi.",
        "Organization KOMPAS.com|Organization Dewan Gubernur Badan Tenaga Atom Internasional|Organization IAEA")]
    [InlineData("Liputan6.com, Johannesburg - Para pemimpin G20 mengadopsi deklarasi.", "Organization Liputan6.com|Gpe Johannesburg|Organization G20")]
    [InlineData("TAIPEI, TAIWAN — Latihan dimulai.", "Gpe TAIPEI|Gpe TAIWAN")]
    [InlineData("Sindonews.com - Angkatan Laut Kerajaan Malaysia (TLDM) menggelar latihan.", "Organization Sindonews.com|Organization Angkatan Laut Kerajaan Malaysia|Organization TLDM")]
    public void A_dateline_outlet_ends_at_its_dash_and_the_name_after_it_stays(string text, string expected) =>
        Assert.Equal(expected, Entities(text));

    [Theory]
    [InlineData("Gol kedua dicetak Tyronne del Pino jelang laga usai.", "Person Tyronne del Pino")]
    [InlineData("Kemarin Budi Santoso di Jakarta mengatakan hal itu.", "Person Budi Santoso|Gpe Jakarta")]
    public void Surname_particles_stay_in_the_name_and_prepositions_out(string text, string expected) =>
        Assert.Equal(expected, Entities(text));

    [Theory]
    [InlineData("Pasangan Dejan Ferdinansyah/Gloria Emanuelle Widjaja juara. Dejan/Gloria menang dua gim.",
        "Person Dejan Ferdinansyah|Person Gloria Emanuelle Widjaja|Person Dejan|Person Gloria")]
    [InlineData("Fajar/Rian Melaju ke Final\n\nGanda putra Fajar Alfian/Muhammad Rian Ardianto melaju ke final.",
        "Person Fajar|Person Rian|Person Fajar Alfian|Person Muhammad Rian Ardianto")]
    public void Both_sides_of_a_doubles_pair_are_people(string text, string expected) =>
        Assert.Equal(expected, Entities(text));

    [Theory]
    [InlineData("Pelatih Persib Bojan Hodak memuji timnya.", "Organization Persib|Person Bojan Hodak")]
    [InlineData("Pemain Bali United Irfan Jaya cedera.", "Organization Bali United|Person Irfan Jaya")]
    [InlineData("Manajer Man City Pep Guardiola enggan berkomentar.", "Organization Man City|Person Pep Guardiola")]
    [InlineData("Pelatih Jepang Hajime Moriyasu memuji timnya.", "Gpe Jepang|Person Hajime Moriyasu")]
    [InlineData("Pelatih timnas Indonesia Patrick Kluivert memanggil Jay Idzes.", "Gpe Indonesia|Person Patrick Kluivert|Person Jay Idzes")]
    [InlineData("Kiper Ernando Ari Sutaryadi tampil gemilang.", "Person Ernando Ari Sutaryadi")]
    [InlineData("Presiden Prancis Emmanuel Macron tiba.", "Gpe Prancis|Person Emmanuel Macron")]
    [InlineData("Klub itu menjadi anggota Indonesia Super League musim ini.", "Gpe Indonesia")]
    public void A_club_after_a_role_ends_before_its_coach_or_player(string text, string expected) =>
        Assert.Equal(expected, Entities(text));

    [Theory]
    [InlineData("Pebalap itu finis kedua di GP Mandalika.", "Event GP Mandalika")]
    [InlineData("Verstappen menjuarai GP Jepang 2025 di Suzuka.", "Event GP Jepang 2025|Gpe Suzuka")]
    [InlineData("Pengurus GP Ansor menggelar rapat.", "Organization GP Ansor")]
    public void Races_are_named_by_their_host(string text, string expected) =>
        Assert.Equal(expected, Entities(text));

    [Theory]
    [InlineData("Keputusan itu disambut Kemenpora dan Kemenkeu.", "Organization Kemenpora|Organization Kemenkeu")]
    [InlineData("Saham teknologi di bursa Nasdaq melemah.", "Organization Nasdaq")]
    [InlineData("Laga digelar di Old Trafford, Minggu.", "Location Old Trafford")]
    [InlineData("Menpora Dito Ariotedjo hadir.", "Person Dito Ariotedjo")]
    [InlineData("Ganda putri itu lolos ke semifinal di Melbourne Park, Rabu.", "Location Melbourne Park")]
    [InlineData("Di Asia, indeks Hang Seng melemah, sedangkan IHSG menguat.", "Location Asia")]
    public void Ministries_exchanges_venues_and_short_titles_are_known_and_stock_indices_are_not_entities(string text, string expected) =>
        Assert.Equal(expected, Entities(text));

    [Theory]
    [InlineData("Persis Solo menahan imbang Dewa United. Persis menyamakan kedudukan lewat sundulan Ramadhan Sananta.",
        "Organization Persis Solo|Organization Dewa United|Organization Persis|Person Ramadhan Sananta")]
    [InlineData("Persis Solo kalah tipis. Hasil itu persis sama dengan musim lalu, kata Persis dalam rilisnya.",
        "Organization Persis Solo")]
    public void An_organization_named_by_its_first_word_after_its_full_name(string text, string expected) =>
        Assert.Equal(expected, Entities(text));

    [Fact]
    public void A_headline_takes_the_names_its_body_finds()
    {
        const string text = "Persib Tundukkan Persija, Hodak Puji Lini Belakang\n\n" +
                            "BANDUNG - Persib mengalahkan tamunya Persija Jakarta dengan skor 2-0 pada laga pekan ini. Pelatih Persib Bojan Hodak memuji timnya. \"Kami disiplin,\" kata Hodak.";
        var headline = Analyzer.Analyze(text).Entities.Where(e => e.End <= text.IndexOf('\n', StringComparison.Ordinal))
            .Select(e => $"{e.Type} {e.Text}");
        Assert.Equal(["Organization Persib", "Organization Persija", "Person Hodak"], headline);
    }

    [Theory]
    [InlineData("Baca juga: Bank Dunia Ramal Ekonomi RI Tumbuh 4,7 Persen", "Organization Bank Dunia|Gpe RI")]
    [InlineData("Baca juga: OpenAI Buka Kantor di Singapura", "Organization OpenAI|Gpe Singapura")]
    public void A_headline_verb_of_business_news_ends_the_name_before_it(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", Analyzer.Analyze(text).Entities.Select(e => $"{e.Type} {e.Text}")));

    [Fact]
    public void A_headline_word_that_begins_a_body_organization_opens_no_name_before_more_capitals()
    {
        const string text = "Kapal Penjaga Pantai China Tembakkan Meriam Air ke Kapal Filipina\n\n" +
                            "MANILA, KOMPAS.com — Kapal penjaga pantai China menembakkan meriam air ke arah kapal pemerintah Filipina di dekat " +
                            "Scarborough Shoal pada Senin (16/9/2024), menurut Penjaga Pantai Filipina (PCG).";
        var headline = Analyzer.Analyze(text).Entities.Where(e => e.End <= text.IndexOf('\n', StringComparison.Ordinal))
            .Select(e => $"{e.Type} {e.Text}");
        // The gazetteer knows the China Coast Guard by its Indonesian name; the headline's verb still ends it.
        Assert.Equal(["Organization Penjaga Pantai China", "Gpe Filipina"], headline);
    }
}
