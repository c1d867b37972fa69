#!/usr/bin/env python3
"""Builds the dev-set gold files (devNN_*.gold.json) from hand annotations.

Every span is given as a string; the script locates it in the article (entities: all
whole-word occurrences, longest names first, minus listed exceptions; dates: string +
occurrence; claims: content by string + occurrence, cue and speaker = nearest whole-word
occurrence outside the content) and asserts text[start:end] == span text.
Offsets are Python str indices = UTF-16 code units (all text is in the BMP).
Run: python3 annotate.py   (writes the .gold.json files next to this script)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
P, O, G, L, E = "PERSON", "ORGANIZATION", "GPE", "LOCATION", "EVENT"
ID, INDO, CH, US = "Indonesia", "Indonesia", "Tiongkok", "Amerika Serikat"
KEMLU = "Kementerian Luar Negeri RI"
ASEAN = "Asosiasi Negara-Negara Asia Tenggara"
PBB = "Perserikatan Bangsa-Bangsa"
IAEA = "Badan Tenaga Atom Internasional"

ARTICLES = {}

# ---------------------------------------------------------------- dev01
ARTICLES["dev01_asean_kuala_lumpur"] = dict(
    date="2025-07-09",
    note="Chosen by the writer. The text calls the opening 'Selasa (8/7)' (8 July 2025 is a Tuesday) "
         "and schedules the Sugiono-Wang Yi meeting for 'Rabu (9/7) pukul 14.30 waktu setempat' "
         "as still to come, so the piece is dated Wednesday 2025-07-09 (morning).",
    ents=[
        ("Sugiono", P, "Sugiono"), ("ASEAN", O, ASEAN), (ASEAN, O, ASEAN),
        ("ANTARA", O, "ANTARA"), ("Kuala Lumpur", G, "Kuala Lumpur"), ("Malaysia", G, "Malaysia"),
        ("Pertemuan Menteri Luar Negeri ASEAN ke-58", E, "Pertemuan Menteri Luar Negeri ASEAN ke-58"),
        ("Timor-Leste", G, "Timor-Leste"), ("Amerika Serikat", G, US), ("Indonesia", G, INDO),
        ("Mohamad Hasan", P, "Mohamad Hasan"), ("Myanmar", G, "Myanmar"),
        ("Kemlu RI", O, KEMLU), ("Kementerian Luar Negeri", O, KEMLU), ("Roy Soemirat", P, "Roy Soemirat"),
        ("Laut China Selatan", L, "Laut China Selatan"), ("Marco Rubio", P, "Marco Rubio"),
        ("Rubio", P, "Marco Rubio"), ("China", G, CH), ("Wang Yi", P, "Wang Yi"),
        ("Pertemuan Menteri Luar Negeri ASEAN-AS", E, "Pertemuan Menteri Luar Negeri ASEAN-AS"),
        ("Universitas Indonesia", O, "Universitas Indonesia"),
        ("Dinna Prapto Raharja", P, "Dinna Prapto Raharja"), ("Asia Tenggara", L, "Asia Tenggara"),
        ("Washington", G, US), ("Selat Malaka", L, "Selat Malaka"),
        ("KTT ASEAN ke-47", E, "KTT ASEAN ke-47"), ("Prabowo Subianto", P, "Prabowo Subianto"),
    ],
    dates=[
        ("Selasa (8/7)", 0, "DATE", "2025-07-08", None),
        ("8 hingga 11 Juli 2025", 0, "DATE", "2025-07-08/2025-07-11", None),
        ("2025", 1, "DATE", "2025", None),
        ("awal April lalu", 0, "DATE", "2025-04", "START"),
        ("lebih dari empat tahun", 0, "DURATION", "P4Y", "MORE_THAN"),
        ("Februari 2021", 0, "DATE", "2021-02", None),
        ("tahun lalu", 0, "DATE", "2024", None),
        ("akhir tahun depan", 0, "DATE", "2026", "END"),
        ("Oktober", 0, "DATE", "2025-10", None),
        ("Kamis (10/7)", 0, "DATE", "2025-07-10", None),
        ("Rabu (9/7) pukul 14.30 waktu setempat", 0, "TIME", "2025-07-09T14:30+08:00", None),
        ("akhir Oktober mendatang", 0, "DATE", "2025-10", "END"),
    ],
    claims=[
        ("indirect", "menegaskan", "Menteri Luar Negeri Sugiono", "Sugiono",
         "Asosiasi Negara-Negara Asia Tenggara (ASEAN) harus tetap bersatu menghadapi ketidakpastian ekonomi global", False),
        ("direct", "kata", "Sugiono", "Sugiono",
         "ASEAN tidak boleh menjadi penonton dalam persaingan kekuatan besar. Kita harus menjadi penentu arah kawasan kita sendiri", False),
        ("according-to", "Menurut", "Sugiono", "Sugiono",
         "kebijakan tarif yang diumumkan Amerika Serikat pada awal April lalu telah mengguncang rantai pasok di kawasan", False),
        ("indirect", "menambahkan", "Ia", "Sugiono",
         "Indonesia mendorong percepatan negosiasi peningkatan perjanjian perdagangan barang ASEAN agar perdagangan intra-kawasan semakin kuat", False),
        ("direct", "mengatakan", "Menteri Luar Negeri Malaysia Mohamad Hasan", "Mohamad Hasan",
         "Kita berkumpul di sini bukan untuk mengeluh, tetapi untuk mencari jalan keluar bersama", False),
        ("indirect", "menyebut", "Mohamad Hasan", "Mohamad Hasan",
         "konsensus lima poin masih menjadi rujukan utama ASEAN dalam menangani krisis itu", False),
        ("indirect", "menilai", "Juru bicara Kemlu RI Roy Soemirat", "Roy Soemirat",
         "pertemuan kali ini lebih produktif dibandingkan tahun lalu", False),
        ("direct", "ujar", "nya", "Roy Soemirat",
         "Ada kemauan politik yang lebih kuat untuk menyelesaikan kode etik di Laut China Selatan sebelum akhir tahun depan", False),
        ("indirect", "mengatakan", "Pengamat hubungan internasional dari Universitas Indonesia, Dinna Prapto Raharja", "Dinna Prapto Raharja",
         "kehadiran Rubio mungkin akan dimanfaatkan untuk meredakan kekhawatiran negara-negara Asia Tenggara terhadap tarif", True),
        ("direct", "tutur", "nya", "Dinna Prapto Raharja",
         "Washington perlu menunjukkan bahwa kawasan ini masih penting bagi mereka", False),
        ("according-to", "menurut", "sumber di Kementerian Luar Negeri", None,
         "Presiden Prabowo Subianto diperkirakan akan hadir dalam KTT tersebut", True),
    ],
)

# ---------------------------------------------------------------- dev02
ARTICLES["dev02_gaza_sidang_umum_pbb"] = dict(
    date="2025-09-24",
    note="Chosen by the writer. The speech is dated 'Selasa (23/9/2025) waktu setempat' (New York); "
         "23 September 2025 is a Tuesday. With the time difference the report appears in Indonesia on "
         "Wednesday 2025-09-24; 'Jumat (26/9)' is still upcoming.",
    ents=[
        ("Sidang Umum PBB", E, "Sidang Majelis Umum PBB ke-80"),
        ("Sidang Majelis Umum PBB ke-80", E, "Sidang Majelis Umum PBB ke-80"),
        ("Prabowo", P, "Prabowo Subianto"), ("Prabowo Subianto", P, "Prabowo Subianto"),
        ("Palestina", G, "Palestina"), ("Negara Palestina", G, "Palestina"),
        ("KOMPAS.com", O, "KOMPAS.com"), ("New York", G, "New York"),
        ("Amerika Serikat", G, US), ("AS", G, US), ("Indonesia", G, INDO), ("Israel", G, "Israel"),
        ("Gaza", G, "Jalur Gaza"), ("Jalur Gaza", G, "Jalur Gaza"),
        ("Dewan Keamanan PBB", O, "Dewan Keamanan PBB"), ("PBB", O, PBB),
        ("Majelis Umum PBB", O, "Majelis Umum PBB"),
        ("Perancis", G, "Perancis"), ("Arab Saudi", G, "Arab Saudi"),
        ("Emmanuel Macron", P, "Emmanuel Macron"), ("Antonio Guterres", P, "Antonio Guterres"),
        ("Guterres", P, "Antonio Guterres"), ("Sugiono", P, "Sugiono"),
        ("Organisasi Kerja Sama Islam", O, "Organisasi Kerja Sama Islam"), ("OKI", O, "Organisasi Kerja Sama Islam"),
        ("Hamas", O, "Hamas"), ("Trump", P, "Trump"), ("Benjamin Netanyahu", P, "Benjamin Netanyahu"),
        ("Netanyahu", P, "Benjamin Netanyahu"), ("Departemen Luar Negeri AS", O, "Departemen Luar Negeri AS"),
        ("Universitas Indonesia", O, "Universitas Indonesia"), ("Hikmahanto Juwana", P, "Hikmahanto Juwana"),
        ("Hikmahanto", P, "Hikmahanto Juwana"), ("Timur Tengah", L, "Timur Tengah"),
        ("Jakarta", G, "Jakarta"), ("Kanada", G, "Kanada"), ("Belanda", G, "Belanda"),
        ("Prasetyo Hadi", P, "Prasetyo Hadi"),
    ],
    dates=[
        ("Selasa (23/9/2025)", 0, "DATE", "2025-09-23", None),
        ("sekitar 19 menit", 0, "DURATION", "PT19M", "APPROX"),
        ("Senin (22/9)", 0, "DATE", "2025-09-22", None),
        ("hampir dua tahun", 0, "DURATION", "P2Y", "LESS_THAN"),
        ("7 Oktober 2023", 0, "DATE", "2023-10-07", None),
        ("Jumat (26/9)", 0, "DATE", "2025-09-26", None),
        ("pekan depan", 0, "DATE", "2025-W40", None),
        ("lima hari", 0, "DURATION", "P5D", None),
        ("akhir bulan ini", 0, "DATE", "2025-09", "END"),
    ],
    claims=[
        ("indirect", "menegaskan", "Prabowo", "Prabowo Subianto",
         "dukungan Indonesia terhadap solusi dua negara bagi Palestina", False),
        ("direct", "ujar", "Prabowo", "Prabowo Subianto",
         "Kita harus menjamin kenegaraan Palestina. Namun Indonesia juga menyatakan bahwa setelah Israel mengakui kemerdekaan Palestina, kita akan mengakui Israel", False),
        ("indirect", "menyatakan", ("Prabowo", "Prabowo juga menyatakan"), "Prabowo Subianto",
         "kesiapan Indonesia mengirim 20.000 personel atau lebih untuk misi perdamaian di Gaza apabila Dewan Keamanan PBB memberikan mandat", False),
        ("indirect", "mengumumkan", "Presiden Perancis Emmanuel Macron", "Emmanuel Macron",
         "pengakuan negaranya terhadap Negara Palestina", False),
        ("indirect", "menilai", "Sekjen PBB Antonio Guterres", "Antonio Guterres",
         "situasi kemanusiaan di Jalur Gaza sudah melampaui batas yang dapat ditoleransi", False),
        ("direct", "kata", "Guterres", "Antonio Guterres",
         "Gaza telah menjadi ladang pembantaian. Warga sipil dibiarkan kelaparan. Dunia tidak boleh terus diam", False),
        ("indirect", "mengatakan", "Menteri Luar Negeri Sugiono, yang mendampingi Presiden di New York", "Sugiono",
         "Indonesia akan terus menggalang dukungan negara-negara Organisasi Kerja Sama Islam (OKI)", False),
        ("direct", "ungkap", "nya", "Sugiono", "Diplomasi kita tidak berhenti di podium ini", False),
        ("indirect", "mencatat", "Otoritas kesehatan Gaza", None,
         "lebih dari 65.000 warga Palestina tewas", False),
        ("indirect", "menilai", "Pemerintah Amerika Serikat", US,
         "pengakuan sepihak terhadap Palestina tidak akan membantu proses perdamaian", False),
        ("indirect", "menyebut", "Guru besar hukum internasional Universitas Indonesia Hikmahanto Juwana", "Hikmahanto Juwana",
         "pidato Prabowo sebagai sinyal bahwa Indonesia ingin berperan lebih aktif di Timur Tengah", False),
        ("according-to", "Menurut", "Hikmahanto", "Hikmahanto Juwana",
         "tawaran pengiriman pasukan perdamaian kemungkinan akan disambut positif oleh negara-negara Arab", True),
        ("direct", "tutur", "Hikmahanto", "Hikmahanto Juwana",
         "Ini langkah berani, tetapi harus dihitung matang. Pengiriman pasukan tidak bisa dilakukan tanpa payung hukum yang jelas", False),
        ("indirect", "mengatakan", "Juru bicara Kepresidenan Prasetyo Hadi", "Prasetyo Hadi",
         "Presiden diperkirakan tiba di Tanah Air pada akhir bulan ini", True),
    ],
)

# ---------------------------------------------------------------- dev03
ARTICLES["dev03_laut_china_selatan_filipina"] = dict(
    date="2025-10-14",
    note="Chosen by the writer. The incident is 'Minggu (12/10/2025)' and the Kemlu statement was "
         "received 'Senin (13/10/2025)'; the article is dated the day after, Tuesday 2025-10-14.",
    ents=[
        ("China", G, CH), ("Filipina", G, "Filipina"), ("Pulau Thitu", L, "Pulau Thitu"), ("JAKARTA", G, "Jakarta"),
        ("Indonesia", G, INDO), ("KOMPAS.com", O, "Kompas.com"), ("Kompas.com", O, "Kompas.com"),
        ("Laut China Selatan", L, "Laut China Selatan"),
        ("Penjaga Pantai Filipina", O, "Penjaga Pantai Filipina"), ("PCG", O, "Penjaga Pantai Filipina"),
        ("Biro Perikanan dan Sumber Daya Perairan", O, "Biro Perikanan dan Sumber Daya Perairan"),
        ("BFAR", O, "Biro Perikanan dan Sumber Daya Perairan"),
        ("Manila", G, "Filipina"), ("Laut Filipina Barat", L, "Laut Filipina Barat"),
        ("Jay Tarriela", P, "Jay Tarriela"), ("Tarriela", P, "Jay Tarriela"),
        ("Beijing", G, CH), ("Kementerian Luar Negeri China", O, "Kementerian Luar Negeri China"),
        ("Lin Jian", P, "Lin Jian"), ("Ferdinand Marcos Jr.", P, "Ferdinand Marcos Jr."),
        ("Marcos", P, "Ferdinand Marcos Jr."),
        ("Departemen Luar Negeri Filipina", O, "Departemen Luar Negeri Filipina"),
        ("KTT ASEAN ke-47", E, "KTT ASEAN ke-47"), ("KTT ASEAN", E, "KTT ASEAN ke-47"),
        ("Kuala Lumpur", G, "Kuala Lumpur"), ("ASEAN", O, ASEAN), ("Malaysia", G, "Malaysia"),
        ("Mahkamah Arbitrase Permanen", O, "Mahkamah Arbitrase Permanen"), ("Den Haag", G, "Den Haag"),
        ("Kementerian Luar Negeri RI", O, KEMLU), ("Kemlu RI", O, KEMLU),
        ("Kepulauan Natuna", L, "Kepulauan Natuna"),
        ("Centre for Strategic and International Studies", O, "Centre for Strategic and International Studies"),
        ("CSIS", O, "Centre for Strategic and International Studies"),
        ("Lina Alexandra", P, "Lina Alexandra"), ("Lina", P, "Lina Alexandra"),
        ("Amerika Serikat", G, US), ("AS", G, US), ("MaryKay Carlson", P, "MaryKay Carlson"),
    ],
    dates=[
        ("Minggu (12/10/2025)", 0, "DATE", "2025-10-12", None),
        ("sekitar pukul 09.15 waktu setempat", 0, "TIME", "2025-10-12T09:15+08:00", "APPROX"),
        ("akhir bulan ini", 0, "DATE", "2025-10", "END"),
        ("kurang dari dua pekan", 0, "DURATION", "P2W", "LESS_THAN"),
        ("26-28 Oktober 2025", 0, "DATE", "2025-10-26/2025-10-28", None),
        ("tahun depan", 0, "DATE", "2026", None),
        ("2016", 0, "DATE", "2016", None),
        ("2016", 1, "DATE", "2016", None),
        ("Senin (13/10/2025)", 0, "DATE", "2025-10-13", None),
        ("beberapa tahun terakhir", 0, "DURATION", "PXY", None),
        ("tahun depan", 1, "DATE", "2026", None),
        ("1951", 0, "DATE", "1951", None),
    ],
    claims=[
        ("indirect", "menyebut", "Penjaga Pantai Filipina (PCG)", "Penjaga Pantai Filipina",
         "insiden terjadi sekitar pukul 09.15 waktu setempat, ketika kapal Biro Perikanan dan Sumber Daya Perairan (BFAR) sedang berpatroli di perairan yang oleh Manila disebut Laut Filipina Barat", False),
        ("indirect", "mengatakan", "Juru bicara PCG untuk Laut Filipina Barat, Jay Tarriela", "Jay Tarriela",
         "kapal BFAR mengalami kerusakan ringan dan tidak ada awak yang terluka", False),
        ("direct", "ujar", "Tarriela", "Jay Tarriela",
         "Tindakan agresif ini membahayakan nyawa nelayan dan petugas kami. Kami tidak akan mundur dari perairan kami sendiri", False),
        ("indirect", "menilai", "Beijing", CH,
         "kapal Filipina telah memasuki perairan yang disebutnya sebagai wilayah China tanpa izin", False),
        ("direct", "menegaskan", "Juru bicara Kementerian Luar Negeri China Lin Jian", "Lin Jian",
         "China akan terus mengambil langkah yang diperlukan untuk mempertahankan kedaulatannya", False),
        ("according-to", "Menurut", "Marcos", "Ferdinand Marcos Jr.",
         "Manila akan membawa insiden ini ke pertemuan para pemimpin di KTT ASEAN ke-47 akhir bulan ini", False),
        ("indirect", "memutuskan", "Mahkamah Arbitrase Permanen di Den Haag", "Mahkamah Arbitrase Permanen",
         "klaim China atas sebagian besar Laut China Selatan tidak memiliki dasar hukum", False),
        ("indirect", "menyatakan", "Kementerian Luar Negeri RI", KEMLU,
         "keprihatinan atas insiden tersebut", False),
        ("direct", "pernyataan", "Kemlu RI", KEMLU,
         "Indonesia mendorong penyelesaian sengketa secara damai sesuai hukum internasional, termasuk UNCLOS", False),
        ("indirect", "menilai", "Peneliti Centre for Strategic and International Studies (CSIS) Indonesia, Lina Alexandra", "Lina Alexandra",
         "insiden semacam ini mungkin akan makin sering terjadi menjelang tenggat penyelesaian kode etik", True),
        ("indirect", "menambahkan", "Ia", "Lina Alexandra", "ASEAN perlu menunjukkan sikap yang lebih tegas", False),
        ("direct", "kata", "Lina", "Lina Alexandra",
         "Kalau ASEAN diam, yang dirugikan bukan hanya Filipina, tetapi kredibilitas ASEAN sebagai organisasi kawasan", False),
        ("indirect", "menyatakan", "Amerika Serikat, yang terikat perjanjian pertahanan bersama dengan Filipina sejak 1951", US,
         "dukungan terhadap Manila", False),
        ("indirect", "menyebut", "Duta Besar AS untuk Filipina MaryKay Carlson", "MaryKay Carlson",
         "tindakan China sebagai tindakan yang berbahaya dan provokatif", False),
    ],
)

# ---------------------------------------------------------------- dev04
ARTICLES["dev04_ktt_g20_johannesburg"] = dict(
    date="2025-11-24",
    note="Chosen by the writer. The summit closed 'Minggu (23/11)' (23 November 2025 is a Sunday) and "
         "Gibran's return is 'Senin (24/11/2025) pukul 20.00 WIB', still to come: Monday 2025-11-24.",
    ents=[
        ("KTT G20", E, "KTT G20"), ("Konferensi Tingkat Tinggi G20", E, "KTT G20"),
        ("Johannesburg", G, "Johannesburg"), ("AS", G, US), ("Indonesia", G, INDO),
        ("ANTARA", O, "ANTARA"), ("Afrika Selatan", G, "Afrika Selatan"), ("Afrika", L, "Afrika"),
        ("Amerika Serikat", G, US), ("Gibran Rakabuming Raka", P, "Gibran Rakabuming Raka"),
        ("Gibran", P, "Gibran Rakabuming Raka"), ("Prabowo Subianto", P, "Prabowo Subianto"),
        ("Prabowo", P, "Prabowo Subianto"), ("G20", O, "G20"),
        ("Cyril Ramaphosa", P, "Cyril Ramaphosa"), ("Ramaphosa", P, "Cyril Ramaphosa"),
        ("Donald Trump", P, "Donald Trump"), ("Washington", G, US), ("Gedung Putih", O, "Gedung Putih"),
        ("Miami", G, "Miami"), ("Florida", G, "Florida"),
        ("Airlangga Hartarto", P, "Airlangga Hartarto"), ("Airlangga", P, "Airlangga Hartarto"),
        ("BRICS", O, "BRICS"), ("India", G, "India"), ("Narendra Modi", P, "Narendra Modi"),
        ("Inggris", G, "Inggris"), ("Keir Starmer", P, "Keir Starmer"),
        ("Jerman", G, "Jerman"), ("Friedrich Merz", P, "Friedrich Merz"), ("China", G, CH),
        ("Li Qiang", P, "Li Qiang"), ("Beijing", G, CH),
        ("Institute for Development of Economics and Finance", O, "Institute for Development of Economics and Finance"),
        ("INDEF", O, "Institute for Development of Economics and Finance"),
        ("Esther Sri Astuti", P, "Esther Sri Astuti"), ("Uni Eropa", O, "Uni Eropa"),
        ("Uni Afrika", O, "Uni Afrika"), ("Jakarta", G, "Jakarta"),
        ("Sekretariat Wakil Presiden", O, "Sekretariat Wakil Presiden"),
    ],
    dates=[
        ("Minggu (23/11)", 0, "DATE", "2025-11-23", None),
        ("dua hari", 0, "DURATION", "P2D", None),
        ("Sabtu (22/11)", 0, "DATE", "2025-11-22", None),
        ("1 Desember 2025", 0, "DATE", "2025-12-01", None),
        ("tahun depan", 0, "DATE", "2026", None),
        ("Januari 2025", 0, "DATE", "2025-01", None),
        ("tahun depan", 1, "DATE", "2026", None),
        ("Senin (24/11/2025) pukul 20.00 WIB", 0, "TIME", "2025-11-24T20:00+07:00", None),
    ],
    claims=[
        ("indirect", "mengatakan", "Gibran", "Gibran Rakabuming Raka",
         "negara-negara berkembang membutuhkan arsitektur keuangan global yang lebih adil", False),
        ("direct", "kata", "Gibran", "Gibran Rakabuming Raka",
         "Beban utang negara-negara Selatan sudah tidak lagi berkelanjutan. G20 harus berani mengambil keputusan", False),
        ("indirect", "menyebut", "Presiden Afrika Selatan Cyril Ramaphosa, selaku tuan rumah", "Cyril Ramaphosa",
         "deklarasi para pemimpin yang diadopsi pada Sabtu (22/11) sebagai kemenangan multilateralisme", False),
        ("direct", "ujar", "Ramaphosa", "Cyril Ramaphosa",
         "Kami tidak akan membiarkan ketidakhadiran siapa pun menghalangi kerja G20", False),
        ("indirect", "mengumumkan", "Presiden AS Donald Trump", "Donald Trump",
         "boikot terhadap KTT tersebut", False),
        ("indirect", "menilai", "Washington", US,
         "agenda keketuaan Afrika Selatan bertentangan dengan kepentingan Amerika Serikat", False),
        ("according-to", "Menurut", "Menteri Koordinator Bidang Perekonomian Airlangga Hartarto", "Airlangga Hartarto",
         "Indonesia juga memanfaatkan forum ini untuk memperkuat kerja sama dengan negara-negara anggota BRICS", False),
        ("indirect", "menambahkan", "Airlangga", "Airlangga Hartarto",
         "sejumlah pertemuan bilateral digelar di sela KTT, antara lain dengan Perdana Menteri India Narendra Modi dan Perdana Menteri Inggris Keir Starmer", False),
        ("direct", "mengatakan", "Ia", "Airlangga Hartarto",
         "Kita ingin memastikan akses pasar bagi komoditas unggulan Indonesia, terutama nikel dan minyak sawit. Ini kepentingan nasional yang tidak bisa ditawar", False),
        ("indirect", "menyatakan", "Kanselir Jerman Friedrich Merz", "Friedrich Merz",
         "dukungannya terhadap pembentukan mekanisme baru untuk restrukturisasi utang", False),
        ("indirect", "menilai", "Ekonom Institute for Development of Economics and Finance (INDEF) Esther Sri Astuti", "Esther Sri Astuti",
         "hasil KTT ini diperkirakan tidak akan banyak berdampak tanpa dukungan Washington", True),
        ("direct", "tutur", "nya", "Esther Sri Astuti",
         "Tanpa Amerika Serikat, implementasi komitmen keuangan akan sangat terbatas", False),
        ("indirect", "khawatir", "Sejumlah diplomat", None,
         "agenda iklim dan pembangunan akan tersingkir tahun depan", False),
        ("according-to", "menurut", "Sekretariat Wakil Presiden", "Sekretariat Wakil Presiden",
         "Gibran dijadwalkan kembali ke Jakarta pada Senin (24/11/2025) pukul 20.00 WIB", False),
    ],
)

# ---------------------------------------------------------------- dev05
ARTICLES["dev05_jepang_indonesia_dagang"] = dict(
    date="2025-11-04",
    note="Chosen by the writer. The visit began 'Senin (3/11/2025)' and the Akazawa-Airlangga meeting "
         "'Selasa (4/11) pukul 10.00 WIB' is reported as over; departure 'Rabu (5/11)' is still to come: "
         "Tuesday 2025-11-04 (afternoon).",
    ents=[
        ("Jepang", G, "Jepang"), ("Jakarta", G, "Jakarta"), ("ANTARA", O, "ANTARA"),
        ("Ryosei Akazawa", P, "Ryosei Akazawa"), ("Akazawa", P, "Ryosei Akazawa"),
        ("Airlangga Hartarto", P, "Airlangga Hartarto"), ("Airlangga", P, "Airlangga Hartarto"),
        ("Kemenko Perekonomian", O, "Kemenko Perekonomian"), ("Indonesia", G, INDO),
        ("Prabowo Subianto", P, "Prabowo Subianto"), ("Prabowo", P, "Prabowo Subianto"),
        ("Badan Pusat Statistik", O, "Badan Pusat Statistik"), ("BPS", O, "Badan Pusat Statistik"),
        ("AS", G, US), ("Sanae Takaichi", P, "Sanae Takaichi"), ("Takaichi", P, "Sanae Takaichi"),
        ("KTT APEC", E, "KTT APEC"), ("Gyeongju", G, "Gyeongju"), ("Korea Selatan", G, "Korea Selatan"),
        ("Masaki Yasushi", P, "Masaki Yasushi"),
        ("Kamar Dagang dan Industri", O, "Kamar Dagang dan Industri"), ("Kadin", O, "Kamar Dagang dan Industri"),
        ("Anindya Bakrie", P, "Anindya Bakrie"), ("Anindya", P, "Anindya Bakrie"),
        ("Forum Bisnis Indonesia-Jepang", E, "Forum Bisnis Indonesia-Jepang"), ("Tokyo", G, "Tokyo"),
        ("Kementerian Perdagangan", O, "Kementerian Perdagangan"),
        ("Organisasi Perdagangan Luar Negeri Jepang", O, "Organisasi Perdagangan Luar Negeri Jepang"),
        ("JETRO", O, "Organisasi Perdagangan Luar Negeri Jepang"),
        ("Center of Reform on Economics", O, "Center of Reform on Economics"),
        ("CORE", O, "Center of Reform on Economics"),
        ("Mohammad Faisal", P, "Mohammad Faisal"), ("Faisal", P, "Mohammad Faisal"), ("Vietnam", G, "Vietnam"),
    ],
    dates=[
        ("tiga hari", 0, "DURATION", "P3D", None),
        ("Senin (3/11/2025)", 0, "DATE", "2025-11-03", None),
        ("Selasa (4/11) pukul 10.00 WIB", 0, "TIME", "2025-11-04T10:00+07:00", None),
        ("sekitar dua jam", 0, "DURATION", "PT2H", "APPROX"),
        ("2024", 0, "DATE", "2024", None),
        ("2023", 0, "DATE", "2023", None),
        ("lebih dari 20 tahun", 0, "DURATION", "P20Y", "MORE_THAN"),
        ("akhir Oktober lalu", 0, "DATE", "2025-10", "END"),
        ("21 Oktober", 0, "DATE", "2025-10-21", None),
        ("hampir 70 tahun", 0, "DURATION", "P70Y", "LESS_THAN"),
        ("pekan depan", 0, "DATE", "2025-W46", None),
        ("5 hingga 7 Desember", 0, "DATE", "2025-12-05/2025-12-07", None),
        ("12 Oktober lalu", 0, "DATE", "2025-10-12", None),
        ("tiga tahun", 0, "DURATION", "P3Y", None),
        ("Rabu (5/11)", 0, "DATE", "2025-11-05", None),
    ],
    claims=[
        ("direct", "kata", "Airlangga", "Airlangga Hartarto",
         "Jepang adalah mitra strategis Indonesia sejak lama. Kami ingin investasi Jepang tidak hanya di sektor otomotif, tetapi juga di energi bersih dan semikonduktor", False),
        ("indirect", "mengatakan", "Airlangga", "Airlangga Hartarto",
         "kedua pihak sepakat mempercepat implementasi Protokol Perubahan Persetujuan Kemitraan Ekonomi Indonesia-Jepang yang mulai berlaku pada 2024", False),
        ("indirect", "menyebut", "Akazawa", "Ryosei Akazawa",
         "Jepang siap mendukung program hilirisasi mineral yang menjadi prioritas pemerintahan Presiden Prabowo Subianto", False),
        ("direct", "ujar", "nya", "Ryosei Akazawa",
         "Kami melihat potensi besar di Indonesia, terutama untuk rantai pasok baterai kendaraan listrik", False),
        ("according-to", "Menurut", "data Badan Pusat Statistik (BPS)", "Badan Pusat Statistik",
         "nilai perdagangan Indonesia-Jepang mencapai sekitar 38 miliar dolar AS pada 2023", False),
        ("direct", "menegaskan", "Duta Besar Jepang untuk Indonesia Masaki Yasushi", "Masaki Yasushi",
         "Hubungan kita sudah berjalan hampir 70 tahun. Kita harus membawanya ke tingkat yang lebih tinggi", False),
        ("indirect", "menilai", "Ketua Umum Kamar Dagang dan Industri (Kadin) Indonesia Anindya Bakrie", "Anindya Bakrie",
         "kunjungan ini memberi sinyal positif bagi pelaku usaha", False),
        ("according-to", "Menurut", "Anindya", "Anindya Bakrie",
         "sejumlah perusahaan Jepang kemungkinan akan mengumumkan komitmen investasi baru dalam forum bisnis pekan depan", True),
        ("indirect", "mengatakan", "Ekonom Center of Reform on Economics (CORE) Indonesia Mohammad Faisal", "Mohammad Faisal",
         "dampaknya baru akan terasa dalam tiga tahun", False),
        ("direct", "tutur", "Faisal", "Mohammad Faisal",
         "Investasi manufaktur butuh waktu. Yang penting sekarang adalah kepastian regulasi", False),
    ],
)

# ---------------------------------------------------------------- dev06
ARTICLES["dev06_iran_iaea"] = dict(
    date="2025-11-21",
    note="Chosen by the writer. The resolution was passed in Vienna 'Kamis (20/11/2025)' (a Thursday); "
         "the reactions reported suggest publication the next day, Friday 2025-11-21.",
    ents=[
        ("Dewan Gubernur IAEA", O, "Dewan Gubernur Badan Tenaga Atom Internasional"),
        ("Dewan Gubernur Badan Tenaga Atom Internasional", O, "Dewan Gubernur Badan Tenaga Atom Internasional"),
        ("IAEA", O, IAEA), ("Iran", G, "Iran"), ("Teheran", G, "Iran"), ("KOMPAS.com", O, "KOMPAS.com"),
        ("Wina", G, "Wina"), ("Austria", G, "Austria"), ("Inggris", G, "Inggris"), ("Perancis", G, "Perancis"),
        ("Jerman", G, "Jerman"), ("Amerika Serikat", G, US), ("Rusia", G, "Rusia"), ("China", G, CH),
        ("Rafael Grossi", P, "Rafael Grossi"), ("Grossi", P, "Rafael Grossi"),
        ("Abbas Araghchi", P, "Abbas Araghchi"), ("Araghchi", P, "Abbas Araghchi"),
        ("Kementerian Luar Negeri Iran", O, "Kementerian Luar Negeri Iran"),
        ("Esmaeil Baghaei", P, "Esmaeil Baghaei"), ("Kairo", G, "Kairo"),
        ("Perserikatan Bangsa-Bangsa", O, PBB), ("PBB", O, PBB), ("Eropa", L, "Eropa"),
        ("Timur Tengah", L, "Timur Tengah"), ("Universitas Gadjah Mada", O, "Universitas Gadjah Mada"),
        ("Siti Mutiah Setiawati", P, "Siti Mutiah Setiawati"), ("Teluk Persia", L, "Teluk Persia"),
        ("Indonesia", G, INDO), ("Kemlu RI", O, KEMLU), ("Roy Soemirat", P, "Roy Soemirat"), ("Roy", P, "Roy Soemirat"),
        ("Reuters", O, "Reuters"), ("Kedutaan Besar Iran", O, "Kedutaan Besar Iran"), ("Jakarta", G, "Jakarta"),
    ],
    dates=[
        ("Kamis (20/11/2025)", 0, "DATE", "2025-11-20", None),
        ("Juni lalu", 0, "DATE", "2025-06", None),
        ("September lalu", 0, "DATE", "2025-09", None),
        ("akhir September", 0, "DATE", "2025-09", "END"),
        ("2015", 0, "DATE", "2015", None),
        ("Maret 2026", 0, "DATE", "2026-03", None),
    ],
    claims=[
        ("indirect", "mengatakan", "Direktur Jenderal IAEA Rafael Grossi", "Rafael Grossi",
         "inspektur badan tersebut belum dapat memverifikasi keberadaan uranium yang diperkaya hingga 60 persen sejak serangan terhadap fasilitas nuklir Iran pada Juni lalu", False),
        ("direct", "ujar", "Grossi", "Rafael Grossi",
         "Kami kehilangan kesinambungan pengetahuan tentang material itu. Ini masalah serius bagi rezim non-proliferasi", False),
        ("indirect", "menyebut", "Menteri Luar Negeri Iran Abbas Araghchi", "Abbas Araghchi",
         "resolusi itu sebagai langkah politis yang akan merusak kerja sama yang tersisa", False),
        ("direct", "kata", "Araghchi", "Abbas Araghchi",
         "Iran tidak akan tunduk pada tekanan. Setiap langkah yang tidak bersahabat akan dibalas dengan langkah yang setimpal", False),
        ("indirect", "menambahkan", "Juru bicara Kementerian Luar Negeri Iran Esmaeil Baghaei", "Esmaeil Baghaei",
         "kesepakatan kerja sama yang ditandatangani Iran dan IAEA di Kairo pada September lalu kini dianggap tidak berlaku", False),
        ("according-to", "Menurut", "Grossi", "Rafael Grossi",
         "tanpa akses penuh, IAEA tidak dapat memberikan jaminan bahwa program nuklir Iran sepenuhnya bersifat damai", False),
        ("indirect", "mengatakan", "Ia", "Rafael Grossi", "timnya siap kembali ke Iran kapan saja", False),
        ("indirect", "mengatakan", "Pengamat Timur Tengah dari Universitas Gadjah Mada, Siti Mutiah Setiawati", "Siti Mutiah Setiawati",
         "eskalasi ini mungkin akan berdampak pada harga minyak dunia", True),
        ("direct", "tutur", "nya", "Siti Mutiah Setiawati",
         "Kalau Iran benar-benar keluar dari Traktat Nonproliferasi Nuklir, kawasan Teluk Persia akan jauh lebih tidak stabil", False),
        ("indirect", "mengatakan", "Juru bicara Kemlu RI Roy Soemirat", "Roy Soemirat",
         "Indonesia mendorong penyelesaian melalui dialog dan diplomasi", False),
        ("direct", "ungkap", "Roy", "Roy Soemirat",
         "Indonesia meyakini tidak ada solusi militer untuk isu nuklir Iran", False),
        ("indirect", "menilai", "Diplomat Eropa di Wina", None,
         "pintu dialog belum sepenuhnya tertutup", False),
    ],
)


def word_re(s):
    return re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")


def find_all(text, s):
    return [m.start() for m in word_re(s).finditer(text)]


def nth(text, s, occ):
    hits = find_all(text, s)
    assert len(hits) > occ, f"{s!r} occurrence {occ} not found ({len(hits)} hits)"
    return hits[occ]


def span(text, start, s):
    assert text[start:start + len(s)] == s
    return {"start": start, "end": start + len(s), "text": s}


def entities(text, ents, skip):
    taken = [False] * len(text)
    out = []
    for s, typ, canon in sorted(ents, key=lambda e: -len(e[0])):
        hits = find_all(text, s)
        assert hits, f"entity {s!r} not in text"
        for i, st in enumerate(hits):
            if (s, i) in skip or any(taken[st:st + len(s)]):
                continue
            for k in range(st, st + len(s)):
                taken[k] = True
            out.append(dict(span(text, st, s), type=typ, canonical=canon))
    return sorted(out, key=lambda e: e["start"])


def nearest(text, word, cstart, cend, suffix_nya=False):
    pat = r"(?<!\w)" + re.escape(word) + (r"(?=nya(?!\w))" if suffix_nya else r"(?!\w)")
    best = None
    for m in re.finditer(pat, text):
        a, b = m.start(), m.end()
        if a < cend and b > cstart:
            continue
        d = cstart - b if b <= cstart else a - cend
        if best is None or d < best[0]:
            best = (d, a)
    assert best is not None and best[0] < 200, f"{word!r} not found near content"
    return best[1]


def claims(text, cls):
    out = []
    for c in cls:
        kind, cue, spk, ent, content, hedged = c[:6]
        occ = c[6] if len(c) > 6 else 0
        cs = nth(text, content, occ) if content[0].isalnum() else text.index(content)
        if spk == "nya":
            # The word as written is both cue and speaker (`ujarnya`), as the real-news annotators mark it.
            cu = nearest(text, cue, cs, cs + len(content), suffix_nya=True)
            sp = cu
            cue = spk = cue + "nya"
        elif isinstance(spk, tuple):  # (speaker text, unique anchor string that starts with it)
            cu = nearest(text, cue, cs, cs + len(content))
            assert text.count(spk[1]) == 1 and spk[1].startswith(spk[0])
            sp = text.index(spk[1])
            spk = spk[0]
        else:
            cu = nearest(text, cue, cs, cs + len(content))
            sp = nearest(text, spk, cs, cs + len(content))
        sspan = span(text, sp, spk)
        sspan["entity"] = ent
        out.append({"kind": kind, "cue": span(text, cu, cue), "speaker": sspan,
                    "content": span(text, cs, content), "hedged": hedged})
    return sorted(out, key=lambda c: c["content"]["start"])


def main():
    for aid, a in ARTICLES.items():
        text = open(os.path.join(HERE, aid + ".txt"), encoding="utf-8").read()
        assert all(ord(ch) < 0x10000 for ch in text) and "\r" not in text
        gold = {"id": aid, "documentDate": a["date"], "documentDateNote": a["note"],
                "entities": entities(text, a["ents"], set(a.get("skip", []))),
                "dates": sorted([dict(span(text, nth(text, s, o), s), type=t, value=v, mod=m)
                                 for s, o, t, v, m in a["dates"]], key=lambda d: d["start"]),
                "claims": claims(text, a["claims"])}
        for layer in ("entities", "dates"):
            for x in gold[layer]:
                assert text[x["start"]:x["end"]] == x["text"]
        for c in gold["claims"]:
            for k in ("cue", "speaker", "content"):
                assert text[c[k]["start"]:c[k]["end"]] == c[k]["text"]
        with open(os.path.join(HERE, aid + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(aid, len(gold["entities"]), "entities,", len(gold["dates"]), "dates,", len(gold["claims"]), "claims")


if __name__ == "__main__":
    main()
