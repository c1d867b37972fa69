using Geopolitics.Nlp.Dates;

namespace Geopolitics.Nlp.Tests.Dates;

/// <summary>
/// The forms real news writes dates in (bylines, se- and word numerals, sets, vague durations, deictic words inside
/// spans), each with its exact span, type, value and mod. Document date 2025-09-04, a Thursday.
/// </summary>
public class NewsDateFormTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static IReadOnlyList<TemporalExpression> Dates(string text) =>
        Analyzer.Analyze(text, new AnalysisOptions { DocumentDate = new DateOnly(2025, 9, 4) }).Dates;

    private static string Row(TemporalExpression d) =>
        $"[{d.Text}] {d.Type.ToName()} {d.Value} {d.Mod?.ToName()}".TrimEnd();

    public static TheoryData<string, string> Bylines => new()
    {
        { "Senin, 1/12/2025 19:30 WIB", "[Senin, 1/12/2025 19:30 WIB] TIME 2025-12-01T19:30+07:00" },
        { "Senin, 1/12/2025 | 19:30 WIB", "[Senin, 1/12/2025] DATE 2025-12-01 | [19:30 WIB] TIME 2025-12-01T19:30+07:00" },
        { "Antaranews.com - 14/09/2020, 09:29 WIB", "[14/09/2020, 09:29 WIB] TIME 2020-09-14T09:29+07:00" },
        { "Senin, 11 Juli 2022 15:04 WIB", "[Senin, 11 Juli 2022 15:04 WIB] TIME 2022-07-11T15:04+07:00" },
        { "Jumat, 30 Desember 2022 - 02:02 WIB", "[Jumat, 30 Desember 2022 - 02:02 WIB] TIME 2022-12-30T02:02+07:00" },
        // `sejak` names a start that has come.
        { "Sejak Maret, harga CPO terus naik.", "[Maret] DATE 2025-03" },
        { "Harga naik sejak 12 Desember.", "[12 Desember] DATE 2024-12-12" },
        // An embedded post's date line in English order.
        { "— Donald J. Trump (@realDonaldTrump) March 26, 2025", "[March 26, 2025] DATE 2025-03-26" },
        // A day right after a bare time, behind a comma, is the time's day (the document's date is 4 September 2025).
        { "Ia tiba pukul 10.00 WIB, Senin (1/9/2025).", "[pukul 10.00 WIB] TIME 2025-09-01T10:00+07:00 | [Senin (1/9/2025)] DATE 2025-09-01" },
        { "Penulis Andi | 27 July 2023 21:21", "[27 July 2023 21:21] TIME 2023-07-27T21:21" },
        { "Kamis 20 Aug 2020 01:11 WIB", "[Kamis 20 Aug 2020 01:11 WIB] TIME 2020-08-20T01:11+07:00" },
        { "SELASA, 13 FEBRUARI 2024 | 14:16 WIB", "[SELASA, 13 FEBRUARI 2024] DATE 2024-02-13 | [14:16 WIB] TIME 2024-02-13T14:16+07:00" },
        // The same byline without a zone: the bar after a day still opens a clock time, with a colon or a period.
        { "Rabu, 3 September 2025 | 11:42", "[Rabu, 3 September 2025] DATE 2025-09-03 | [11:42] TIME 2025-09-03T11:42" },
        { "Rabu, 3 September 2025 | 11.42", "[Rabu, 3 September 2025] DATE 2025-09-03 | [11.42] TIME 2025-09-03T11:42" },
        { "Rabu (3/9/2025) | 11:42", "[Rabu (3/9/2025)] DATE 2025-09-03 | [11:42] TIME 2025-09-03T11:42" },
        // A bar after a year is no byline's date line: the number after it stays a number.
        { "Laporan Tahunan 2024 | 11:42", "[2024] DATE 2024" },
        { "Selasa, 5 September 2023/RMOL", "[Selasa, 5 September 2023] DATE 2023-09-05" },
        { "Rabu, 3 September 2025 10:00 WITA", "[Rabu, 3 September 2025 10:00 WITA] TIME 2025-09-03T10:00+08:00" },
        { "Rabu, 3 September 2025 10:00 WIT", "[Rabu, 3 September 2025 10:00 WIT] TIME 2025-09-03T10:00+09:00" },
        { "Rabu, 3 September 2025 10:00 GMT", "[Rabu, 3 September 2025 10:00 GMT] TIME 2025-09-03T10:00+00:00" },
        { "Ia tiba pukul 03.00 dini hari 1 September waktu Jakarta.", "[pukul 03.00 dini hari 1 September waktu Jakarta] TIME 2025-09-01T03:00+07:00" },
        { "Gempa terjadi Minggu (31/8/2025) pukul 06.18 WIB kemarin.", "[Minggu (31/8/2025) pukul 06.18 WIB kemarin] TIME 2025-08-31T06:18+07:00" },
    };

    public static TheoryData<string, string> Numerals => new()
    {
        { "Ia tinggal di sana setahun.", "[setahun] DURATION P1Y" },
        { "Ia dirawat sehari di rumah sakit.", "[sehari] DURATION P1D" },
        { "Tim itu bekerja sepekan penuh.", "[sepekan] DURATION P1W" },
        { "Rapat berlangsung setengah hari.", "[setengah hari] DURATION PT12H" },
        { "Pertemuan berlangsung satu setengah tahun.", "[satu setengah tahun] DURATION P18M" },
        { "Perundingan berlangsung dua belas jam.", "[dua belas jam] DURATION PT12H" },
        { "Kapal itu berlayar dua puluh lima hari.", "[dua puluh lima hari] DURATION P25D" },
        { "Kontrak berlaku seabad.", "[seabad] DURATION P100Y" },
        { "Konflik itu berlangsung puluhan tahun.", "[puluhan tahun] DURATION PXY" },
        { "Kedua negara bersengketa hampir dua dekade.", "[hampir dua dekade] DURATION P20Y LESS_THAN" },
        { "Pemilu digelar pada 2026 atau 2027.", "[2026] DATE 2026 | [2027] DATE 2027" },
        { "Data itu mencakup tahun 2019 dan 2020.", "[tahun 2019] DATE 2019 | [2020] DATE 2020" },
        { "Sejak setahun lalu ia tinggal di sana.", "[setahun lalu] DATE 2024" },
        { "Ia kembali ke Jakarta sebulan kemudian.", "[sebulan kemudian] DATE 2025-10" },
    };

    public static TheoryData<string, string> SetsAndVagueDurations => new()
    {
        { "Latihan digelar setiap hari.", "[setiap hari] SET P1D" },
        { "Festival itu digelar setiap tahun.", "[setiap tahun] SET P1Y" },
        { "Pasar itu buka tiap Senin.", "[tiap Senin] SET XXXX-WXX-1" },
        { "Laporan terbit setiap pekan.", "[setiap pekan] SET P1W" },
        { "Gaji dibayar tiap bulan.", "[tiap bulan] SET P1M" },
        { "Pemilu digelar setiap lima tahun.", "[setiap lima tahun] SET P5Y" },
        { "Pertemuan digelar sebulan sekali.", "[sebulan sekali] SET P1M" },
        { "Ibadah digelar setiap hari Jumat.", "[setiap hari Jumat] SET XXXX-WXX-5" },
        { "KTT itu digelar dua kali setahun.", "[dua kali setahun] SET P1Y" },
        { "Ia pulang sekali sebulan.", "[sekali sebulan] SET P1M" },
        // Weekdays listed after `setiap` each recur; a part of the day stays in the span, not in the value.
        { "Kelas digelar setiap Selasa dan Jumat.", "[setiap Selasa] SET XXXX-WXX-2 | [Jumat] SET XXXX-WXX-5" },
        { "Bus berangkat tiap Senin, Rabu, dan Sabtu pagi.", "[tiap Senin] SET XXXX-WXX-1 | [Rabu] SET XXXX-WXX-3 | [Sabtu pagi] SET XXXX-WXX-6" },
        { "Piket dijaga setiap Kamis malam.", "[setiap Kamis malam] SET XXXX-WXX-4" },
        { "Perundingan berlangsung beberapa minggu.", "[beberapa minggu] DURATION PXW" },
        { "Ia menunggu beberapa jam.", "[beberapa jam] DURATION PTXH" },
        { "Sengketa itu berlangsung bertahun-tahun.", "[bertahun-tahun] DURATION PXY" },
        { "Pengungsi bertahan berbulan-bulan.", "[berbulan-bulan] DURATION PXM" },
        { "Selama berabad-abad kota itu makmur.", "[berabad-abad] DURATION PXCE" },
        { "Selama lima tahun terakhir tak ada kemajuan.", "[lima tahun terakhir] DURATION P5Y" },
    };

    public static TheoryData<string, string> DeicticWordsAndModifiers => new()
    {
        { "Serangan terjadi Rabu kemarin.", "[Rabu kemarin] DATE 2025-09-03" },
        { "Presiden tiba Senin (1/9/2025) ini.", "[Senin (1/9/2025) ini] DATE 2025-09-01" },
        { "Pemilu digelar Mei 2026 mendatang.", "[Mei 2026 mendatang] DATE 2026-05" },
        { "Kapal tiba 9 Oktober nanti.", "[9 Oktober nanti] DATE 2025-10-09" },
        { "Inflasi turun Agustus ini.", "[Agustus ini] DATE 2025-08" },
        { "Harga naik pada Januari tahun kemarin.", "[Januari tahun kemarin] DATE 2024-01" },
        { "Ia menjabat selama 75 tahun.", "[75 tahun] DURATION P75Y" },
        { "Hubungan dagang terjalin sekitar 75 tahun.", "[sekitar 75 tahun] DURATION P75Y APPROX" },
        { "Pertemuan berlangsung kurang lebih dua jam.", "[kurang lebih dua jam] DURATION PT2H APPROX" },
        { "Harga naik Rabu (3/9), lebih tinggi dari hari sebelumnya.", "[Rabu (3/9)] DATE 2025-09-03 | [hari sebelumnya] DATE 2025-09-02" },
        {
            "Macron tiba di Jakarta Rabu (3/9). Ia datang sehari sebelumnya dari Vietnam. Keesokan harinya ia ke Borobudur.",
            "[Rabu (3/9)] DATE 2025-09-03 | [sehari sebelumnya] DATE 2025-09-02 | [Keesokan harinya] DATE 2025-09-04"
        },
        { "Mereka bertemu pekan lalu.", "[pekan lalu] DATE 2025-W35" },
        { "Tantangan terbesar abad ini adalah iklim.", "[abad ini] DATE 20" },
        { "Ia dilantik lebih sepekan lalu.", "[lebih sepekan lalu] DATE 2025-08-28 BEFORE" },
        { "Ia dilantik kurang dari sebulan lalu.", "[kurang dari sebulan lalu] DATE 2025-08-04 AFTER" },
        { "Ia dilantik sekitar setahun lalu.", "[sekitar setahun lalu] DATE 2024-09-04 APPROX" },
        { "Data mencakup periode 2019-2020.", "[2019-2020] DATE 2019/2020" },
        { "Anggaran disusun untuk periode 2026/2027.", "[2026/2027] DATE 2026/2027" },
        { "Target produksi untuk 2027 dinaikkan.", "[2027] DATE 2027" },
        { "Brussel, 03.07.2025 - Komisi Eropa mengusulkan aturan baru.", "[03.07.2025] DATE 2025-07-03" },
        { "Rapat digelar Jumat malam.", "[Jumat malam] DATE 2025-08-29" },
        { "Ia tiba Sabtu pagi.", "[Sabtu pagi] DATE 2025-08-30" },
        { "Rapat dimulai siang ini.", "[siang ini] DATE 2025-09-04" },
        { "Ia tiba kemarin malam.", "[kemarin malam] DATE 2025-09-03" },
        { "Ia tiba tadi malam.", "[tadi malam] DATE 2025-09-03" },
        { "Gempa terjadi dini hari tadi.", "[dini hari tadi] DATE 2025-09-04" },
        { "Israel menyerang Gaza malam tadi.", "[malam tadi] DATE 2025-09-03" },
        { "Ia tiba pagi tadi.", "[pagi tadi] DATE 2025-09-04" },
        { "Ledakan terdengar di Kyiv semalam.", "[semalam] DATE 2025-09-03" },
        { "Ia berangkat besok pagi.", "[besok pagi] DATE 2025-09-05" },
        { "Perjanjian itu dinilai berhasil oleh Putusan Arbitrase 2016 yang terkenal.", "[2016] DATE 2016" },
        { "Iran melanggar kesepakatan nuklir 2015.", "[2015] DATE 2015" },
    };

    public static TheoryData<string, string> Anchors => new()
    {
        { "Ia tiba di Jakarta pada Selasa (2/9/2025). Keesokan harinya ia bertemu presiden.", "[Selasa (2/9/2025)] DATE 2025-09-02 | [Keesokan harinya] DATE 2025-09-03" },
        { "Ia tiba di Jakarta pada Selasa (2/9/2025). Hari itu ia bertemu presiden.", "[Selasa (2/9/2025)] DATE 2025-09-02 | [Hari itu] DATE 2025-09-02" },
        { "Ia tiba di Jakarta pada Selasa (2/9/2025). Sehari kemudian ia bertemu presiden.", "[Selasa (2/9/2025)] DATE 2025-09-02 | [Sehari kemudian] DATE 2025-09-03" },
        { "Ia tiba pada Selasa (2/9/2025). Dua hari sebelumnya ia di Tokyo.", "[Selasa (2/9/2025)] DATE 2025-09-02 | [Dua hari sebelumnya] DATE 2025-08-31" },
        { "KTT berlangsung 13-15 Juli 2025. Pada hari kedua para menteri bertemu.", "[13-15 Juli 2025] DATE 2025-07-13/2025-07-15 | [hari kedua] DATE 2025-07-14" },
        // Ordinal days count inside the range of days named last, and only inside it.
        {
            "KTT berlangsung 13-15 Juli 2025. Pada hari pertama mereka tiba. Pada hari ketiga mereka pulang. Pada hari keempat tak ada acara.",
            "[13-15 Juli 2025] DATE 2025-07-13/2025-07-15 | [hari pertama] DATE 2025-07-13 | [hari ketiga] DATE 2025-07-15"
        },
        { "Forum digelar Selasa-Rabu (2-3/9). Pada hari kedua forum ditutup.", "[Selasa-Rabu (2-3/9)] DATE 2025-09-02/2025-09-03 | [hari kedua] DATE 2025-09-03" },
        // The first day of something the text does not date is not the day it named last.
        { "Aturan itu diumumkan Senin (1/9/2025). Sejak hari pertama berlaku, aturan itu dikritik.", "[Senin (1/9/2025)] DATE 2025-09-01" },
        {
            "Presiden tiba Rabu (19/11/2025). Pada hari pertama KTT G20 di Johannesburg, Sabtu 22 November 2025, para pemimpin bertemu.",
            "[Rabu (19/11/2025)] DATE 2025-11-19 | [Sabtu 22 November 2025] DATE 2025-11-22"
        },
        { "\"Kami sudah tiba kemarin,\" kata menteri itu, Senin (1/9/2025).", "[kemarin] DATE 2025-08-31 | [Senin (1/9/2025)] DATE 2025-09-01" },
        { "\"Kami akan bertemu besok,\" kata menteri itu, Senin (1/9/2025).", "[besok] DATE 2025-09-02 | [Senin (1/9/2025)] DATE 2025-09-01" },
        { "Menteri itu berkata pada Senin (1/9/2025): \"Kami tiba hari ini.\"", "[Senin (1/9/2025)] DATE 2025-09-01 | [hari ini] DATE 2025-09-01" },
        { "Ia tiba Selasa (2/9/2025). Pesawat mendarat pukul 10.00 WIB.", "[Selasa (2/9/2025)] DATE 2025-09-02 | [pukul 10.00 WIB] TIME 2025-09-02T10:00+07:00" },
        { "Rapat digelar pukul 10.00 WIB. Rapat selesai pukul 15.00 WIB.", "[pukul 10.00 WIB] TIME 2025-09-04T10:00+07:00 | [pukul 15.00 WIB] TIME 2025-09-04T15:00+07:00" },
        { "Rapat berlangsung pukul 14.00 hingga 16.30 WIB.", "[pukul 14.00] TIME 2025-09-04T14:00+07:00 | [16.30 WIB] TIME 2025-09-04T16:30+07:00" },
        { "Acara digelar pukul 09.00-11.00 WITA.", "[pukul 09.00] TIME 2025-09-04T09:00+08:00 | [11.00 WITA] TIME 2025-09-04T11:00+08:00" },
        { "Jalan ditutup antara pukul 19.00 dan 21.00 WIB.", "[pukul 19.00] TIME 2025-09-04T19:00+07:00 | [21.00 WIB] TIME 2025-09-04T21:00+07:00" },
        { "Sidang dibuka pukul 09.00 dan ditutup pukul 15.00 WIB.", "[pukul 09.00] TIME 2025-09-04T09:00 | [pukul 15.00 WIB] TIME 2025-09-04T15:00+07:00" },
        { "Mereka berangkat Senin 1 September. Konvoi berhenti sejenak. \"Kami tiba sekitar pukul 11.30,\" kata sopir.", "[Senin 1 September] DATE 2025-09-01 | [sekitar pukul 11.30] TIME 2025-09-01T11:30 APPROX" },
        { "Menteri itu mengatakan negaranya akan membalas, Senin (1/9).", "[Senin (1/9)] DATE 2025-09-01" },
        { "Jumat pekan lalu ia ke Bali.", "[Jumat pekan lalu] DATE 2025-08-29" },
        { "Ia tiba Jumat malam pekan lalu.", "[Jumat malam pekan lalu] DATE 2025-08-29" },
        { "Rabu pekan depan ia ke Bali.", "[Rabu pekan depan] DATE 2025-09-10" },
        { "Senin minggu ini ia ke Bali.", "[Senin minggu ini] DATE 2025-09-01" },
        { "Minggu malam ia ke Bali.", "[Minggu malam] DATE 2025-08-31" },
        { "Minggu lalu ia ke Bali.", "[Minggu lalu] DATE 2025-W35" },
        { "Sejak awal pekan ini harga naik.", "[awal pekan ini] DATE 2025-W36 START" },
        { "Pertengahan minggu lalu ia ke Bali.", "[Pertengahan minggu lalu] DATE 2025-W35 MID" },
        { "Akhir pekan ini ia ke Bali.", "[Akhir pekan ini] DATE 2025-W36-WE" },
        { "Pada medio 2025 ia ke Bali.", "[medio 2025] DATE 2025 MID" },
        { "KTT berlangsung 28 Februari-1 Maret 2024.", "[28 Februari-1 Maret 2024] DATE 2024-02-28/2024-03-01" },
        { "Rapat digelar Selasa-Rabu (2-3/9) di Jakarta.", "[Selasa-Rabu (2-3/9)] DATE 2025-09-02/2025-09-03" },
        { "Latihan digelar pada Agustus-September tahun depan.", "[Agustus-September tahun depan] DATE 2026-08/2026-09" },
        { "Latihan digelar pada Januari hingga Maret tahun lalu.", "[Januari hingga Maret tahun lalu] DATE 2024-01/2024-03" },
        { "Rapat digelar Senin - Selasa (1-2/9/2025).", "[Senin - Selasa (1-2/9/2025)] DATE 2025-09-01/2025-09-02" },
        { "Pada 31 Agustus-2 September ia di Bali.", "[31 Agustus-2 September] DATE 2025-08-31/2025-09-02" },
        { "KTT akan digelar Kamis (11/9).", "[Kamis (11/9)] DATE 2025-09-11" },
        { "Presiden akan berangkat dari Pangkalan TNI AU Halim Perdanakusuma, Jakarta Timur, pada Jumat malam.", "[Jumat malam] DATE 2025-09-05" },
        { "Rapat berikutnya akan digelar Senin (5/1).", "[Senin (5/1)] DATE 2026-01-05" },
        { "Kesepakatan itu telah diteken pada Desember.", "[Desember] DATE 2024-12" },
        { "Ia terpilih pada 2020. Dua tahun kemudian ia mundur.", "[2020] DATE 2020 | [Dua tahun kemudian] DATE 2022" },
        { "Ia terpilih pada akhir 2020. Setahun kemudian ia mundur.", "[akhir 2020] DATE 2020 END | [Setahun kemudian] DATE 2021" },
        { "Ia terpilih pada Desember 2024. Dua bulan kemudian ia mundur.", "[Desember 2024] DATE 2024-12 | [Dua bulan kemudian] DATE 2025-02" },
        { "Ia tiba pada 3 Maret 2019. Pada 2020 ia terpilih. Setahun kemudian ia mundur.", "[3 Maret 2019] DATE 2019-03-03 | [2020] DATE 2020 | [Setahun kemudian] DATE 2021" },
        { "Ia tiba pada 3 Maret 2019. Pada 2020 ia terpilih. Tiga hari kemudian ia mundur.", "[3 Maret 2019] DATE 2019-03-03 | [2020] DATE 2020 | [Tiga hari kemudian] DATE 2019-03-06" },
        // A bare clock time takes the day of the same or the previous sentence only (a quotation's line reaches one further).
        { "Ia tiba Selasa (2/9/2025). Ia menuju hotel. Rapat dimulai pukul 19.30.", "[Selasa (2/9/2025)] DATE 2025-09-02 | [pukul 19.30] TIME 2025-09-04T19:30" },
        // A verb that reports a completed event puts a month or day without a year in the past; a future cue, a deadline
        // and a verb of holding an event keep the nearest reading.
        { "Jembatan itu diresmikan gubernur pada Januari.", "[Januari] DATE 2025-01" },
        { "Kapal tanker itu karam di perairan Natuna pada Februari.", "[Februari] DATE 2025-02" },
        { "Pada Maret, gudang itu terbakar.", "[Maret] DATE 2025-03" },
        { "Tersangka ditangkap pada 20 Desember.", "[20 Desember] DATE 2024-12-20" },
        { "Jembatan itu akan diresmikan pada Januari.", "[Januari] DATE 2026-01" },
        { "Masa jabatannya diperpanjang hingga Februari.", "[Februari] DATE 2026-02" },
        { "Festival itu digelar pada Desember.", "[Desember] DATE 2025-12" },
        // The clause's own aspect word counts however far back it stands; another clause's does not.
        { "Jepang telah mengirim bantuan sebesar 5 juta dolar AS kepada badan pangan dunia di kawasan itu pada Januari.", "[Januari] DATE 2025-01" },
        { "Kementerian itu akan memberlakukan sanksi pada bank milik negara, kata juru bicara kantor itu dalam sebuah cuitan pada Jumat.", "[Jumat] DATE 2025-08-29" },
    };

    public static TheoryData<string, string> MonthsAndYearsNamedBefore => new()
    {
        // `tahun itu`, `tahun tersebut`, `tahun yang sama`, `bulan yang sama` take the year or month of the date the text
        // named last, whatever its tense, not the document date's.
        { "Proyek itu dimulai sejak 2018, dan pada Oktober tahun itu pabrik dibuka.", "[2018] DATE 2018 | [Oktober tahun itu] DATE 2018-10" },
        { "Pemilu akan digelar pada 2029. Pada April tahun tersebut KPU menetapkan calon.", "[2029] DATE 2029 | [April tahun tersebut] DATE 2029-04" },
        { "Ia tiba 11 Januari 2026. Pada akhir bulan yang sama ia pergi.", "[11 Januari 2026] DATE 2026-01-11 | [akhir bulan yang sama] DATE 2026-01 END" },
        { "Kesepakatan diteken 3 Maret 2019. Pada bulan yang sama ia mundur.", "[3 Maret 2019] DATE 2019-03-03 | [bulan yang sama] DATE 2019-03" },
        { "Ia lahir pada 1990. Pada tahun yang sama ayahnya wafat.", "[1990] DATE 1990 | [tahun yang sama] DATE 1990" },
        { "Ia menjabat sejak 2019. Akhir tahun itu ia mundur.", "[2019] DATE 2019 | [Akhir tahun itu] DATE 2019 END" },
        { "Pada Januari 2020 ia terpilih. Pada bulan Mei tahun itu ia mundur.", "[Januari 2020] DATE 2020-01 | [bulan Mei tahun itu] DATE 2020-05" },
        { "Ia tiba pada 2018. Pada 5 Oktober tahun itu ia pergi.", "[2018] DATE 2018 | [5 Oktober tahun itu] DATE 2018-10-05" },
        { "Data terakhir terkait dengan 24 Oktober tahun lalu.", "[24 Oktober tahun lalu] DATE 2024-10-24" },
        { "Sejak 2018 ia di sana. Pada Mei-Juni tahun itu ia pergi.", "[2018] DATE 2018 | [Mei-Juni tahun itu] DATE 2018-05/2018-06" },
        { "Laba bank naik pada 2024. Pada kuartal ketiga tahun itu laba turun.", "[2024] DATE 2024 | [kuartal ketiga tahun itu] DATE 2024-Q3" },
        { "Ia tiba pada Selasa (2/9/2025). Pada hari tersebut ia bertemu presiden.", "[Selasa (2/9/2025)] DATE 2025-09-02 | [hari tersebut] DATE 2025-09-02" },
        // A duration names no year; two years are not one.
        { "Pada 2019 ia menjabat selama dua tahun. Pada Oktober tahun itu ia mundur.", "[2019] DATE 2019 | [dua tahun] DURATION P2Y | [Oktober tahun itu] DATE 2019-10" },
        { "Pada 2019-2020 ia menjabat. Pada tahun itu ia mundur.", "[2019-2020] DATE 2019/2020" },
        // With no year before it, a month keeps its month and leaves the year unknown.
        { "Pada bulan April tahun itu, ia menolak berdamai.", "[bulan April tahun itu] DATE XXXX-04" },
    };

    public static TheoryData<string, string> YearsComparedWith => new()
    {
        // A month compared with comes before the one reported in its sentence, or else lies in the past.
        { "Penjualan pada Agustus naik dibandingkan Mei.", "[Agustus] DATE 2025-08 | [Mei] DATE 2025-05" },
        { "Harga kini lebih rendah daripada Oktober.", "[Oktober] DATE 2024-10" },
        { "Harga lebih tinggi dibanding Juli, tetapi lebih rendah dibanding Januari.", "[Juli] DATE 2025-07 | [Januari] DATE 2025-01" },
        // The period before or after the one named last.
        { "Laba sepanjang 2023 naik dibandingkan tahun sebelumnya.", "[2023] DATE 2023 | [tahun sebelumnya] DATE 2022" },
        { "Pada 2018 harga naik, lalu turun pada tahun berikutnya.", "[2018] DATE 2018 | [tahun berikutnya] DATE 2019" },
        { "Inflasi pada Juli 2025 turun dibandingkan bulan sebelumnya.", "[Juli 2025] DATE 2025-07 | [bulan sebelumnya] DATE 2025-06" },
        { "Ekspor turun sekitar 50 persen dibandingkan dengan 2023.", "[2023] DATE 2023" },
        { "Laba naik 12 persen dibanding 2024 yang sebesar Rp49 triliun.", "[2024] DATE 2024" },
        { "Penjualan mobil ketimbang 2022 naik tajam.", "[2022] DATE 2022" },
        { "Nilainya lebih tinggi daripada 2019 menurut data BPS.", "[2019] DATE 2019" },
        { "Harga naik dari 2023 ke 2024 sebesar 10 persen.", "[2023] DATE 2023 | [2024] DATE 2024" },
        // Time runs forward from the first year: a smaller number after `ke` is a count.
        { "Jumlahnya turun dari 2024 ke 1990 unit.", "[2024] DATE 2024" },
    };

    public static TheoryData<string, string> QuartersAndHalves => new()
    {
        { "Ekonomi tumbuh 5,12 persen pada kuartal II-2025.", "[kuartal II-2025] DATE 2025-Q2" },
        { "Laba naik pada triwulan I 2025.", "[triwulan I 2025] DATE 2025-Q1" },
        { "Ekspor turun pada kuartal III/2024.", "[kuartal III/2024] DATE 2024-Q3" },
        { "Penjualan Q3 2025 dan Q1/2026 naik.", "[Q3 2025] DATE 2025-Q3 | [Q1/2026] DATE 2026-Q1" },
        { "Pada kuartal ke-4 2024 harga naik.", "[kuartal ke-4 2024] DATE 2024-Q4" },
        { "Pada kuartal pertama tahun ini harga naik.", "[kuartal pertama tahun ini] DATE 2025-Q1" },
        { "Inflasi melambat pada kuartal ketiga.", "[kuartal ketiga] DATE 2025-Q3" },
        { "Defisit melebar pada semester I-2024.", "[semester I-2024] DATE 2024-H1" },
        { "Pada semester kedua tahun lalu impor naik.", "[semester kedua tahun lalu] DATE 2024-H2" },
        { "Proyek rampung pada paruh pertama 2026.", "[paruh pertama 2026] DATE 2026-H1" },
        { "Target tercapai pada akhir kuartal III 2025.", "[akhir kuartal III 2025] DATE 2025-Q3 END" },
        { "Pertumbuhan melambat dibanding kuartal lalu.", "[kuartal lalu] DATE 2025-Q2" },
        { "Laba Q1 tahun ini naik.", "[Q1 tahun ini] DATE 2025-Q1" },
        { "Ekspor pada semester pertama tahun ini naik.", "[semester pertama tahun ini] DATE 2025-H1" },
    };

    public static TheoryData<string, string> WordsBesideADate => new()
    {
        // A day word after a written date belongs to it and leaves it its value, as `Senin (14/11/2022) ini` does.
        { "Sidang dilanjutkan Jumat (5/9) besok.", "[Jumat (5/9) besok] DATE 2025-09-05" },
        { "Putusan dibacakan Sabtu (6/9) lusa.", "[Sabtu (6/9) lusa] DATE 2025-09-06" },
        { "Ia ditangkap Jumat (29/8) pekan lalu.", "[Jumat (29/8) pekan lalu] DATE 2025-08-29" },
        { "Konflik pecah sejak Jumat (13/6) pekan lalu.", "[Jumat (13/6) pekan lalu] DATE 2025-06-13" },
        { "Rapat digelar Kamis (4/9) hari ini.", "[Kamis (4/9) hari ini] DATE 2025-09-04" },
        { "Ia tiba 29 Agustus pekan lalu.", "[29 Agustus pekan lalu] DATE 2025-08-29" },
        // After a clock the day word counts from the document date (or the quotation's day), not from the day named before.
        { "Kapal terdeteksi hingga pukul 06.00 pagi ini.", "[pukul 06.00 pagi ini] TIME 2025-09-04T06:00" },
        { "Ia tiba Selasa (2/9/2025). Gempa terjadi pukul 06.00 pagi ini.", "[Selasa (2/9/2025)] DATE 2025-09-02 | [pukul 06.00 pagi ini] TIME 2025-09-04T06:00" },
        { "Ia tiba Selasa (2/9/2025). Ledakan terdengar pukul 23.00 malam tadi.", "[Selasa (2/9/2025)] DATE 2025-09-02 | [pukul 23.00 malam tadi] TIME 2025-09-03T23:00" },
        { "\"Kami tiba pukul 06.00 pagi ini,\" kata menteri itu, Senin (1/9/2025).", "[pukul 06.00 pagi ini] TIME 2025-09-01T06:00 | [Senin (1/9/2025)] DATE 2025-09-01" },
        { "Laga digelar pukul 15.00 WIB hari ini (8/8/2014).", "[pukul 15.00 WIB hari ini (8/8/2014)] TIME 2014-08-08T15:00+07:00" },
        // A part of the day after a day and month stays in the span and leaves the day's value, as after a weekday.
        { "Operasi dimulai pada 7 Mei dini hari.", "[7 Mei dini hari] DATE 2025-05-07" },
        { "Hujan turun 10 Mei sore.", "[10 Mei sore] DATE 2025-05-10" },
        { "Ia tiba 2 September 2025 malam.", "[2 September 2025 malam] DATE 2025-09-02" },
    };

    public static TheoryData<string, string> YearsWithTheirEra => new()
    {
        { "Kuota musim haji 2026 Masehi ditetapkan.", "[2026 Masehi] DATE 2026" },
        { "Pada 2025 Masehi kuotanya naik.", "[2025 Masehi] DATE 2025" },
        // A Hijri year has no ISO value; its Gregorian twin is the date.
        { "Haji 1446 Hijriah atau 2025 Masehi berjalan lancar.", "[2025 Masehi] DATE 2025" },
        { "Tahun Baru 1447 H / 2025 M dirayakan.", "[2025 M] DATE 2025" },
        { "Tanggal 27 Juni 2025 M bertepatan dengan 1 Muharram.", "[Tanggal 27 Juni 2025 M] DATE 2025-06-27" },
    };

    public static TheoryData<string, string> EventNames => new()
    {
        // Numbers inside an event's name are no length; a lower-case unit still is one.
        { "Konflik ini mengingatkan pada Perang Enam Hari tahun 1967.", "[tahun 1967] DATE 1967" },
        { "Perang itu berlangsung 12 hari.", "[12 hari] DURATION P12D" },
    };

    public static TheoryData<string, string> Stretches => new()
    {
        { "Harga naik dalam dua pekan mendatang.", "[dua pekan mendatang] DURATION P2W" },
        { "Dana itu cair dalam lima tahun ke depan.", "[lima tahun ke depan] DURATION P5Y" },
        // Between two counts: one span, the longer length at most.
        { "Tarif dihapus dalam jangka waktu lima hingga 10 tahun.", "[lima hingga 10 tahun] DURATION P10Y EQUAL_OR_LESS" },
        { "Moskow mengusulkan gencatan senjata selama dua hingga tiga hari.", "[dua hingga tiga hari] DURATION P3D EQUAL_OR_LESS" },
        { "Pendakian butuh 4 - 6 jam.", "[4 - 6 jam] DURATION PT6H EQUAL_OR_LESS" },
        // A range that is no length keeps the date after it.
        { "Ia tiba dua hingga tiga hari lalu.", "[tiga hari lalu] DATE 2025-09-01" },
        // `selama … lagi` is for more of the time, a length like `mendatang` after `dalam`; without `selama` a day ahead.
        { "Masa tugas diperpanjang selama tiga pekan lagi.", "[tiga pekan lagi] DURATION P3W" },
        { "Pasukan bertahan selama beberapa bulan lagi.", "[beberapa bulan lagi] DURATION PXM" },
        { "Warga mengungsi selama sekitar dua hari lagi.", "[sekitar dua hari lagi] DURATION P2D APPROX" },
        { "Hasil pemilu diumumkan tiga hari lagi.", "[tiga hari lagi] DATE 2025-09-07" },
    };

    public static TheoryData<string, string> MonthLists => new()
    {
        // Coordinated months are separate dates; a later one follows the one before it, a year written once is each one's.
        { "Produksi naik untuk Mei, Juni, dan Juli.", "[Mei] DATE 2025-05 | [Juni] DATE 2025-06 | [Juli] DATE 2025-07" },
        { "Rapat berikutnya dijadwalkan pada Oktober atau November.", "[Oktober] DATE 2025-10 | [November] DATE 2025-11" },
        { "Inflasi Juli dan Agustus 2024 melambat.", "[Juli] DATE 2024-07 | [Agustus 2024] DATE 2024-08" },
        { "Harga naik antara Desember 2024 dan Januari.", "[Desember 2024] DATE 2024-12 | [Januari] DATE 2025-01" },
        { "Tingkat produksi Agustus turun.", "[Agustus] DATE 2025-08" },
        { "Minyak Brent untuk kontrak November turun.", "[November] DATE 2025-11" },
    };

    public static TheoryData<string> NotDates => new()
    {
        "Indonesia meratifikasi UNCLOS 1982.",
        "Piala Dunia 2022 digelar di Qatar.",
        "Kapal berada di 08 derajat 50 menit lintang selatan.",
        "Timnas menang 2-1 atas Vietnam.",
        "Ia menyerahkan 25 dokumen.",
        "Kebijakan itu berubah saat ini.",
        "Ia sudah bekerja selama ini.",
        "Ia tiba beberapa hari lalu.",
        "Ia tiba tadi.",
        "Rencana itu berlaku tahun yang akan datang.",
        "Hubungan itu berusia sekitar 75 tahun.",
        "ASEAN memperingati 30 tahun kemitraan dengan China.",
        "Pada hari pertama sekolah murid datang pagi.",
        "Sebanyak 2015 orang mengungsi.",
        "Ia mahasiswa semester 5 dan baru lulus semester pertama.",
        "Kode Q5 dan kuartal V bukan penanda waktu.",
        "Tombol Q1 dan Q2 ada di panel depan.",
        "Editor: Atman Ahdiat\nCopyright © ANTARA 2025",
        "Hak Cipta ANTARA 2025",
        "Agenda itu disiapkan sejak jauh-jauh hari sebelumnya.",
        "Sejak hari pertama berlaku, aturan itu dikritik.",
        "Pada tahun itu ia pindah ke Bandung.",
        "Pria berusia 77 tahun itu ditahan polisi.",
        "Ia menang dengan 2024 suara.",
        "Jumlah kasus naik dibandingkan dengan 2.023 kasus sebelumnya.",
        "Skor akhir 11:42 untuk tuan rumah.",
        "Kuota jemaah pada 1446 H naik.",
        "Pada tahun 1446 Hijriah kuota naik.",
        "Ketinggian gunung itu 2000 M.",
        "Trump menyebut konflik itu sebagai Perang 12 Hari.",
        "Perang Seratus Tahun terjadi di Eropa.",
        "Remaja berusia 10 - 18 tahun ikut survei.",
        "Relawan berusia 5 hingga 25 tahun.",
        "Juni Rahayu hadir dalam rapat itu.",
        "Agustus Sani berkata harga naik.",
        "Hadir Juni Rahayu dan Agustus Sani.",
        "Rapat dihadiri Mei dan Juni Rahayu.",
        "Kemudian Sri Mei dan Juni datang.",
        "Kata Agustus, harga naik.",
        "Aturan itu tertuang dalam Peraturan Menteri Nomor 12 Tahun 2019 tentang ekspor.",
        "Ia dijerat UU No. 8 Tahun 2010 dan Peraturan Pemerintah (PP) Nomor 5 tahun 2021.",
        "Indonesia meratifikasi Konvensi Jenewa 1949 dan Protokol Kyoto 1997.",
        "Negara itu terikat Konvensi PBB tentang Hukum Laut 1982.",
        "Bantuan disiapkan untuk 2026 orang pengungsi.",
        "Sahamnya naik 10.05 persen dan indeks ditutup di 7.123.456.",
        "Kode 31.02.2024 tidak berlaku.",
    };

    [Theory]
    [MemberData(nameof(Bylines))]
    [MemberData(nameof(Numerals))]
    [MemberData(nameof(SetsAndVagueDurations))]
    [MemberData(nameof(DeicticWordsAndModifiers))]
    [MemberData(nameof(Anchors))]
    [MemberData(nameof(MonthsAndYearsNamedBefore))]
    [MemberData(nameof(YearsComparedWith))]
    [MemberData(nameof(QuartersAndHalves))]
    [MemberData(nameof(WordsBesideADate))]
    [MemberData(nameof(YearsWithTheirEra))]
    [MemberData(nameof(EventNames))]
    [MemberData(nameof(Stretches))]
    [MemberData(nameof(MonthLists))]
    public void Recognizes_span_type_value_and_mod(string text, string expected) =>
        Assert.Equal(expected, string.Join(" | ", Dates(text).Select(Row)));

    [Theory]
    [MemberData(nameof(NotDates))]
    public void Does_not_report_names_counts_coordinates_scores_or_vague_references(string text) =>
        Assert.Empty(Dates(text));

    [Fact]
    public void Sets_are_typed_SET_without_calendar_days()
    {
        var set = Assert.Single(Dates("Latihan digelar setiap hari."));
        Assert.Equal(TimexType.Set, set.Type);
        Assert.Null(set.FirstDay);
        Assert.Null(set.LastDay);
    }

    [Fact]
    public void A_date_mismatching_its_weekday_is_flagged_in_json_and_a_fitting_one_leaves_the_field_out()
    {
        var json = Geopolitics.Nlp.Serialization.GeoNlpJson.Serialize(Analyzer.Analyze("Mereka bertemu Rabu (4/9/2025) dan Rabu (3/9/2025).", new AnalysisOptions { DocumentDate = new DateOnly(2025, 9, 4) }));
        Assert.Equal(1, json.Split("weekdayMismatch").Length - 1);
        Assert.Contains("\"weekdayMismatch\":true", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_with_a_capitalized_unit_inside_a_name_the_caller_gives_is_part_of_the_name()
    {
        const string text = "Operasi 100 Hari dimulai selama 100 Hari.";
        var tokens = Geopolitics.Nlp.Tokenization.IndonesianTokenizer.Default.Tokenize(text);
        Geopolitics.Nlp.Sentences.Sentence[] sentence = [new(0, text.Length, 0, tokens.Length)];
        var alone = TemporalTagger.Default.Tag(text, tokens.AsSpan(), sentence, new DateOnly(2025, 9, 4), []);
        Assert.Equal(["100 Hari", "100 Hari"], alone.Dates.Select(d => d.Text));

        // Given `Operasi 100 Hari` as a name, its count is a word of it; the same words outside the name stay a length.
        var named = TemporalTagger.Default.Tag(text, tokens.AsSpan(), sentence, new DateOnly(2025, 9, 4), [new Geopolitics.Nlp.Text.TextSpan(0, 16)]);
        Assert.Equal("P100D", Assert.Single(named.Dates).Value);
        Assert.Equal(32, named.Dates[0].Start);
    }

    [Fact]
    public void The_component_keeps_patterns_inside_the_sentences_it_is_given()
    {
        const string text = "Ia tiba 3 September 2025 10:00 WIB";
        var tokens = Geopolitics.Nlp.Tokenization.IndonesianTokenizer.Default.Tokenize(text);
        var whole = TemporalTagger.Default.Tag(text, tokens.AsSpan(), [new Geopolitics.Nlp.Sentences.Sentence(0, text.Length, 0, tokens.Length)], new DateOnly(2025, 9, 4), []);
        Assert.Equal("3 September 2025 10:00 WIB", Assert.Single(whole.Dates).Text);

        // The same tokens split before the clock: the date cannot take it, and the clock alone keeps the date's day.
        var split = TemporalTagger.Default.Tag(text, tokens.AsSpan(), [new Geopolitics.Nlp.Sentences.Sentence(0, 24, 0, 5), new Geopolitics.Nlp.Sentences.Sentence(25, text.Length, 5, tokens.Length - 5)], new DateOnly(2025, 9, 4), []);
        Assert.Equal(["3 September 2025", "10:00 WIB"], split.Dates.Select(d => d.Text));
        Assert.Equal("2025-09-03T10:00+07:00", split.Dates[1].Value);
    }
}
