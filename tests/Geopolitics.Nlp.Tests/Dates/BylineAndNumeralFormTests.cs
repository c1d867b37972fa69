using Geopolitics.Nlp.Dates;

namespace Geopolitics.Nlp.Tests.Dates;

/// <summary>
/// Bylines and datelines with their clock times, and numerals written as digits, words and `se-` forms. Each row is a sentence and its expressions with exact span, type, value and mod
/// (<see cref="NewsDates"/>: document date 2025-09-04, a Thursday).
/// </summary>
public class BylineAndNumeralFormTests
{
    public static TheoryData<string, string> Bylines => new()
    {
        { "Senin, 1/12/2025 19:30 WIB", "[Senin, 1/12/2025 19:30 WIB] TIME 2025-12-01T19:30+07:00" },
        { "Senin, 1/12/2025 | 19:30 WIB", "[Senin, 1/12/2025] DATE 2025-12-01 | [19:30 WIB] TIME 2025-12-01T19:30+07:00" },
        { "Antaranews.com - 14/09/2020, 09:29 WIB", "[14/09/2020, 09:29 WIB] TIME 2020-09-14T09:29+07:00" },
        { "Senin, 11 Juli 2022 15:04 WIB", "[Senin, 11 Juli 2022 15:04 WIB] TIME 2022-07-11T15:04+07:00" },
        { "Jumat, 30 Desember 2022 - 02:02 WIB", "[Jumat, 30 Desember 2022 - 02:02 WIB] TIME 2022-12-30T02:02+07:00" },
        // Seconds after colons are kept; a date, a dash and a dotted clock ending the line is one TIME too (RRI's byline).
        { "Selasa, 2 September 2025 - 08:15:00 WIB", "[Selasa, 2 September 2025 - 08:15:00 WIB] TIME 2025-09-02T08:15:00+07:00" },
        { "Senin, 1 September 2025 | 19:30:45 WIB", "[Senin, 1 September 2025] DATE 2025-09-01 | [19:30:45 WIB] TIME 2025-09-01T19:30:45+07:00" },
        { "Sirene berbunyi pukul 10:15:30 WIB.", "[pukul 10:15:30 WIB] TIME 2025-09-04T10:15:30+07:00" },
        { "Diperbarui 2 Sep 2025 - 13.45", "[2 Sep 2025 - 13.45] TIME 2025-09-02T13:45" },
        { "Indeks pada 2 Sep 2025 - 13.45 persen di atas rata-rata.", "[2 Sep 2025] DATE 2025-09-02" },
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
        // A byline's full date, a comma and a dotted clock ending the line: one TIME, no offset without a zone.
        { "Oleh Andi Wijaya\n12 November 2025, 17.05", "[12 November 2025, 17.05] TIME 2025-11-12T17:05" },
        { "Pada 12 November 2025, 17.05 persen suara telah dihitung.", "[12 November 2025] DATE 2025-11-12" },
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
    [Theory]
    [MemberData(nameof(Bylines))]
    [MemberData(nameof(Numerals))]
    public void Recognizes_bylines_and_numerals(string text, string expected) =>
        Assert.Equal(expected, NewsDates.Rows(text));
}
