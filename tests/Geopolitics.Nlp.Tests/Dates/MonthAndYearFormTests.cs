using Geopolitics.Nlp.Dates;

namespace Geopolitics.Nlp.Tests.Dates;

/// <summary>
/// Months and years named before, compared with or listed; quarters and halves; years with their era. Each row is a sentence and its expressions with exact span, type, value and mod
/// (<see cref="NewsDates"/>: document date 2025-09-04, a Thursday).
/// </summary>
public class MonthAndYearFormTests
{
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
        // The quarter or half before or after the one named last; with none named, the document date's.
        { "Ekonomi tumbuh 4,9 persen pada kuartal I-2025, turun dari kuartal sebelumnya.", "[kuartal I-2025] DATE 2025-Q1 | [kuartal sebelumnya] DATE 2024-Q4" },
        { "Laba naik pada semester II-2024 dibanding semester sebelumnya.", "[semester II-2024] DATE 2024-H2 | [semester sebelumnya] DATE 2024-H1" },
        { "Penjualan turun dibanding triwulan sebelumnya.", "[triwulan sebelumnya] DATE 2025-Q2" },
        // The first months of a year named after them are one range from January.
        { "Ekspor naik dalam delapan bulan pertama 2024.", "[delapan bulan pertama 2024] DATE 2024-01/2024-08" },
        { "Impor turun dalam tujuh bulan pertama tahun ini.", "[tujuh bulan pertama tahun ini] DATE 2025-01/2025-07" },
        { "Inflasi melambat pada kuartal ketiga.", "[kuartal ketiga] DATE 2025-Q3" },
        { "Defisit melebar pada semester I-2024.", "[semester I-2024] DATE 2024-H1" },
        { "Pada semester kedua tahun lalu impor naik.", "[semester kedua tahun lalu] DATE 2024-H2" },
        { "Proyek rampung pada paruh pertama 2026.", "[paruh pertama 2026] DATE 2026-H1" },
        { "Target tercapai pada akhir kuartal III 2025.", "[akhir kuartal III 2025] DATE 2025-Q3 END" },
        { "Pertumbuhan melambat dibanding kuartal lalu.", "[kuartal lalu] DATE 2025-Q2" },
        { "Laba Q1 tahun ini naik.", "[Q1 tahun ini] DATE 2025-Q1" },
        { "Ekspor pada semester pertama tahun ini naik.", "[semester pertama tahun ini] DATE 2025-H1" },
    };

    public static TheoryData<string, string> YearsWithTheirEra => new()
    {
        { "Kuota musim haji 2026 Masehi ditetapkan.", "[2026 Masehi] DATE 2026" },
        { "Pada 2025 Masehi kuotanya naik.", "[2025 Masehi] DATE 2025" },
        // A Hijri year has no ISO value; its Gregorian twin is the date.
        { "Haji 1446 Hijriah atau 2025 Masehi berjalan lancar.", "[2025 Masehi] DATE 2025" },
        { "Tahun Baru 1447 H / 2025 M dirayakan.", "[2025 M] DATE 2025" },
        { "Tanggal 27 Juni 2025 M bertepatan dengan 1 Muharram.", "[Tanggal 27 Juni 2025 M] DATE 2025-06-27" },
        // The twin glued to the Hijri era word by a slash, as the tokenizer keeps it: the part after the slash.
        { "Musim haji 1446 H/2025 M berakhir.", "[2025 M] DATE 2025" },
        { "Kuota haji 1447 Hijriah/2026 Masehi diumumkan.", "[2026 Masehi] DATE 2026" },
        { "Puasa 1446 H/2025 berakhir.", "[2025] DATE 2025" },
    };

    public static TheoryData<string, string> YearsAfterANoun => new()
    {
        // A year after a noun it dates, where the clause goes on (a count goes on to what it counts).
        { "ICJ menegaskan putusan 1962 bahwa kuil itu milik Kamboja.", "[1962] DATE 1962" },
        { "Krisis keuangan 1998 masih membekas.", "[1998] DATE 1998" },
        { "Iran ingin kesepakatan nuklir 2015 berlaku lagi.", "[2015] DATE 2015" },
        { "Putusan 1962 itu ditegaskan kembali.", "[1962] DATE 1962" },
        // A resolution's number dated by `tahun` and its year: the year is the date, the number no length.
        { "Israel melanggar Resolusi Dewan Keamanan PBB 1701 tahun 2006.", "[tahun 2006] DATE 2006" },
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
        // After `antara`, two dates joined by `dan` bound one range.
        { "Pemilu digelar antara 15 Juli dan 5 Agustus 2024.", "[15 Juli dan 5 Agustus 2024] DATE 2024-07-15/2024-08-05" },
        { "Harga naik antara 2020 dan 2023.", "[2020 dan 2023] DATE 2020/2023" },
        // A numbered week of a month: the month, with the part the week falls in.
        { "Hasil pemilu diumumkan pada pekan pertama Februari.", "[pekan pertama Februari] DATE 2026-02 START" },
        { "Delegasi tiba pada pekan terakhir Juni 2025.", "[pekan terakhir Juni 2025] DATE 2025-06 END" },
        { "Rapat dijadwalkan pada minggu kedua bulan depan.", "[minggu kedua bulan depan] DATE 2025-10 MID" },
        { "Laporan itu terbit pada pekan kelima Maret.", "[pekan kelima Maret] DATE 2026-03 END" },
        // A month alone after a verb, ending its clause: the time the verb happens at, its preposition left out.
        { "Kunjungan kenegaraan itu digelar Oktober.", "[Oktober] DATE 2025-10" },
        { "Pameran dagang itu dibuka November, lebih awal dari rencana.", "[November] DATE 2025-11" },
    };
    [Theory]
    [MemberData(nameof(MonthsAndYearsNamedBefore))]
    [MemberData(nameof(YearsComparedWith))]
    [MemberData(nameof(QuartersAndHalves))]
    [MemberData(nameof(YearsWithTheirEra))]
    [MemberData(nameof(YearsAfterANoun))]
    [MemberData(nameof(MonthLists))]
    public void Recognizes_months_years_quarters_and_eras(string text, string expected) =>
        Assert.Equal(expected, NewsDates.Rows(text));
}
