using Geopolitics.Nlp.Claims;

namespace Geopolitics.Nlp.Tests.Claims;

/// <summary>
/// The time of a saying between a speaker and its verb, openers before the subject, passive back-references with
/// adverbs, and the entity of a speaker phrase (a byline namesake, an organization after its head's title, a nickname).
/// Expected strings are exact spans.
/// </summary>
public sealed class SpeakerTimeAndEntityTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static IReadOnlyList<Claim> Claims(string text) => Analyzer.Analyze(text).Claims;

    [Theory]
    // The time of the saying (`kemarin`, `pekan lalu`, `saat itu`, `pertama kali`, `pernah`) is no part of the speaker.
    [InlineData("Menlu Sugiono pada Senin (13/10) mengatakan Indonesia siap membantu.", "Menlu Sugiono", "Indonesia siap membantu")]
    [InlineData("Prabowo ketika itu menyebut Indonesia sebagai negara yang netral.", "Prabowo", "Indonesia sebagai negara yang netral")]
    [InlineData("Retno saat itu mengatakan Indonesia siap membantu.", "Retno", "Indonesia siap membantu")]
    [InlineData("Kemlu RI dalam keterangan pada 11 November 2024 menegaskan bahwa WNI di Lebanon aman.", "Kemlu RI", "WNI di Lebanon aman")]
    [InlineData("Menteri Luar Negeri Rusia Sergey Lavrov pekan lalu menegaskan bahwa Rusia siap berunding.", "Menteri Luar Negeri Rusia Sergey Lavrov", "Rusia siap berunding")]
    [InlineData("Sekjen NATO Mark Rutte kemarin menegaskan aliansi tetap bersatu.", "Sekjen NATO Mark Rutte", "aliansi tetap bersatu")]
    [InlineData("Malaysia pertama kali menyatakan klaimnya atas wilayah itu.", "Malaysia", "klaimnya atas wilayah itu")]
    [InlineData("Thailand juga pernah menyatakan bahwa perbatasan itu sah.", "Thailand", "perbatasan itu sah")]
    // A title's own place after `pada` stays in the speaker.
    [InlineData("Wakil Tetap RI pada PBB mengatakan Indonesia mendukung resolusi itu.", "Wakil Tetap RI pada PBB", "Indonesia mendukung resolusi itu")]
    // A sentence that opens with `dari` opens with where the voice comes from; inside a title, `dari` is the title's.
    [InlineData("Dari dalam negeri, Menteri ESDM Bahlil Lahadalia mengatakan pasokan BBM aman.", "Menteri ESDM Bahlil Lahadalia", "pasokan BBM aman")]
    [InlineData("Dari pihak Kamboja, Perdana Menteri Hun Manet mengatakan pihaknya siap berunding.", "Perdana Menteri Hun Manet", "pihaknya siap berunding")]
    [InlineData("Dari Jakarta, Menlu Sugiono mengatakan Indonesia siap.", "Menlu Sugiono", "Indonesia siap")]
    [InlineData("Pengamat politik dari Universitas Gadjah Mada, Arie Sudjito, menilai langkah itu sebagai pemaksaan kehendak.",
        "Pengamat politik dari Universitas Gadjah Mada, Arie Sudjito", "langkah itu sebagai pemaksaan kehendak")]
    // A topic phrase before the comma (`Soal X,`, `Perihal X,`, `Tentang X,`) is no part of the speaker.
    [InlineData("Soal utang luar negeri, Menteri Keuangan Purbaya Yudhi Sadewa menegaskan rasio utang tetap aman.",
        "Menteri Keuangan Purbaya Yudhi Sadewa", "rasio utang tetap aman")]
    [InlineData("Perihal jadwal pemilu, Ketua KPU Mochammad Afifuddin mengatakan tahapan berjalan sesuai rencana.",
        "Ketua KPU Mochammad Afifuddin", "tahapan berjalan sesuai rencana")]
    [InlineData("Tentang rencana itu, Menlu Sugiono mengatakan Indonesia masih mengkaji.", "Menlu Sugiono", "Indonesia masih mengkaji")]
    // A double post joined by a slash is one title, a `dan` inside its first title included.
    [InlineData("Menteri Agraria dan Tata Ruang/Kepala BPN Nusron Wahid menyatakan sertifikat itu batal.",
        "Menteri Agraria dan Tata Ruang/Kepala BPN Nusron Wahid", "sertifikat itu batal")]
    // Aspect adverbs between the subject and the verb are no part of the speaker.
    [InlineData("Norwegia dan Irlandia telah lebih dulu mengumumkan pengakuan terhadap Palestina.", "Norwegia dan Irlandia", "pengakuan terhadap Palestina")]
    [InlineData("Turki telah lama menyerukan gencatan senjata di Gaza.", "Turki", "gencatan senjata di Gaza")]
    [InlineData("Iran kerap menyebut sanksi itu sebagai perang ekonomi.", "Iran", "sanksi itu sebagai perang ekonomi")]
    // A stance noun is a whole content.
    [InlineData("Sebelumnya, Spanyol dan Portugal juga sudah menyatakan penolakan.", "Spanyol dan Portugal", "penolakan")]
    [InlineData("Jepang menyampaikan keberatan.", "Jepang", "keberatan")]
    // A bracketed foreign name with its acronym after a slash belongs to the subject; so does a lower-case description in
    // apposition (`sekutu …`, `mitra dagang terbesar …`, `blok beranggotakan …`), before an adverb too.
    [InlineData("Front Pembebasan Rakyat (People's Liberation Front/PLF) mengaku bertanggung jawab atas serangan itu.",
        "Front Pembebasan Rakyat (People's Liberation Front/PLF)", "bertanggung jawab atas serangan itu")]
    [InlineData("Kanada, sekutu dekat Amerika Serikat, segera menyatakan dukungannya kepada Denmark.", "Kanada, sekutu dekat Amerika Serikat", "dukungannya kepada Denmark")]
    [InlineData("Korea Selatan, mitra dagang terbesar Vietnam, langsung mengecam uji coba rudal itu.", "Korea Selatan, mitra dagang terbesar Vietnam", "uji coba rudal itu")]
    [InlineData("Korea Selatan, mitra dagang terbesar Vietnam, mengecam uji coba rudal itu.", "Korea Selatan, mitra dagang terbesar Vietnam", "uji coba rudal itu")]
    [InlineData("Uni Afrika, blok beranggotakan 55 negara, juga menyatakan keprihatinan atas kudeta itu.", "Uni Afrika, blok beranggotakan 55 negara", "keprihatinan atas kudeta itu")]
    // A place after `di` goes on with the larger place after the comma; a description ending in one closes with its demonstrative.
    [InlineData("Warga di Kampung Melayu, Jakarta Timur, mengatakan banjir datang tiba-tiba.", "Warga di Kampung Melayu, Jakarta Timur", "banjir datang tiba-tiba")]
    [InlineData("Badan yang bermarkas di Wina, Austria, itu juga menyebut inspeksi akan dilanjutkan.", "Badan yang bermarkas di Wina, Austria, itu", "inspeksi akan dilanjutkan")]
    public void The_speaker_is_the_subject_without_the_time_or_opener(string text, string speaker, string content)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(content, claim.Content.Text);
    }

    [Theory]
    // A time phrase that opens the clause, with no comma, is no part of the speaker, after `dan` and a clause too.
    [InlineData("Tiga hari kemudian Ankara mengumumkan penutupan konsulatnya di Basra.", "Ankara", "penutupan konsulatnya di Basra")]
    [InlineData("Sepekan kemudian pemerintah mengumumkan pembatasan impor gula.", "pemerintah", "pembatasan impor gula")]
    [InlineData("Hanya beberapa jam kemudian Hanoi menyatakan latihan itu melanggar kedaulatannya.", "Hanoi", "latihan itu melanggar kedaulatannya")]
    [InlineData("Delegasi itu tiba di Lima pada Maret lalu, dan hanya dua hari kemudian Santiago mengumumkan kuota baru.", "Santiago", "kuota baru")]
    // A subordinate clause has its own subject, a common noun too.
    [InlineData("Harga kopi melonjak setelah otoritas pangan Brasil mengumumkan gagal panen.", "otoritas pangan Brasil", "gagal panen")]
    [InlineData("Situasi di Dili memanas usai kepolisian setempat menyatakan jam malam diberlakukan.", "kepolisian setempat", "jam malam diberlakukan")]
    [InlineData("Peso melemah karena analis pasar menilai inflasi akan naik.", "analis pasar", "inflasi akan naik")]
    [InlineData("Pemerintah saat rapat kerja dengan DPR mengatakan anggaran cukup.", "Pemerintah", "anggaran cukup")]
    [InlineData("Pihak kepolisian usai olah TKP menyatakan korban dibunuh.", "Pihak kepolisian usai olah TKP", "korban dibunuh")]
    // A quoted title of the occasion and its date between the speaker and the verb are no part of the speaker.
    [InlineData("Ali Sastroamidjojo dalam pidatonya \"Suara Asia Afrika\" pada 18 April 1955 menyatakan bahwa kolonialisme harus diakhiri.",
        "Ali Sastroamidjojo", "kolonialisme harus diakhiri")]
    [InlineData("Nehru dalam artikelnya berjudul \"Jalan Tengah\" menulis bahwa India tidak akan memihak.", "Nehru", "India tidak akan memihak")]
    // A name in apposition to the last noun of a fronted adjunct is not the speaker.
    [InlineData("Dalam wawancara dengan harian setempat, Kompas, Wiranto menegaskan pemilu tetap digelar.", "Wiranto", "pemilu tetap digelar")]
    [InlineData("Melalui juru bicaranya, Farhan Haq, Sekjen PBB Antonio Guterres mengatakan pihaknya prihatin.", "Sekjen PBB Antonio Guterres", "pihaknya prihatin")]
    // A description or a bare title after the name describes it: the name speaks.
    [InlineData("Di sisi lain, Rizal Hakim, pendiri Jakarta Policy Forum (JPF), berpendapat bahwa Indonesia harus bergabung.",
        "Rizal Hakim, pendiri Jakarta Policy Forum (JPF)", "Indonesia harus bergabung")]
    [InlineData("Dalam kesempatan berbeda, Hendra Wijaya, Menlu RI, mengatakan Indonesia siap membantu.", "Hendra Wijaya, Menlu RI", "Indonesia siap membantu")]
    // A deictic time (`hari ini`, `pekan ini`) between the speaker and the verb is no part of the speaker.
    [InlineData("Juru bicara Kemlu Thailand, Nikorndej Balankura, pekan ini menyatakan bahwa perbatasan aman.",
        "Juru bicara Kemlu Thailand, Nikorndej Balankura", "perbatasan aman")]
    [InlineData("Nikorndej Balankura hari ini mengatakan bahwa perbatasan aman.", "Nikorndej Balankura", "perbatasan aman")]
    [InlineData("Juru bicara Kemlu Thailand, Nikorndej Balankura, hari ini mengatakan bahwa perbatasan aman.",
        "Juru bicara Kemlu Thailand, Nikorndej Balankura", "perbatasan aman")]
    // A list of names after a fronted adjunct is the speaker, its first name included.
    [InlineData("Dalam konferensi pers bersama, Hendra, Wong, dan Tanaka menegaskan kerja sama berlanjut.", "Hendra, Wong, dan Tanaka", "kerja sama berlanjut")]
    public void A_time_or_adjunct_before_the_subject_is_no_part_of_the_speaker(string text, string speaker, string content)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal((speaker, content), (claim.Speaker.Text, claim.Content.Text));
    }

    [Theory]
    // A fact-check's verdict on a framed saying is the author's judgement, no claim of the source.
    [InlineData("Klaim Menlu Hendra Wijaya mengumumkan Indonesia keluar dari OKI adalah hoaks.")]
    [InlineData("Narasi Presiden Ramon Cruz meminta maaf kepada Chile tidak benar.")]
    [InlineData("Informasi Menteri Keuangan menyatakan pajak pelajar naik keliru.")]
    public void A_fact_check_verdict_on_a_framed_saying_is_no_claim(string text) => Assert.Empty(Claims(text));

    [Theory]
    // A verdict word that may end the saying itself, with no `adalah`, negation or demonstrative before it, keeps the claim.
    [InlineData("Informasi Polri menyebutkan penyelidikan kasus itu belum membuahkan hasil.", "penyelidikan kasus itu belum membuahkan hasil")]
    public void A_framed_saying_that_ends_in_an_ordinary_word_is_a_claim(string text, string content) =>
        Assert.Equal(content, Assert.Single(Claims(text)).Content.Text);

    [Theory]
    [InlineData("Indonesia siap membantu Palestina.\nHal itu juga disampaikan Menlu Sugiono di New York.", "Menlu Sugiono")]
    [InlineData("Indonesia siap membantu Palestina.\nHal itu disampaikan langsung oleh Presiden Prabowo Subianto di Istana.", "Presiden Prabowo Subianto")]
    [InlineData("Indonesia siap membantu Palestina.\nPengumuman itu disampaikan Perdana Menteri Malaysia Anwar Ibrahim.", "Perdana Menteri Malaysia Anwar Ibrahim")]
    [InlineData("Indonesia siap membantu Palestina.\nPermintaan itu disampaikan Presiden AS Donald Trump.", "Presiden AS Donald Trump")]
    public void A_passive_with_an_adverb_makes_the_sentence_before_a_claim(string text, string speaker)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal("disampaikan", claim.Cue.Text);
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal("Indonesia siap membantu Palestina", claim.Content.Text);
    }

    [Theory]
    [InlineData("Hal itu juga disampaikan Menlu Sugiono di New York.")] // nothing before it to refer to
    [InlineData("Indonesia siap membantu Palestina.\nHal itu juga disampaikan dalam rapat di New York.")] // no source
    public void A_passive_back_reference_without_content_or_source_is_no_claim(string text) => Assert.Empty(Claims(text));

    [Theory]
    [InlineData("Korban berinisial SH (34) ditemukan terluka pada Senin, setelah tetangga melaporkan suara teriakan kepada polisi.")]
    [InlineData("Seorang warga berinisial AB (40) yang tinggal di sana pada Selasa, setelah polisi datang, menyebut harga naik.")]
    public void A_speaker_phrase_never_ends_inside_a_bracket_it_opens(string text) =>
        Assert.All(Claims(text), c => Assert.False(c.Speaker.Text.TrimEnd().EndsWith('('), c.Speaker.Text));

    [Theory]
    // A byline namesake that the entity stage keeps apart is someone else.
    [InlineData("Editor: Rizki Sugiono\n\nMenlu Sugiono mengatakan Indonesia siap membantu.", "Menlu Sugiono", "Sugiono")]
    // An unnamed head of an organization is a person the text does not name, not the organization (ANNOTATION.md: a
    // description refers to the person it describes); an organization named so speaks for itself.
    [InlineData("Kepala Badan Intelijen Negara mengatakan situasi aman terkendali.", "Kepala Badan Intelijen Negara", null)]
    [InlineData("Kepala Staf Gabungan Korea Selatan (JCS) melaporkan Korea Utara menembakkan rudal.", "Kepala Staf Gabungan Korea Selatan (JCS)", "Kepala Staf Gabungan Korea Selatan")]
    [InlineData("Wakil Ketua Umum Partai Demokrat Nurhayati Ali Assegaf mengatakan partainya siap.", "Wakil Ketua Umum Partai Demokrat Nurhayati Ali Assegaf", "Nurhayati Ali Assegaf")]
    // A nickname glossed with `sapaan (akrab)` is the person in the gloss, or the person named before.
    [InlineData("“Kami siap membantu,” ujar Roy, sapaan akrab Rolliansyah Soemirat.", "Roy", "Rolliansyah Soemirat")]
    [InlineData("Juru Bicara Kemlu Rolliansyah Soemirat hadir di Jakarta. “Kami siap membantu,” ujar Roy, sapaan akrabnya.", "Roy", "Rolliansyah Soemirat")]
    // A description that leads to a named organization: the organization, not the place inside the description.
    [InlineData("Menurut data badan statistik Jepang Statistics Bureau, inflasi turun.", "data badan statistik Jepang Statistics Bureau", "Statistics Bureau")]
    // A double post joined by a slash is one title.
    [InlineData("Menteri PPN/Kepala Bappenas Rachmat Pambudy mengatakan anggaran sudah disiapkan.", "Menteri PPN/Kepala Bappenas Rachmat Pambudy", "Rachmat Pambudy")]
    [InlineData("Komandan Kontingen Garuda XXV-Q/UNIFIL Kolonel Inf Budi Santoso mengatakan prajurit dalam keadaan sehat.",
        "Komandan Kontingen Garuda XXV-Q/UNIFIL Kolonel Inf Budi Santoso", "Budi Santoso")]
    [InlineData("Menteri Pelindungan Pekerja Migran Indonesia (P2MI)/Kepala Badan Pelindungan Pekerja Migran Indonesia (BP2MI) Abdul Kadir Karding mengimbau warga waspada.",
        "Menteri Pelindungan Pekerja Migran Indonesia (P2MI)/Kepala Badan Pelindungan Pekerja Migran Indonesia (BP2MI) Abdul Kadir Karding", "Abdul Kadir Karding")]
    public void The_speaker_entity_is_the_one_the_phrase_names(string text, string speaker, string? entity)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(entity, claim.Speaker.Entity);
    }

    [Theory]
    // A described organization speaks for the organization named before with the same head word, else as written.
    [InlineData("Bank Indonesia menaikkan suku bunga acuan.\nBank sentral itu menyatakan inflasi masih terkendali.", "Bank sentral itu", "Bank Indonesia", "inflasi masih terkendali")]
    [InlineData("Kementerian Luar Negeri China mengecam latihan itu.\nDalam pernyataannya, kementerian itu menyebut latihan tersebut provokatif.", "kementerian itu", "Kementerian Luar Negeri China", "latihan tersebut provokatif")]
    [InlineData("Kementerian tersebut mengatakan Beijing akan merespons.", "Kementerian tersebut", "Kementerian tersebut", "Beijing akan merespons")]
    // A description with a place in it refers to the organization the sentence before is about, not to the place.
    [InlineData("Bank Mandiri menaikkan target kredit.\nBank milik negara asal Indonesia itu menilai permintaan tetap kuat.",
        "Bank milik negara asal Indonesia itu", "Bank Mandiri", "permintaan tetap kuat")]
    [InlineData("Hizbullah membantah tuduhan itu.\nKelompok militan asal Lebanon tersebut menyatakan pihaknya tidak terlibat.",
        "Kelompok militan asal Lebanon tersebut", "Hizbullah", "pihaknya tidak terlibat")]
    [InlineData("Singapore Airlines membuka rute ke Bali.\nMaskapai asal Singapura itu mengatakan permintaan terus naik.",
        "Maskapai asal Singapura itu", "Singapore Airlines", "permintaan terus naik")]
    public void A_described_organization_speaks_for_the_one_named_before(string text, string speaker, string entity, string content)
    {
        var claim = Claims(text)[^1];
        Assert.Equal(content, claim.Content.Text);
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(entity, claim.Speaker.Entity);
    }

    [Theory]
    // A `-nya` speaker after a quotation refers to the person introduced before it, not to a name inside the quoted words.
    [InlineData("Presiden Turki Recep Tayyip Erdogan berbicara di Ankara. \"Netanyahu harus bertanggung jawab atas serangan itu,\" ucapnya.",
        "ucapnya", "Recep Tayyip Erdogan")]
    [InlineData("Perdana Menteri Inggris Keir Starmer tiba di Kyiv. \"Zelensky adalah sahabat yang bisa diandalkan,\" ujarnya.", "ujarnya", "Keir Starmer")]
    [InlineData("Presiden Prancis Emmanuel Macron mengecam Presiden Rusia Vladimir Putin. \"Putin tidak ingin damai. Kami akan terus membantu Ukraina,\" katanya.",
        "katanya", "Emmanuel Macron")]
    public void A_clitic_speaker_refers_to_no_one_inside_the_quotation(string text, string speaker, string entity)
    {
        var claim = Claims(text)[^1];
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(entity, claim.Speaker.Entity);
    }

    [Theory]
    // Kinds of people (`pengamat`, `analis`, `warga`, `sumber`) and indefinite descriptions name no one: neither the
    // speaker before them nor a place or organization inside them.
    [InlineData("Menlu Sugiono menyebut kebijakan itu keliru. Sementara itu, pengamat menilai kebijakan baru itu kemungkinan tidak efektif.", "pengamat")]
    [InlineData("Menlu Sugiono menyebut kebijakan itu keliru. Analis mengatakan harga minyak akan naik.", "Analis")]
    [InlineData("Seorang sopir ambulans di Khan Younis mengatakan bantuan belum tiba.", "Seorang sopir ambulans di Khan Younis")]
    [InlineData("Juru bicara Kemlu Rolliansyah Soemirat membantah laporan itu. Sumber yang mengetahui rencana itu mengatakan kunjungan akan ditunda.",
        "Sumber yang mengetahui rencana itu")]
    [InlineData("Warga Gaza mengatakan mereka kehabisan air bersih.", "Warga Gaza")]
    // A source that withholds its name names no country, nor does the description that refers back to it.
    [InlineData("Seorang pejabat senior Mesir yang enggan disebut namanya mengatakan perundingan akan dilanjutkan.", "Seorang pejabat senior Mesir yang enggan disebut namanya")]
    [InlineData("Seorang pejabat senior Mesir yang enggan disebut namanya mengatakan Presiden Hendra Wijaya akan hadir. \"Semua pihak sudah siap,\" ujar pejabat itu.",
        "pejabat itu")]
    // `mereka` after a sentence about a person names no one: a group is not that person.
    [InlineData("Presiden Budi Santoso bertemu para pengusaha Korea. Mereka menyatakan siap menambah investasi.", "Mereka")]
    // A place after `di`, and the larger place in apposition to it, are where the source is, not who speaks.
    [InlineData("Warga di Kampung Melayu, Jakarta Timur, mengatakan banjir datang tiba-tiba.", "Warga di Kampung Melayu, Jakarta Timur")]
    [InlineData("Keluarga korban di Desa Sukamaju, Kecamatan Cibadak, Sukabumi, berharap korban segera pulang.",
        "Keluarga korban di Desa Sukamaju, Kecamatan Cibadak, Sukabumi")]
    [InlineData("Badan yang bermarkas di Wina, Austria, itu juga menyebut inspeksi akan dilanjutkan.", "Badan yang bermarkas di Wina, Austria, itu")]
    // The unnamed source goes on speaking in the next sentence.
    [InlineData("Menlu Sugiono tiba di Kairo. Seorang warga Khan Younis mengatakan bantuan belum tiba. \"Kami hanya ingin pulang,\" ujarnya.", "ujarnya")]
    public void An_unnamed_source_refers_to_no_entity(string text, string speaker)
    {
        var claim = Claims(text)[^1];
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Null(claim.Speaker.Entity);
    }
}
