using Geopolitics.Nlp.Dates;

namespace Geopolitics.Nlp.Tests.Dates;

/// <summary>
/// What looks like a date and is none: names and numbers of laws and treaties, counts, coordinates, scores and vague
/// references (<see cref="NewsDates"/>: document date 2025-09-04).
/// </summary>
public class NotADateTests
{
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
        "Mahathir, 99 tahun, kembali mengkritik pemerintah.",
        "Pasangan majikan itu berusia 45 dan 41 tahun.",
        // Ages after a person noun and anniversaries after `perayaan` count years, they name no time.
        "Seorang remaja 17 tahun terluka dalam bentrokan.",
        "Bocah 6 tahun itu selamat.",
        "Nenek 82 tahun itu mengungsi.",
        "Perayaan 25 tahun kemerdekaan negara itu digelar meriah.",
        // The anniversary word may stand before the name counted, and a noun after the count may make it an anniversary.
        "Spanduk HUT RI 80 Tahun terpasang di kantor kedutaan.",
        "Upacara Dirgahayu Bhayangkara 79 tahun berlangsung khidmat.",
        "Momentum 70 tahun hubungan diplomatik kedua negara dirayakan.",
        "Ia menulis buku tentang 100 tahun kelahiran sang proklamator.",
        "Menlu menemui Juni Rahayu di Jakarta.",
        "Ia dijerat UU 17 Tahun 2008 tentang pelayaran.",
        "Polisi menahan 2015 demonstran.",
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
        "Negara itu terikat Konvensi Perserikatan Bangsa-Bangsa tentang Hukum Laut 1982.",
        "Massa berkumpul di Jalan 10 November dan Lapangan 17 Mei.",
        "Laga final digelar di Stadion 5 Juli.",
        "Bantuan disiapkan untuk 2026 orang pengungsi.",
        "Sahamnya naik 10.05 persen dan indeks ditutup di 7.123.456.",
        "Kode 31.02.2024 tidak berlaku.",
    };

    [Theory]
    [MemberData(nameof(NotDates))]
    public void Does_not_report_names_counts_coordinates_scores_or_vague_references(string text) =>
        Assert.Empty(NewsDates.Of(text));
}
