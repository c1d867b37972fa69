namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>
/// How far a name reaches: titles, ranks and honorifics stay out, account names and hashtags hold no entity, and a
/// person's last name part that is also a common word stays in (places: <see cref="PlaceExtentTests"/>). Sentences
/// written for these tests.
/// </summary>
public sealed class NameExtentTests
{
    public static TheoryData<string, string> Rows => new()
    {
        // An acting office holder (Pj, Plt) is a title too: the office's place is a GPE, not an organization.
        { "Pj Gubernur Aceh Achmad Marzuki menegaskan hal itu.", "Gpe 12-16 Aceh|Person 17-31 Achmad Marzuki" },

        // A one-word name the tagger ended before another name is that name's first part.
        { "Gubernur DKI Jakarta Heru Budi Hartono hadir.", "Gpe 9-20 DKI Jakarta|Person 21-38 Heru Budi Hartono" },

        // An Arabic name's article is written onto the name with a hyphen, in lower case.
        { "Juru bicara Kementerian Luar Negeri Qatar Majed al-Ansari hadir.", "Organization 12-41 Kementerian Luar Negeri Qatar|Person 42-57 Majed al-Ansari" },
        { "Ahmed al-Sharaa bertemu Abdel Fattah el-Sisi.", "Person 0-15 Ahmed al-Sharaa|Person 24-44 Abdel Fattah el-Sisi" },

        // A known acronym of another kind than the name before its parenthesis abbreviates no part of the sentence.
        { "Menurut badan PBB untuk pengungsi Palestina (UNRWA), bantuan kurang.", "Organization 14-17 PBB|Gpe 34-43 Palestina|Organization 45-50 UNRWA" },

        // A lone two-letter surname after the full name is the person (`Xi` of `Xi Jinping`), not an organization.
        { "Presiden China Xi Jinping tiba. Kunjungan Xi ke Rusia itu yang ke-11.", "Gpe 9-14 China|Person 15-25 Xi Jinping|Person 42-44 Xi|Gpe 48-53 Rusia" },

        // An officer's name ends a company's after a title, before a reporting verb, an initial inside it.
        { "Direktur Utama PT Antam Nicolas D. Kanter sebelumnya menyatakan permintaan naik.", "Organization 15-23 PT Antam|Person 24-41 Nicolas D. Kanter" },
        { "Ekonom Bank Permata Josua Pardede juga mengatakan hal itu.", "Organization 7-19 Bank Permata|Person 20-33 Josua Pardede" },

        // `Pemerintah`, capitalized inside a sentence, opens an organization's name; `junta` is a common noun.
        { "Kami berbicara dengan junta militer, Pemerintah Persatuan Nasional (NUG), dan kelompok etnis.", "Organization 37-66 Pemerintah Persatuan Nasional|Organization 68-71 NUG" },
        { "Junta tidak menunjukkan itikad baik.", "" },

        // An unknown acronym after a longer run of capitals abbreviates the run (a law here), not the name ending it;
        // a collective noun before a place stays out of the name an acronym expands.
        { "Penurunan itu dipicu penerapan Regulasi Deforestasi Uni Eropa (EUDR).", "Organization 52-61 Uni Eropa" },
        { "Pasukan Korea Utara (RDRK) tiba.", "Gpe 8-19 Korea Utara|Gpe 21-25 RDRK" },

        // Central banks and companies that economy news names as actors are known; a company and its local arm's country
        // are one name after a title.
        { "Ketua The Fed Jerome Powell mengatakan pemangkasan belum pasti.", "Organization 6-13 The Fed|Person 14-27 Jerome Powell" },
        { "CEO Nvidia Jensen Huang memuji kemajuan industri itu.", "Organization 4-10 Nvidia|Person 11-23 Jensen Huang" },
        { "Presiden Direktur BYD Indonesia Eagle Zhao menyebut investasi itu besar.", "Organization 18-31 BYD Indonesia|Person 32-42 Eagle Zhao" },

        // Technologies and commodities written as acronyms are no organizations; a pavilion is a venue.
        { "Pemerintah menyiapkan regulasi AI dan kendaraan listrik (EV).", "" },
        { "Hashim berbicara di Paviliun Indonesia di arena COP30.", "Person 0-6 Hashim|Location 20-38 Paviliun Indonesia|Event 48-53 COP30" },

        // Surname particles stay in a name that a later pass cut from an organization.
        { "Ketua Komisi Eropa Ursula von der Leyen mengatakan hal itu.", "Organization 6-18 Komisi Eropa|Person 19-39 Ursula von der Leyen" },

        // A hyphenated given name is one name with its surname; two names joined by a hyphen stay two.
        { "Kepala Ekonom IMF Pierre-Olivier Gourinchas menyebut hal itu.", "Organization 14-17 IMF|Person 18-43 Pierre-Olivier Gourinchas" },
        { "Presiden Komisi Eropa Jean-Claude Juncker hadir.", "Organization 9-21 Komisi Eropa|Person 22-41 Jean-Claude Juncker" },
        { "Pertemuan Putin-Kim Jong-un berlangsung hangat.", "Person 10-15 Putin|Person 16-27 Kim Jong-un" },

        // A Chinese, Taiwanese or Korean family name and a hyphenated given name are one person wherever they stand
        // (after a title, after a headline noun, before a comma), and the lone family name later is that person.
        { "Setelah Presiden Tsai Ming-hao dilantik, Tsai menemui Beijing.", "Person 17-30 Tsai Ming-hao|Person 41-45 Tsai|Gpe 54-61 Beijing" },
        { "Peresmian Choi Min-seok Ditunda", "Person 10-23 Choi Min-seok" },
        { "Menurut analis Taiwan, Ko Chien-hua, latihan itu serius.", "Gpe 15-21 Taiwan|Person 23-35 Ko Chien-hua" },

        // Agreements written as acronyms are documents, not names, after a count or a noun too.
        { "Kedua negara menandatangani 12 MoU, tetapi banyak MoU berhenti di atas kertas.", "" },
        { "Tindak lanjut MOU dan LoI itu lambat.", "" },

        // A university's name goes on after its acronym's bracket when a campus name and a city follow; a city alone stays a place.
        // An Arabic surname with its article capitalized is the person the article names with it; holidays are no names.
        { "Dosen Universitas Islam Negeri (UIN) Raden Fatah Palembang, Andi Saputra, mengatakan hal itu.", "Organization 6-58 Universitas Islam Negeri (UIN) Raden Fatah Palembang|Person 60-72 Andi Saputra" },
        { "Peneliti Universitas Gadjah Mada (UGM) Yogyakarta, Budi Santoso, hadir.", "Organization 9-32 Universitas Gadjah Mada|Organization 34-37 UGM|Gpe 39-49 Yogyakarta|Person 51-63 Budi Santoso" },
        { "Al-Hamdani tiba di Doha. Menteri Khalid al-Hamdani lalu bertemu Emir.", "Person 0-10 Al-Hamdani|Gpe 19-23 Doha|Person 33-50 Khalid al-Hamdani" },
        { "Menjelang Idul Fitri dan sepanjang Ramadhan, harga naik.", "" },

        // A title-case headline's consular verbs end the mission's name; `Perang` there names a war only with a known name
        // or one the body repeats; mercenaries and banks are organizations.
        { "KBRI Manila Dampingi Nelayan Asal Sulawesi Utara", "Organization 0-11 KBRI Manila|Gpe 34-48 Sulawesi Utara" },
        { "Jepang Gelar Simulasi Perang Terbesar Sejak 2019", "Gpe 0-6 Jepang" },
        { "Pasukan itu menggantikan kelompok tentara bayaran Wagner, yang kini hadir di Niger.", "Organization 50-56 Wagner|Gpe 77-82 Niger" },
        { "Presiden Donald Trump menginap di Trump Tower.", "Person 9-21 Donald Trump|Location 34-45 Trump Tower" },
        { "Ekonom Morgan Stanley memperkirakan suku bunga turun.", "Organization 7-21 Morgan Stanley" },

        // A handout photo's credit names its source, not a person.
        { "ANTARA FOTO/HO-Kemlu RI/rwa.", "Organization 0-11 ANTARA FOTO|Organization 15-23 Kemlu RI" },
        { "Foto: BPMI Setpres/Muchlis Jr", "Organization 6-18 BPMI Setpres|Person 19-29 Muchlis Jr" },

        // Account names and hashtags, split by the tokenizer at `_` and `-`, name nothing.
        { "Foto: Twitter/@Menlu_RI", "" },
        { "Foto: Twitter/@Menlu-RI", "" },
        { "Tagar #SaveRafah ramai.", "" },
        { "Unggahan akun @KemluRI menyebut Retno Marsudi hadir.", "Person 32-45 Retno Marsudi" },

        // A last name part that is also a word (`momen`, "moment") stays in the name, and later stands for the person.
        {
            "Mantan Menlu Bangladesh Abdul Kamal Abdul Momen menemui Retno Marsudi. Menurut Momen, itu baik.",
            "Gpe 13-23 Bangladesh|Person 24-47 Abdul Kamal Abdul Momen|Person 56-69 Retno Marsudi|Person 79-84 Momen"
        },

        // Press spellings of countries are the country (`Perancis` for `Prancis`), also between a title and a name.
        { "Presiden Perancis Emmanuel Macron tiba.", "Gpe 9-17 Perancis|Person 18-33 Emmanuel Macron" },
        { "Delegasi dari Chili tiba kemarin.", "Gpe 14-19 Chili" },

        // A known name never reads across a closing parenthesis, and one that opens a parenthesis closes it.
        {
            "Ketua Umum Kamar Dagang dan Industri (Kadin) Indonesia Anindya Bakrie hadir.",
            "Organization 11-36 Kamar Dagang dan Industri|Organization 38-43 Kadin|Gpe 45-54 Indonesia|Person 55-69 Anindya Bakrie"
        },
        { "Tentara Kongo (RDK) menyerang.", "Gpe 8-19 Kongo (RDK)" },

        // A known brand written in lower case with a capital inside is found as written.
        { "Menurut laporan iNews, Presiden Prabowo hadir.", "Organization 16-21 iNews|Person 32-39 Prabowo" },
        { "Dilansir detikNews, Presiden Prabowo hadir.", "Organization 9-18 detikNews|Person 29-36 Prabowo" },

        // A collective noun glued onto a country leaves the country alone, a GPE; a military branch keeps its name.
        { "Pemerintah Indonesia menegaskan sikapnya.", "Gpe 11-20 Indonesia" },
        { "Pasukan Rusia merebut kota itu.", "Gpe 8-13 Rusia" },
        { "Angkatan Laut Filipina bersiaga.", "Organization 0-22 Angkatan Laut Filipina" },

        // A noun formed with ke-…-an or pe(r)-…-an belongs to an office's name, never to a person's.
        { "Sementara itu, Kepala Staf Kepresidenan Moeldoko mengatakan hal itu.", "Person 40-48 Moeldoko" },

        // Legislatures, guards and brigades are organizations, also where an event word is inside their names.
        { "Garda Revolusi Iran menahan kapal tanker.", "Organization 0-19 Garda Revolusi Iran" },
        { "Kongres AS menyetujui anggaran.", "Organization 0-10 Kongres AS" },
        { "Kongres PDI Perjuangan digelar di Bali.", "Event 0-22 Kongres PDI Perjuangan|Gpe 34-38 Bali" },
        { "Senat Filipina menolak perjanjian itu.", "Organization 0-14 Senat Filipina" },
        { "Brigade Al-Qassam mengaku bertanggung jawab.", "Organization 0-17 Brigade Al-Qassam" },

        // The office of a known organization names the organization (`Kantor`, `Markas`, like `Tim`, `Pihak`).
        { "Rapat digelar di Kantor Kemenko Perekonomian pada Senin.", "Organization 24-44 Kemenko Perekonomian" },
        { "Kantor Staf Presiden menyatakan hal itu.", "Organization 0-20 Kantor Staf Presiden" },
        { "Hegseth diterima di Kantor Kementerian Pertahanan.", "Person 0-7 Hegseth|Organization 27-49 Kementerian Pertahanan" },

        // A one-word name the article gave is found again where the tagger missed it; a word that begins an
        // organization's name is left to the organization.
        {
            "Erdogan menuding Macron tidak paham Islam. Usai ucapan Erdogan tersebut, Prancis menarik duta besarnya.",
            "Person 0-7 Erdogan|Person 17-23 Macron|Person 55-62 Erdogan|Gpe 73-80 Prancis"
        },
        { "Grab Holdings melaporkan laba. Grab juga menambah mitra.", "Organization 0-13 Grab Holdings|Organization 31-35 Grab" },

        // A day after a name is no part of it.
        { "Presiden Joko Widodo Senin lalu tiba.", "Person 9-20 Joko Widodo" },

        // A rank between an organization and its officer belongs to neither; a rank word that is part of the
        // organization's own name (`Direktorat Jenderal`) stays in it.
        {
            "Kepala Staf Angkatan Bersenjata Iran Mayor Jenderal Mohammad Bagheri hadir.",
            "Organization 12-36 Angkatan Bersenjata Iran|Person 52-68 Mohammad Bagheri"
        },
        {
            "Kabid Humas Polda Metro Jaya Komisaris Besar Ade Ary Syam Indradi mengatakan hal itu.",
            "Organization 12-28 Polda Metro Jaya|Person 45-65 Ade Ary Syam Indradi"
        },
        { "Komandan Korps Marinir Mayjen TNI (Mar) Endi Supardi hadir.", "Organization 9-22 Korps Marinir|Organization 30-33 TNI|Person 40-52 Endi Supardi" },
        { "Direktorat Jenderal Imigrasi Silmy Karim mengatakan itu.", "Organization 0-28 Direktorat Jenderal Imigrasi|Person 29-40 Silmy Karim" },

        // A country's letters written against a dollar sign name a currency.
        { "Harga minyak naik menjadi US$78 per barel.", "" },

        // A summit is an event by its name; the word alone, spelled out or short, is not an entity.
        { "Presiden menghadiri Konferensi Tingkat Tinggi (KTT) G20 di Johannesburg.", "Event 20-55 Konferensi Tingkat Tinggi (KTT) G20|Gpe 59-71 Johannesburg" },
        { "Konferensi Tingkat Tinggi (KTT) itu ditunda.", "" },
        { "Presiden menghadiri KTT G20.", "Event 20-27 KTT G20" },

        // An officer's name ends an organization the tagger ran into it.
        { "Sementara itu, ekonom Bank Permata Josua Pardede memperkirakan hal itu.", "Organization 22-34 Bank Permata|Person 35-48 Josua Pardede" },

        // `untuk` joins a name whose acronym follows in brackets, and only then.
        {
            "Menurut Asosiasi Bantuan untuk Tahanan Politik (AAPP), angka itu naik.",
            "Organization 8-46 Asosiasi Bantuan untuk Tahanan Politik|Organization 48-52 AAPP"
        },
        { "Kedutaan Besar AS untuk Indonesia menyatakan hal itu.", "Organization 0-17 Kedutaan Besar AS|Gpe 24-33 Indonesia" },

        // An analyst's firm before the analyst's name: a word that names a business is never a person's.
        { "Analis Kitco Metals Jim Wyckoff mengatakan itu.", "Organization 7-19 Kitco Metals|Person 20-31 Jim Wyckoff" },
        { "Ekonom Capital Economics Gareth Leather mengatakan itu.", "Organization 7-24 Capital Economics|Person 25-39 Gareth Leather" },
        { "Analis Sucor Sekuritas, Paulus Jimmy, mengatakan itu.", "Organization 7-22 Sucor Sekuritas|Person 24-36 Paulus Jimmy" },

        // A surname in letters beyond ASCII runs a one-word name on.
        { "Menurut dia, Komisioner Maroš Šefčovič sudah setuju.", "Person 24-38 Maroš Šefčovič" },

        // A person's curated short form is that person on its own, even where the tagger saw nothing or another kind.
        { "Lavrov tiba di Beijing.", "Person 0-6 Lavrov|Gpe 15-22 Beijing" },
        { "Menurut Netanyahu, serangan akan berlanjut.", "Person 8-17 Netanyahu" },
        { "Xi menyambut tamunya di Beijing.", "Person 0-2 Xi|Gpe 24-31 Beijing" },
        { "Lula dan Sheinbaum bertemu di Brasilia.", "Person 0-4 Lula|Person 9-18 Sheinbaum|Gpe 30-38 Brasilia" },
        { "Menteri Keuangan Purbaya mengatakan defisit aman.", "Person 17-24 Purbaya" },

        // The tagger may read a title's last words and the office holder after it as one place.
        { "Hal itu disampaikan Menteri Luar Negeri Sugiono di Jakarta.", "Person 40-47 Sugiono|Gpe 51-58 Jakarta" },
        { "Demikian dikatakan Menteri Luar Negeri Sugiono di Kairo.", "Person 39-46 Sugiono|Gpe 50-55 Kairo" },
        { "Ia bertemu Menteri Besar Negeri Sembilan di Seremban.", "Gpe 25-40 Negeri Sembilan|Gpe 44-52 Seremban" },

        // A name writes its words capitalized: a lower-case word after a sentence's first word describes the name after it.
        { "Kantor berita IRNA melaporkan bahwa Iran akan membalas.", "Organization 14-18 IRNA|Gpe 36-40 Iran" },
        { "Kantor Berita Xinhua melaporkan hal itu.", "Organization 0-20 Kantor Berita Xinhua" },
        { "Warga negara Indonesia itu selamat.", "Gpe 13-22 Indonesia" },

        // Press spellings of countries; weapons, taxes and policy rates are no names (ANNOTATION.md: products are not entities).
        { "Perdana Menteri Hongaria Viktor Orban siap menjadi tuan rumah.", "Gpe 16-24 Hongaria|Person 25-37 Viktor Orban" },
        { "Zelensky meminta rudal Tomahawk dan sistem Patriot.", "Person 0-8 Zelensky" },
        { "Pemerintah tidak akan menaikkan PPN dan BI Rate bertahan.", "" },
        { "Bantuan masuk melalui perlintasan Kerem Shalom.", "Location 34-46 Kerem Shalom" },

        // English job titles before a company stay outside it, as titles do.
        { "Vice President Corporate Communication Pertamina Fadjar Djoko Santoso mengatakan evaluasi harga dilakukan.", "Organization 39-48 Pertamina|Person 49-69 Fadjar Djoko Santoso" },
        { "Head of Research Mirae Asset Sekuritas Robertus Hardy mengatakan hal itu.", "Organization 17-38 Mirae Asset Sekuritas|Person 39-53 Robertus Hardy" },
        { "Chief Economist Bank Mandiri Andry Asmoro mengatakan hal itu.", "Organization 16-28 Bank Mandiri|Person 29-41 Andry Asmoro" },

        // Nicknames of founding figures; oil benchmarks are prices; a session of the General Assembly is an event.
        { "Posisi kita tidak berubah sejak era Bung Karno.", "Person 36-46 Bung Karno" },
        { "Minyak mentah Brent turun 0,8 persen, sedangkan West Texas Intermediate (WTI) melemah.", "" },
        { "Indonesia mendorong pengakuan Palestina di Sidang Majelis Umum PBB.", "Gpe 0-9 Indonesia|Gpe 30-39 Palestina|Event 43-66 Sidang Majelis Umum PBB" },

        // Acronyms of crimes, wages and policies are categories.
        { "Kasus TPPO dan TPPU meningkat, begitu pula KDRT.", "" },
        { "Pemerintah menerapkan PPKM dan PSBB bagi ASN.", "" },

        // A headline's verbs end names (Ancam, Serang), and what is left of a name is what the gazetteer knows.
        { "Trump Ancam Serang Venezuela lewat Darat, Maduro: Kami Siap", "Person 0-5 Trump|Gpe 19-28 Venezuela|Person 42-48 Maduro" },
        { "Ia mengeklaim kapal itu terkait dengan kartel Tren de Aragua.", "Organization 46-60 Tren de Aragua" },

        { "Trump menulis di Truth Social dan Bluesky.", "Person 0-5 Trump" },

        { "Pemerintah dan DPR menyepakati target itu di luar Kabinet Merah Putih.", "Organization 15-18 DPR|Organization 50-69 Kabinet Merah Putih" },

        // A foreign honorific stays outside the name, like a title.
        { "Emir Qatar Sheikh Tamim bin Hamad Al Thani hadir.", "Gpe 5-10 Qatar|Person 18-42 Tamim bin Hamad Al Thani" },

        // A known organization keeps its words where the tagger began a person inside it (`Agung` is also a given name).
        { "Kepala Pusat Penerangan Hukum Kejaksaan Agung Harli Siregar mengatakan hal itu.", "Organization 7-45 Pusat Penerangan Hukum Kejaksaan Agung|Person 46-59 Harli Siregar" },
        { "Direktur Utama Pertamina Simon Aloysius Mantiri mengatakan hal itu.", "Organization 15-24 Pertamina|Person 25-47 Simon Aloysius Mantiri" },

        // `Konferensi Tingkat Tinggi` is a summit's name with what follows it, like KTT, its acronym inside; a venue's acronym
        // is a venue; a summit described by the two countries that meet is no name; a sentence's preposition is no part of one.
        { "Konferensi Tingkat Tinggi (KTT) ke-47 ASEAN resmi dibuka di Kuala Lumpur Convention Centre (KLCC).", "Event 0-43 Konferensi Tingkat Tinggi (KTT) ke-47 ASEAN|Location 60-90 Kuala Lumpur Convention Centre|Location 92-96 KLCC" },
        { "Prabowo menghadiri Konferensi Tingkat Tinggi G20 di Johannesburg.", "Person 0-7 Prabowo|Event 19-48 Konferensi Tingkat Tinggi G20|Gpe 52-64 Johannesburg" },
        { "Pada KTT RDRK-Rusia yang bersejarah, mereka bertemu.", "Gpe 9-13 RDRK|Gpe 14-19 Rusia" },
        { "Di KTT Organisasi Kerja Sama Shanghai (SCO), Xi berpidato.", "Event 3-37 KTT Organisasi Kerja Sama Shanghai|Organization 39-42 SCO|Person 45-47 Xi" },

        // Companies business pages name alone.
        { "Harga emas Antam naik Rp 12.000 per gram.", "Organization 11-16 Antam" },
        { "Gojek dan Tokopedia bergabung menjadi GoTo.", "Organization 0-5 Gojek|Organization 10-19 Tokopedia|Organization 38-42 GoTo" },

        // `Agung` after `Jaksa` or `Hakim` is part of the office; alone it is a given name.
        { "Jaksa Agung Pam Bondi mengatakan kementeriannya akan mematuhi undang-undang itu.", "Person 12-21 Pam Bondi" },
        { "Agung Laksono hadir.", "Person 0-13 Agung Laksono" },

        // A summit the gazetteer lists as a forum is an event when written as a KTT.
        { "Prabowo menghadiri KTT Asia Timur ke-20 di Kuala Lumpur.", "Person 0-7 Prabowo|Event 19-39 KTT Asia Timur ke-20|Gpe 43-55 Kuala Lumpur" },

        // The second word of a two-word rank stays out of the name, like the rank.
        { "Kepala Bakamla Laksamana Madya Irvansyah mengatakan kapal itu diusir.", "Organization 7-14 Bakamla|Person 31-40 Irvansyah" },
        { "Laksamana Muda Fauzi memimpin operasi.", "Person 15-20 Fauzi" },

        // A known building's name ends where the person named after it begins.
        { "Juru bicara Gedung Putih Karoline Leavitt menyebut tarif itu adil.", "Organization 12-24 Gedung Putih|Person 25-41 Karoline Leavitt" },

        // An Arabic surname with its lower-case article is the person named in full before.
        { "Presiden Suriah Ahmed al-Sharaa tiba di Riyadh. Trump memuji al-Sharaa.", "Gpe 9-15 Suriah|Person 16-31 Ahmed al-Sharaa|Gpe 40-46 Riyadh|Person 48-53 Trump|Person 61-70 al-Sharaa" },

        // Ships, weapon models and classes, regulations and the platform X are no entities; a category before a country leaves the country.
        { "Kapal KN Tanjung Datu-301 milik Bakamla mengusir kapal itu dari ZEE Indonesia.", "Organization 32-39 Bakamla|Gpe 68-77 Indonesia" },
        { "Korea Utara memamerkan rudal balistik antarbenua (ICBM) terbarunya, Hwasong-20, dalam parade.", "Gpe 0-11 Korea Utara" },
        { "Ia menulis di platform X bahwa aturan EUDR merugikan.", "" },
        { "KRI Bung Tomo-357 dan USS Nimitz berlayar di Laut China Selatan.", "Location 45-63 Laut China Selatan" },
        { "Mudah-mudahan bisa diperluas kepada teman-teman di KMP.", "Organization 51-54 KMP" },

        // English names ending in House are buildings, unless the gazetteer knows an organization; a sentence's first
        // preposition or cue is no part of them.
        { "Ia bertemu Gubernur Jenderal Sam Mostyn di Admiralty House.", "Person 29-39 Sam Mostyn|Location 43-58 Admiralty House" },
        { "Menurut Chatham House, risiko naik.", "Organization 8-21 Chatham House" },
        { "Di Government House, ia disambut.", "Location 3-19 Government House" },

        // Names with `di`, `untuk` and `for … and` inside, and their acronyms.
        { "Dewan Keamanan memperpanjang mandat Pasukan Sementara PBB di Lebanon (UNIFIL).", "Organization 0-14 Dewan Keamanan|Organization 36-68 Pasukan Sementara PBB di Lebanon|Organization 70-76 UNIFIL" },
        { "Liga Nasional untuk Demokrasi (NLD) dibubarkan.", "Organization 0-29 Liga Nasional untuk Demokrasi|Organization 31-34 NLD" },
        { "Prajurit Kontingen Garuda di Lebanon Selatan (Foto: Puspen TNI)", "Organization 9-25 Kontingen Garuda|Location 29-44 Lebanon Selatan|Organization 52-62 Puspen TNI" },

        // The acronym of an event's own known name is an event; a meeting of a person is no event.
        { "Prabowo menghadiri KTT Asia Timur (EAS) di Kuala Lumpur.", "Person 0-7 Prabowo|Event 19-33 KTT Asia Timur|Event 35-38 EAS|Gpe 43-55 Kuala Lumpur" },
        { "Pertemuan MBS dan Trump dilanjutkan dengan makan siang.", "Person 10-13 MBS|Person 18-23 Trump" },
        { "KTT G20 Johannesburg Adopsi Deklarasi Tanpa AS", "Event 0-20 KTT G20 Johannesburg|Gpe 44-46 AS" },

        // A title's last words read into a known organization or a known person's full name stay out.
        { "Juru Kampanye Hutan Greenpeace Indonesia Iqbal Damanik menilai target itu lemah.", "Organization 20-40 Greenpeace Indonesia|Person 41-54 Iqbal Damanik" },
        // Portfolio words after a title (`Kampanye Laut dan Pesisir`, `Eropa`, `Senior Pasar`) stay out of the organization
        // after them, whatever type the tagger gave the run; an unknown acronym there is the organization before a person.
        { "Juru Kampanye Laut dan Pesisir Greenpeace Indonesia, Rahmat Hidayat, menilai target itu lemah.", "Organization 31-51 Greenpeace Indonesia|Person 53-67 Rahmat Hidayat" },
        { "Direktur Eropa Kemlu, Sari Wulandari, hadir.", "Organization 15-20 Kemlu|Person 22-36 Sari Wulandari" },
        { "Manajer Kampanye Tambang Walhi, Dimas Pratama, menyebut proyek itu merusak.", "Organization 25-30 Walhi|Person 32-45 Dimas Pratama" },
        { "Analis Senior Pasar IESR Bagus Wirawan mengatakan harga naik.", "Organization 20-24 IESR|Person 25-38 Bagus Wirawan" },
        { "Komitmen itu disampaikan Utusan Khusus Presiden Bidang Perubahan Iklim dan Energi Hashim Djojohadikusumo dalam sesi itu.", "Person 82-104 Hashim Djojohadikusumo" },

        // What a title leaves when it names no one is the country it holds.
        { "Putra Mahkota Saudi tiba di Riyadh.", "Gpe 14-19 Saudi|Gpe 28-34 Riyadh" },

        // The conjuncts of a list of places are places; a list after a preposition needs two places already.
        { "Rudal Hizbullah menghantam Haifa, Nahariya, dan Safed.", "Organization 6-15 Hizbullah|Gpe 27-32 Haifa|Gpe 34-42 Nahariya|Gpe 48-53 Safed" },
        { "Drone jatuh di wilayah Murmansk, Irkutsk, Ivanovo, Ryazan, dan Amur.", "Gpe 23-31 Murmansk|Gpe 33-40 Irkutsk|Gpe 42-49 Ivanovo|Gpe 51-57 Ryazan|Gpe 63-67 Amur" },
        { "Delegasi dari Rusia, Ivan Petrov dan Olga Smirnova, tiba.", "Gpe 14-19 Rusia|Person 21-32 Ivan Petrov|Person 37-50 Olga Smirnova" },
        { "Dia dibesarkan di Ukiah, California dan Lulus dari SMU Ukiah.", "Gpe 18-23 Ukiah|Gpe 25-35 California|Organization 51-60 SMU Ukiah" },

        // An acronym after a country that does not begin like it is no GPE: a category its lower-case words spell, or a body.
        { "Ia melindungi pekerja migran Indonesia (PMI) di Sabah.", "Gpe 29-38 Indonesia|Gpe 48-53 Sabah" },
        { "Intelijen militer Ukraina (HUR) juga menyebut dua kapal rusak.", "Gpe 18-25 Ukraina|Organization 27-30 HUR" },
        { "Palang Merah Indonesia (PMI) mengirim bantuan.", "Organization 0-22 Palang Merah Indonesia|Organization 24-27 PMI" },
        { "Amerika Serikat (AS) dan Korea Utara (Korut) bertemu.", "Gpe 0-15 Amerika Serikat|Gpe 17-19 AS|Gpe 25-36 Korea Utara|Gpe 38-43 Korut" },

        // Gazetteer rows: hajj sites, coast guards, hyphenated armed groups, NGOs the tagger splits.
        { "Jemaah bergerak dari Arafah ke Muzdalifah.", "Location 21-27 Arafah|Location 31-41 Muzdalifah" },
        { "Kapal Penjaga Pantai China menembakkan meriam air.", "Organization 6-26 Penjaga Pantai China" },
        { "Kelompok Lashkar-e-Taiba dan Jaish-e-Mohammed dituduh.", "Organization 9-24 Lashkar-e-Taiba|Organization 29-45 Jaish-e-Mohammed" },
        { "Direktur Eksekutif Migrant CARE Wahyu Susilo mengkritik kebijakan itu.", "Organization 19-31 Migrant CARE|Person 32-44 Wahyu Susilo" },

        // An outlet written in lower case is found as written; a diaspora is its country's; a Roman numeral numbers a section.
        { "Hal itu disampaikan Hermono saat dihubungi detikcom, Selasa.", "Person 20-27 Hermono|Organization 43-51 detikcom" },
        { "Diaspora Indonesia di Belanda berkumpul.", "Gpe 9-18 Indonesia|Gpe 22-29 Belanda" },
        { "Pasal XI ayat 1 GATT 1994 berlaku.", "" },
        { "Komisi XI DPR memanggil Menkeu.", "Organization 0-13 Komisi XI DPR" },

        // Temples, castles, palaces abroad with their particles, beaches and demarcation lines are venues, LOCATION; a
        // country named with a venue word stays the country; headquarters after a locative are a place, but an
        // organization that defines its acronym after `Markas Besar` keeps its mention; a tagged place ending in `Forum`
        // is a venue.
        { "Para menteri bertemu di Kuil Yasukuni, Tokyo.", "Location 24-37 Kuil Yasukuni|Gpe 39-44 Tokyo" },
        { "Pesta digelar di Kastil Windsor.", "Location 17-31 Kastil Windsor" },
        { "Sidang berlangsung di Palais des Nations, Jenewa.", "Location 22-40 Palais des Nations|Gpe 42-48 Jenewa" },
        { "Raja menerima tamu di Istana Huis ten Bosch.", "Location 22-43 Istana Huis ten Bosch" },
        { "Wisatawan berenang di Pantai Parangtritis.", "Location 22-41 Pantai Parangtritis" },
        { "Presiden Pantai Gading tiba di Abidjan.", "Gpe 9-22 Pantai Gading|Gpe 31-38 Abidjan" },
        { "Delegasi berkumpul di Markas Besar NATO di Brussel.", "Location 22-39 Markas Besar NATO|Gpe 43-50 Brussel" },
        { "Menlu menyambangi Markas Besar Dewan Keamanan PBB (DK PBB) di New York.", "Organization 31-49 Dewan Keamanan PBB|Organization 51-57 DK PBB|Gpe 62-70 New York" },
        { "Pasukan berjaga di sepanjang Garis Biru.", "Location 29-39 Garis Biru" },
        { "Konferensi digelar di World Forum, Den Haag.", "Location 22-33 World Forum|Gpe 35-43 Den Haag" },

        // A facility that a title heads ends where its head's name begins.
        { "Kepala Pelabuhan Tanjung Priok Budi Santoso menyebut antrean berkurang.", "Location 7-30 Pelabuhan Tanjung Priok|Person 31-43 Budi Santoso" },

        // English universities and authorities named after a place are organizations; a person the tagger began at a
        // known place's last word starts after it.
        { "Profesor dari Stanford University, Maria Lopez, hadir.", "Organization 14-33 Stanford University|Person 35-46 Maria Lopez" },
        { "Otoritas Terusan Panama (ACP) menaikkan tarif.", "Organization 0-23 Otoritas Terusan Panama|Organization 25-28 ACP" },
        { "Ketua Otoritas Terusan Suez Ahmed Fawzi menyebut pendapatan turun.", "Organization 6-27 Otoritas Terusan Suez|Person 28-39 Ahmed Fawzi" },
        { "Ketua Otoritas Pelabuhan Rotterdam Allard Castelein mengatakan.", "Organization 6-34 Otoritas Pelabuhan Rotterdam|Person 35-51 Allard Castelein" },

        // Ship classes and treaties named after cities hold no entity.
        { "Australia membeli kapal selam kelas Virginia.", "Gpe 0-9 Australia" },
        { "Israel bukan pihak Statuta Roma.", "Gpe 0-6 Israel" },

        // Hyphenated regions stay whole; another name of a place just named is a place; a hyphenated forum is an event.
        { "Ancaman terhadap kawasan Eropa-Atlantik meningkat.", "Location 25-39 Eropa-Atlantik" },
        { "Kepulauan Paracel, yang oleh China disebut Xisha, diperebutkan.", "Location 0-17 Kepulauan Paracel|Gpe 29-34 China|Location 43-48 Xisha" },
        { "Forum Shangri-La Dialogue digelar di Singapura.", "Event 6-25 Shangri-La Dialogue|Gpe 37-46 Singapura" },
        // An acronym spelled by a foreign name's beginnings (particles and legal forms giving a letter or none), or by a
        // translated name's initials in another order, is that name's; so is `Name (Foreign Name/ACR)`, three mentions.
        { "Perusahaan listrik negara Meksiko, Comision Federal de Electricidad (CFE), menaikkan tarif.", "Gpe 26-33 Meksiko|Organization 35-67 Comision Federal de Electricidad|Organization 69-72 CFE" },
        { "Ekonom senior Organisasi Maritim Internasional (IMO) hadir di London.", "Organization 14-46 Organisasi Maritim Internasional|Organization 48-51 IMO|Gpe 62-68 London" },
        { "Menteri itu bertemu Presiden Bank Investasi Baru (New Investment Bank/NIB) di Shanghai.", "Organization 29-48 Bank Investasi Baru|Organization 50-69 New Investment Bank|Organization 70-73 NIB|Gpe 78-86 Shanghai" },
        { "PBB membentuk Satuan Pengamanan Pelabuhan (Port Security Unit/PSU) di Haiti.", "Organization 0-3 PBB|Organization 14-41 Satuan Pengamanan Pelabuhan|Organization 43-61 Port Security Unit|Organization 62-65 PSU|Gpe 70-75 Haiti" },
        { "Relawan Dokter Lintas Batas (MSF) tiba di Gaza.", "Organization 8-27 Dokter Lintas Batas|Organization 29-32 MSF|Gpe 42-46 Gaza" },
        // An acronym after a country that it does not abbreviate, with no word of an institution before it, is a category.
        { "Harga acuan batu bara Indonesia (HBA) naik bulan ini.", "Gpe 22-31 Indonesia" },

        // Photo credits: generic credit words name nobody, agencies in lower case are agencies, and a caption is no credit.
        { "Tentara berjaga di Kherson. AFP/STRINGER", "Gpe 19-26 Kherson|Organization 28-31 AFP" },
        { "Foto: Yves Herman/BELGA/dpa/picture alliance", "Person 6-17 Yves Herman|Organization 18-23 BELGA|Organization 24-27 dpa|Organization 28-44 picture alliance" },
        { "Foto: Para relawan membagikan makanan di Gaza.", "Gpe 41-45 Gaza" },

        // Ranks stay out of a name; a title's phrase and its body leave the office holder a PERSON.
        { "Juru bicara militer Israel, Letkol Avichay Adraee, mengatakan serangan berlanjut.", "Gpe 20-26 Israel|Person 35-49 Avichay Adraee" },
        { "Menurut analis dari lembaga kajian Wilson Center, Jean Lee, Pyongyang tidak akan mundur.", "Organization 35-48 Wilson Center|Person 50-58 Jean Lee|Gpe 60-69 Pyongyang" },
        { "Komisioner Perdagangan dan Keamanan Ekonomi UE Maros Sefcovic mengatakan tarif itu berlaku.", "Organization 44-46 UE|Person 47-61 Maros Sefcovic" },
        { "Kepala ekonom Goldman Sachs Jan Hatzius memperkirakan harga naik.", "Organization 14-27 Goldman Sachs|Person 28-39 Jan Hatzius" },
        { "Perdana Menteri Kay Rala Xanana Gusmao tiba di Dili.", "Person 16-38 Kay Rala Xanana Gusmao|Gpe 47-51 Dili" },

    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_name_reaches_as_far_as_the_name_goes(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));
}
