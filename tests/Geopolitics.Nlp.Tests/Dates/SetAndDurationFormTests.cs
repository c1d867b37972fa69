using Geopolitics.Nlp.Dates;

namespace Geopolitics.Nlp.Tests.Dates;

/// <summary>
/// Sets, vague durations, stretches from now and ranges of lengths; counts inside event names. Each row is a sentence and its expressions with exact span, type, value and mod
/// (<see cref="NewsDates"/>: document date 2025-09-04, a Thursday).
/// </summary>
public class SetAndDurationFormTests
{
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

    public static TheoryData<string, string> Stretches => new()
    {
        { "Harga naik dalam dua pekan mendatang.", "[dua pekan mendatang] DURATION P2W" },
        { "Dana itu cair dalam lima tahun ke depan.", "[lima tahun ke depan] DURATION P5Y" },
        // Between two counts: one span, the longer length at most.
        { "Tarif dihapus dalam jangka waktu lima hingga 10 tahun.", "[lima hingga 10 tahun] DURATION P10Y EQUAL_OR_LESS" },
        { "Moskow mengusulkan gencatan senjata selama dua hingga tiga hari.", "[dua hingga tiga hari] DURATION P3D EQUAL_OR_LESS" },
        { "Pendakian butuh 4 - 6 jam.", "[4 - 6 jam] DURATION PT6H EQUAL_OR_LESS" },
        { "Pengungsi menunggu lima-enam jam di perbatasan.", "[lima-enam jam] DURATION PT6H EQUAL_OR_LESS" },
        // A range of days counted from now is one date from the nearer day to the farther.
        { "Ia tiba dua hingga tiga hari lalu.", "[dua hingga tiga hari lalu] DATE 2025-09-01/2025-09-02" },
        { "Gencatan senjata bisa tercapai tiga hingga empat hari lagi.", "[tiga hingga empat hari lagi] DATE 2025-09-07/2025-09-08" },
        { "Hasilnya keluar dua-tiga pekan lagi.", "[dua-tiga pekan lagi] DATE 2025-W38/2025-W39" },
        // `selama … lagi` is for more of the time, a length like `mendatang` after `dalam`; without `selama` a day ahead.
        { "Masa tugas diperpanjang selama tiga pekan lagi.", "[tiga pekan lagi] DURATION P3W" },
        { "Pasukan bertahan selama beberapa bulan lagi.", "[beberapa bulan lagi] DURATION PXM" },
        { "Warga mengungsi selama sekitar dua hari lagi.", "[sekitar dua hari lagi] DURATION P2D APPROX" },
        { "Hasil pemilu diumumkan tiga hari lagi.", "[tiga hari lagi] DATE 2025-09-07" },
        // A length in two units is one length; a thousands separator is part of the count.
        { "Rekaman itu berdurasi 2 menit 40 detik.", "[2 menit 40 detik] DURATION PT2M40S" },
        { "Penerbangan memakan waktu 7 jam 15 menit.", "[7 jam 15 menit] DURATION PT7H15M" },
        { "Terdakwa divonis 4 tahun 3 bulan penjara.", "[4 tahun 3 bulan] DURATION P4Y3M" },
        { "Pendakian itu butuh 2 hari 6 jam.", "[2 hari 6 jam] DURATION P2DT6H" },
        { "Blokade berlangsung lebih dari 1.500 hari.", "[lebih dari 1.500 hari] DURATION P1500D MORE_THAN" },
        { "Sandera ditahan selama 1.100 hari.", "[1.100 hari] DURATION P1100D" },
        // ISO 8601 writes no week beside another unit: two lengths.
        { "Ia dirawat 2 minggu 3 hari.", "[2 minggu] DURATION P2W | [3 hari] DURATION P3D" },
    };

    public static TheoryData<string, string> EventNames => new()
    {
        // Numbers inside an event's name are no length; a lower-case unit still is one.
        { "Konflik ini mengingatkan pada Perang Enam Hari tahun 1967.", "[tahun 1967] DATE 1967" },
        { "Perang itu berlangsung 12 hari.", "[12 hari] DURATION P12D" },
    };
    [Theory]
    [MemberData(nameof(SetsAndVagueDurations))]
    [MemberData(nameof(Stretches))]
    [MemberData(nameof(EventNames))]
    public void Recognizes_sets_and_durations(string text, string expected) =>
        Assert.Equal(expected, NewsDates.Rows(text));
}
