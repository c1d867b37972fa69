using Geopolitics.Nlp.Dates;

namespace Geopolitics.Nlp.Tests.Dates;

/// <summary>
/// Deictic words inside spans, modifiers, the anchors of relative dates and bare clocks, and the words beside a date that belong to it. Each row is a sentence and its expressions with exact span, type, value and mod
/// (<see cref="NewsDates"/>: document date 2025-09-04, a Thursday).
/// </summary>
public class DeicticAndAnchorFormTests
{
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
        { "Pemadaman berlangsung sekira empat jam.", "[sekira empat jam] DURATION PT4H APPROX" },
        { "Sidang berlangsung kira-kira dua jam.", "[kira-kira dua jam] DURATION PT2H APPROX" },
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
        // A month range names no day: a day offset after it counts from the narrative's last day.
        {
            "Rapat digelar Selasa (2/9/2025). Laporan mencakup Maret-Juni 2025. Keesokan harinya menteri berpidato.",
            "[Selasa (2/9/2025)] DATE 2025-09-02 | [Maret-Juni 2025] DATE 2025-03/2025-06 | [Keesokan harinya] DATE 2025-09-03"
        },
        // An offset from an event (`setelah` + the event) stays a length, as the seed gold has `beberapa hari setelah
        // kunjungan`: the event's day is seldom the narrative's last one (`pada 1972, hampir tiga dekade setelah …`).
        { "Vonis dibacakan Senin (1/9/2025). Kerusuhan pecah sehari setelah vonis dibacakan.", "[Senin (1/9/2025)] DATE 2025-09-01 | [sehari] DURATION P1D" },
        { "Ia tiba sehari setelah pertemuan puncak pada Jumat (29/8/2025).", "[sehari] DURATION P1D | [Jumat (29/8/2025)] DATE 2025-08-29" },
        { "Ia tiba Senin (1/9/2025). Pasukan siap dikirim dalam waktu dua pekan setelah perintah turun.", "[Senin (1/9/2025)] DATE 2025-09-01 | [dua pekan] DURATION P2W" },
        { "Ia tiba Senin (1/9/2025). Ia pergi beberapa hari setelah pemilu.", "[Senin (1/9/2025)] DATE 2025-09-01 | [beberapa hari] DURATION PXD" },
        { "Ia tiba pada 20 Juni 2025, sehari setelah menerima undangan.", "[20 Juni 2025] DATE 2025-06-20 | [sehari] DURATION P1D" },
        // No count: the date referred back to, mod AFTER (BEFORE); a month for a smaller unit only APPROX; with no date before it, nothing.
        { "Gencatan senjata diteken Senin (1/9/2025). Beberapa hari kemudian, serangan berlanjut.", "[Senin (1/9/2025)] DATE 2025-09-01 | [Beberapa hari kemudian] DATE 2025-09-01 AFTER" },
        { "Bank itu berdiri pada 2010. Beberapa tahun kemudian ia bangkrut.", "[2010] DATE 2010 | [Beberapa tahun kemudian] DATE 2010 AFTER" },
        { "Partai itu berdiri pada 1955. Beberapa dekade kemudian partai itu bubar.", "[1955] DATE 1955 | [Beberapa dekade kemudian] DATE 1955 AFTER" },
        { "Delegasi tiba pada Juni lalu, dan beberapa hari kemudian perjanjian diteken.", "[Juni lalu] DATE 2025-06 | [beberapa hari kemudian] DATE 2025-06 APPROX" },
        { "Beberapa hari kemudian, polisi menangkap pelaku.", "" },
        { "Ledakan terjadi Senin (1/9/2025). Beberapa jam kemudian api padam.", "[Senin (1/9/2025)] DATE 2025-09-01 | [Beberapa jam] DURATION PTXH" },
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
        // Kompas writes `”` for both marks: the one before a word opens the quotation.
        { "Ia tiba Sabtu. \u201DKami tiba kemarin dan bertemu besok,\u201D kata menteri itu, Senin (1/9/2025).", "[Sabtu] DATE 2025-08-30 | [kemarin] DATE 2025-08-31 | [besok] DATE 2025-09-02 | [Senin (1/9/2025)] DATE 2025-09-01" },
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
        // Capitalized inside a sentence, before a lower-case word, `Minggu` is Sunday (a week is `minggu`); at the start it stays a week.
        { "Kedua menteri bertemu pada Minggu lalu di Bali.", "[Minggu lalu] DATE 2025-08-31" },
        { "Ledakan terjadi Minggu lalu di pelabuhan.", "[Minggu lalu] DATE 2025-08-31" },
        { "Harga minyak turun minggu lalu.", "[minggu lalu] DATE 2025-W35" },
        { "Harga Minyak Turun Minggu Lalu", "[Minggu Lalu] DATE 2025-W35" },
        { "Sejak awal pekan ini harga naik.", "[awal pekan ini] DATE 2025-W36 START" },
        { "Pertengahan minggu lalu ia ke Bali.", "[Pertengahan minggu lalu] DATE 2025-W35 MID" },
        { "Akhir pekan ini ia ke Bali.", "[Akhir pekan ini] DATE 2025-W36-WE" },
        { "Pada medio 2025 ia ke Bali.", "[medio 2025] DATE 2025 MID" },
        { "KTT berlangsung 28 Februari-1 Maret 2024.", "[28 Februari-1 Maret 2024] DATE 2024-02-28/2024-03-01" },
        { "Rapat digelar Selasa-Rabu (2-3/9) di Jakarta.", "[Selasa-Rabu (2-3/9)] DATE 2025-09-02/2025-09-03" },
        { "Latihan digelar pada Agustus-September tahun depan.", "[Agustus-September tahun depan] DATE 2026-08/2026-09" },
        { "Latihan digelar pada Januari hingga Maret tahun lalu.", "[Januari hingga Maret tahun lalu] DATE 2024-01/2024-03" },
        { "Rapat digelar Senin - Selasa (1-2/9/2025).", "[Senin - Selasa (1-2/9/2025)] DATE 2025-09-01/2025-09-02" },
        // Two ends written as whole dates, weekday forms or with different precision, joined by one connective: one range.
        { "Pameran dibuka pada Jumat (5/9/2025) hingga Minggu (7/9/2025) malam.", "[Jumat (5/9/2025) hingga Minggu (7/9/2025) malam] DATE 2025-09-05/2025-09-07" },
        { "Latihan digelar Senin (1/9) sampai Rabu (3/9).", "[Senin (1/9) sampai Rabu (3/9)] DATE 2025-09-01/2025-09-03" },
        { "Data dihimpun sejak 2019 hingga Mei 2024.", "[2019 hingga Mei 2024] DATE 2019/2024-05" },
        { "Survei mencakup Februari 2022 hingga 2023.", "[Februari 2022 hingga 2023] DATE 2022-02/2023" },
        { "Proyek berjalan dari 3 Maret 2020 sampai Juni 2021.", "[3 Maret 2020 sampai Juni 2021] DATE 2020-03-03/2021-06" },
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
        // A day after a reporting verb or an attributed quotation dates the saying, past whatever the words said look to;
        // so does a day set off by a comma at the end of a reported sentence. A future cue on the day itself still leads.
        { "\"Kami akan membalas,\" kata menteri itu di Jakarta, Rabu.", "[Rabu] DATE 2025-09-03" },
        { "\"Kami tidak akan mundur,\" tulis presiden itu di platform X pada Minggu malam.", "[Minggu malam] DATE 2025-08-31" },
        { "\"Kami akan bertahan,\" seru menteri itu, Selasa.", "[Selasa] DATE 2025-09-02" },
        { "Menteri itu mengatakan negaranya akan membalas sanksi itu, Selasa malam.", "[Selasa malam] DATE 2025-09-02" },
        { "Menteri itu dijadwalkan akan berkunjung ke Kairo pada Rabu.", "[Rabu] DATE 2025-09-10" },
        { "Menteri itu mengatakan presiden akan tiba pada Senin.", "[Senin] DATE 2025-09-08" },
        { "Direktur lembaga itu mengatakan bantuan hanya cukup hingga akhir Oktober.", "[akhir Oktober] DATE 2025-10 END" },
        { "Direktur lembaga itu, Rina Putri, mengatakan bantuan hanya cukup hingga akhir Oktober.", "[akhir Oktober] DATE 2025-10 END" },
        { "Direktur lembaga itu mengatakan stok pangan habis pada Kamis.", "[Kamis] DATE 2025-09-04" },
        { "Presiden akan menyampaikan pidato pada Senin.", "[Senin] DATE 2025-09-08" },
        { "Presiden akan berpidato dan menyampaikan sikapnya pada Senin.", "[Senin] DATE 2025-09-08" },
        // A part of the day the text just dated; after a night, the next morning.
        { "Ia tiba di Roma pada Rabu (3/9). Pagi harinya ia bertemu Paus.", "[Rabu (3/9)] DATE 2025-09-03 | [Pagi harinya] DATE 2025-09-03" },
        { "Ia tiba di Roma Selasa malam. Pagi harinya ia bertemu Paus.", "[Selasa malam] DATE 2025-09-02 | [Pagi harinya] DATE 2025-09-03" },
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
    [Theory]
    [MemberData(nameof(DeicticWordsAndModifiers))]
    [MemberData(nameof(Anchors))]
    [MemberData(nameof(WordsBesideADate))]
    public void Recognizes_deictic_words_and_anchors(string text, string expected) =>
        Assert.Equal(expected, NewsDates.Rows(text));
}
