"""Builds train_NNNN.gold.json (claims layer only) from the hand annotation below; run from this directory.

Each claim: (line, kind, cue, speaker, entity, content). `speaker` "nya" is the clitic of the cue word on that line; cue and speaker are then both the whole word (`katanya`).
Contents are found by string within the given line (a content may run into the next lines); every offset is checked.
"""
import json

A = {
"train_0000": [
 (1, "indirect", "menilai", "Pengamat politik dari Universitas Gadjah Mada, Arie Sudjito", "Arie Sudjito", "keinginan Ketua Umum Partai Golkar Aburizal Bakrie untuk maju kembali sebagai ketua umum merupakan pemaksaan kehendak"),
 (2, "according-to", "Menurut", "dia", "Arie Sudjito", "ada kesan bahwa Aburizal menggunakan segala cara untuk memuluskan jalannya kembali menduduki Golkar 1"),
 (3, "indirect", "kata", "Arie", "Arie Sudjito", "berpotensi menimbukan perpecahan di kalangan kader Golkar di daerah"),
 (4, "direct", "ujar", "Arie", "Arie Sudjito", "Tentu ini akan merugikan Golkar karena Golkar akan pecah dan konflik di daerah dipastikan akan terjadi"),
 (5, "indirect", "mengatakan", "Arie", "Arie Sudjito", "sikap Aburizal tersebut ditentang oleh sebagian kalangan di internal Golkar yang melakukan perlawanan dengan membentuk Presidium Penyelamat Partai Golkar"),
 (6, "indirect", "menyatakan", "dua calon ketua umum", None, "mundur dan tak akan mencalonkan diri"),
 (8, "indirect", "menganggap", "Hidayat dan Airlangga", None, "ada proses yang tidak demokratis dan tidak fair dalam Munas IX yang berlangsung di Bali"),
 (9, "direct", "kata", "Arie", "Arie Sudjito", "Upaya Airlangga serius bertarung, tapi melihat gelagat tidak sehat, maka lebih baik mundur. Itu pun jalan moderat"),
 (11, "according-to", "Menurut", "Arie", "Arie Sudjito", "jika Aburizal terus memaksakan kehendaknya, bukan tidak mungkin Golkar akan menyusul Partai Persatuan Pembangunan yang terpecah karena konflik internal"),
 (12, "indirect", "mengatakan", "Arie", "Arie Sudjito", "para petinggi partai segera melakukan langkah-langkah untuk menyelamatkan partai berlambang pohon beringin tersebut"),
 (13, "direct", "kata", "Arie", "Arie Sudjito", "Ini indikasi atau tanda-tanda kebangkrutan Golkar"),
 (15, "according-to", "Menurut", "Fadli", "Fadli Zon", "semakin cepat eksekusi dilakukan, hal itu akan semakin baik"),
 (16, "direct", "kata", "Fadil Zon", "Fadli Zon", "Pemerintah lambat, eksekusi lambat, eksekusi kapan tidak jelas karena lambatnya pemerintah mengambil keputusan"),
 (17, "according-to", "Menurut", "dia", "Fadli Zon", "karena lambatnya eksekusi mati ini, akhirnya terjadi perlawanan dari berbagai pihak, termasuk para terpidana"),
 (20, "direct", "ucap", "politisi Partai Gerindra itu", "Fadli Zon", "Ini membuat segala macam ekses terjadi. Pemerintah harusnya bisa mengambil sikap dengan cepat"),
],
"train_0260": [
 (1, "indirect", "kata", "Marwan", "Marwan", "harus segera diakhiri demi terciptanya demokrasi yang bersih, jujur dan adil"),
 (2, "direct", "kata", "nya", "Marwan", "Fraksi PKB mengajak sekaligus mendorong semua elemen bangsa untuk melakukan gerakan nasional menuju Pileg dan Pilpres 2014 yang bersih, jujur, adil, bermartabat dan bebas dari kecurangan"),
 (3, "indirect", "mengatakan", "Ia", "Marwan", "pihaknya pun sangat mendukung penuh aturan KPU yang menyatakan jika partai politik wajib melaporkan dana kampanye"),
 (4, "direct", "ujar", "nya", "Marwan", "PKB sangat setuju adanya PKPU No 17 Tahun 2013 tentang Pelaporan Dana Kampanye untuk menghindari politik transaksional serta mencegah masuknya dana-dana yang tidak jelas asal muasalnya"),
 (6, "indirect", "mengatakan", "Ia", "Agung Laksono", "jika berkaca pada platform kedua partai, bukan hal yang istimewa jika keduanya berkoalisi"),
 (7, "direct", "ujar", "Agung", "Agung Laksono", "Kalau melihat dari platform politik masing-masing partai, intinya bukan sesuatu hal yang mengejutkan. Platform Demokrat dan PDI-P sebenarnya tidak banyak perbedaan mendasar. Nasionalis kebangsaan"),
 (9, "direct", "kata", "Ketua DPR ini", "Agung Laksono", "Memang sebelumnya ada dalam koalisi besar. Kita belum tahu apakah koalisi itu berlaku pada periodenya. Saya kira harus sama-sama diakui bahwa di dalam politik banyak perubahan karena adanya kepentingan"),
 (11, "indirect", "menegaskan", "Dia", "Mahfud Md", "partai politik yang diketuai Muhamin Iskandar itu tidak meninggalkannya meski telah muncul nama-nama kandidat lainnya"),
 (12, "direct", "kata", "nya", "Mahfud Md", "Enggak (ditinggalkan) juga. PKB kan mengumumkan tiga calon presidennya. Saya masih optimistis maju"),
 (14, "according-to", "Menurut", "Mahfud", "Mahfud Md", "kemunculan banyak nama tersebut merupakan proses demokrasi yang baik"),
 (15, "indirect", "ujar", "dia", "Mahfud Md", "bila perlu, kandidat capres baru segera dimunculkan oleh PKB"),
 (16, "direct", "kata", "nya", "Mahfud Md", "Kalau hanya satu calon, nanti PKB-nya kecil. Demokrasi harus diatur seperti itu"),
 (17, "indirect", "kata", "Mahfud", "Mahfud Md", "adalah mulai bermunculan aksi dukung-mendukung kandidat capres oleh pengurus PKB di daerah"),
 (18, "indirect", "menegaskan", "ia", "Mahfud Md", "dukungan tersebut belum menjadi penentu siapa kandidat yang bakal lolos jadi capres dari PKB"),
 (20, "indirect", "menyatakan", "Mahfud", "Mahfud Md", "tidak akan meninggalkan PKB"),
],
"train_0720": [
 (1, "according-to", "Menurut", "Rachlan", "Rachlan", "rumors yang menyebut Partai Demokrat akan bergabung dengan koalisi partai politik pengusung pasangan calon presiden dan calon wakil presiden terpilih Joko Widodo dan Jusuf Kalla tidak benar dan tidak jelas sumbernya dari mana"),
 (2, "indirect", "menegaskan", "Sekretaris Departemen Pemajuan dan Perlindungan HAM DPP Partai Demokrat ini", "Rachlan", "rumors itu bukan berasal dari kader-kader Partai Demokrat"),
 (3, "indirect", "kata", "dia", "Rachlan", "mendukung sikap Ketua Umum Partai Demokrat Susilo Bambang Yushoyono yang memilih bersikap independen"),
 (4, "direct", "kata", "nya", "Rachlan", "Pak SBY juga pernah mengatakan, Partai Demokrat tidak memiliki ambisi untuk mendapat jabatan politik tertentu"),
 (5, "indirect", "menegaskan", "Rachlan", "Rachlan", "kalaupun ada komunikasi antara Ketua Harian Partai Demokrat Syarif Hasan dengan calon presiden terpilih Joko Widodo, hal itu adalah komunikasi pribadi dan berada di luar dari garis kebijakan partai"),
 (6, "direct", "lajut", "nya", "Rachlan", "Kami memilih mengikuti garis kebijakan ketua umum dari kebijakan ketua harian"),
 (7, "according-to", "Menurut", "Rachlan", "Rachlan", "secara etika Partai Demokrat yang kalah dalam pemilu legislatif dan tidak mengusung calon presiden, akan berada di luar pemerintahan"),
 (8, "indirect", "kata", "dia", "Rachlan", "akan menegaskan jatidiri dan jiwa Partai Demokrat sebagai partai politik modern, profesional, dan berdedikasi pada rakyat"),
 (9, "indirect", "menambahkan", "Ketua Umum Angkatan Muda Demokrat Boyke Novrison yang juga Anggota Badan Pengurus Harian DPP Partai Demokrat", "Boyke Novrison", "Partai Demokrat tidak pernah mengajarkan kadernya menjadi avonturir politik"),
 (10, "according-to", "Menurut", "dia", "Boyke Novrison", "kader Partai Demokrat akan taat azaz pada perintah ketua umum yang telah menegaskan, sikap Partai Demokrat pada periode 2014-2019 akan melakukan pembenahan internal"),
 (11, "indirect", "membantah", "Presiden Susilo Bambang Yudhoyono", "Susilo Bambang Yudhoyono", "pandangan yang menilai adanya upaya dirinya mencampuri urusan Presiden terpilih Joko Widodo dalam menyusun pemerintahan"),
 (12, "direct", "kata", "Presiden Yudhoyono", "Susilo Bambang Yudhoyono", "Hari ini saya menerima sejumlah pesan yang bernada negatif.\nSaya tahu hal ini juga beredar di sejumlah kalangan"),
 (14, "according-to", "Menurut", "Yudhoyono", "Susilo Bambang Yudhoyono", "pesan itu mengatakan SBY dan PD jangan \"ngrecoki\" Jokowi"),
 (15, "direct", "kata", "nya", "Susilo Bambang Yudhoyono", "Artinya SBY jangan menganggu atau mengatur-atur Jokowi.\nSaya tidak paham yang dimaksud dengan \"ngrecoki\" itu.\nTidak ada niat dan pikiran sedikitpun untuk menganggu Pak Jokowi"),
 (18, "indirect", "mengatakan", "Kepala Negara", "Susilo Bambang Yudhoyono", "saat menyampaikan pidato kenegaraan pada 15 Agustus lalu, disampaikannya bahwa secara moral sebagai Presiden yang akan mengakhiri masa jabatan akan membantu Presiden baru"),
],
"train_1760": [
 (1, "indirect", "mengatakan", "Gubernur Bank Sentral Malaysia Zeti Akhtar Aziz", "Zeti Akhtar Aziz", "fundamental ekonomi yang kuat akan dapat melindungi negara itu dari dampak negatif kenaikan harga minyak mentah dunia di pasar dunia"),
 (2, "indirect", "menyatakan", "Gubernur bank sentral itu", "Zeti Akhtar Aziz", "sementara inflasi kemungkinan akan naik tipis, dampak secara menyeluruh meningkatnya harga minyak akan minimal"),
 (3, "indirect", "kata", "nya", "Zeti Akhtar Aziz", "Malaysia memungkinkan dapat mempertahankan tingkat inflasi yang rendah meskipun harga minyak naik ke tingkat tinggi baru"),
 (5, "indirect", "menyatakan", "Panitia Kerja A Panitia Anggaran DPR RI", "Panitia Kerja A Panitia Anggaran DPR RI", "berdasarkan pembahasan dengan pemerintah, defisit anggaran pada APBNP 2007 disepakati 1,54 persen dari PDB setara dengan Rp.58,285 triliun"),
 (6, "indirect", "kata", "nya", "Panitia Kerja A Panitia Anggaran DPR RI", "Penerbitan SBN netto dikurangi Rp.3,734 triliun menjadi Rp.58,546 triliun"),
 (8, "according-to", "menurut", "dia", "Panitia Kerja A Panitia Anggaran DPR RI", "Hal ini, menurut dia karena perubahan asumsi nilai tukar dari usulan awal APBNP 2007 Rp9.100 per dolar AS menjadi Rp9.050"),
 (9, "according-to", "menurut", "dia", "Panitia Kerja A Panitia Anggaran DPR RI", "diperkirakan akan didukung oleh pertumbuhan investasi, ekspor nonmigas dan konsumsi masyarakat serta kinerja perekonomian global yang masih relatif cukup kuat"),
 (10, "according-to", "menurut", "direktur perencanaan strategis dan hubungan masyarakat BI Budi Mulia", "Budi Mulia", "untuk meminimalkan gejolak yang mungkin timbul bagi perekonomian domestik meski secara umum kondisi perekonomian nasional sampai dengan bulan Juli 2007 menunjukkan berlanjutnya ekspansi dengan stabilitas ekonomi makro dan sistem keuangan yang relatif terjaga"),
 (11, "indirect", "mengatakan", "Ia", "Budi Mulia", "dengan BI Rate yang tetap di level 8,25 persen maka ruang untuk turunnya suku bunga perbankan guna mendorong ekspansi kredit perbankan ke sektor riil tetap tersedia"),
 (12, "indirect", "menyatakan", "Lembaga pemeringkat Moody's Investors Service", "Moody's Investors Service", "telah menempatkan peringkat utang jangka panjang dalam mata uang asing dan peringkat deposito jangka panjang dalam mata uang asing dari 11 bank Indonesia dalam kajian untuk kemungkinan dinaikkan"),
 (14, "indirect", "kata", "Ketua Asosiasi Asuransi Jiwa Indonesia, Evelina Fadil Pietruschka", "Evelina Fadil Pietruschka", "Tapi saya juga melihat banyak terjadi pengalihan dana-dana di deposito ke asuransi karena tren bunga bank turun, dan penjaminan sudah tinggal Rp100 juta sehingga nasabah banyak mencari alternatif invetasi lain yaitu di asuransi"),
 (15, "indirect", "mengatakan", "Evelina", "Evelina Fadil Pietruschka", "saat ini jumlah nasabah yang terdata pada AAJI mencapai 6 juta jiwa untuk individu dan 25 juta jiwa untuk asuransi kelompok dengan total aset mencapai sekitar Rp80 triliun"),
 (16, "indirect", "kata", "nya", "Evelina Fadil Pietruschka", "Kalau melihat pertumbuhan seperti ini, apalagi penduduk Indonesia yang mencapai 220 juta jiwa, saya tidak ragu akhir tahun kita bisa menembus cukup tinggi, bahkan Rp100 triliun bisa ditembus dalam waktu dekat"),
 (17, "indirect", "menyatakan", "Menko Perekonomian Boediono", "Boediono", "apa yang terjadi saat ini berkaitan dengan produk China di Indonesia dan produk Indonesia yang akan diekspor ke China, belum merupakan perang dagang antar kedua negara"),
 (18, "indirect", "kata", "Boediono", "Boediono", "Tidak ada perang dagang dan jangan sampai ada perang dagang"),
 (19, "according-to", "Menurut", "dia", "Boediono", "adanya temuan terhadap komoditi dari masing-masing negara merupakan kejadian yang dapat terjadi setiap saat seperti sebelumnya terhadap produk yang diekspor ke Australia dan Amerika Serikat"),
],
}
HEDGES = ("mungkin", "kemungkinan", "diperkirakan", "diduga")

def part(s, e, text):
    assert 0 <= s < e <= len(text), (s, e)
    return {"start": s, "end": e, "text": text[s:e]}

for name, claims in A.items():
    text = open(name + ".txt", encoding="utf-8").read()
    starts = [0]
    for i, c in enumerate(text):
        if c == "\n":
            starts.append(i + 1)
    out = []
    for line, kind, cue, speaker, entity, content in claims:
        ls, le = starts[line - 1], text.index("\n", starts[line - 1])
        cs = text.index(content, ls)
        assert cs < le, (name, line, content)
        if speaker == "nya":
            at = text.index(cue + "nya", ls)
            assert at - ls < 400
            # The word as written is both cue and speaker (`katanya`), as the real-news annotators mark it.
            cue_p, sp = part(at, at + len(cue) + 3, text), part(at, at + len(cue) + 3, text)
        else:
            at = text.index(cue, ls)
            assert at - ls < 400
            cue_p = part(at, at + len(cue), text)
            spk = text.index(speaker, ls)
            assert spk - ls < 400, (name, line, speaker)
            sp = part(spk, spk + len(speaker), text)
        sp["entity"] = entity
        words = content.lower().replace(",", " ").split()
        out.append({"kind": kind, "cue": cue_p, "speaker": sp, "content": part(cs, cs + len(content), text),
                    "hedged": any(h in words for h in HEDGES)})
    gold = {"id": name, "documentDate": "2014-12-02", "entities": [], "dates": [], "claims": out}
    with open(name + ".gold.json", "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print(name, len(out))
