#!/usr/bin/env python3
"""Build gold claim annotations (who said what) for the five seed articles.

Spans are never typed as offsets: each span is located by a unique anchor
substring of the article (asserted unique), optionally narrowed to the k-th
occurrence of an inner substring inside that anchor.  Offsets are Python str
indices, which equal UTF-16 code units here (asserted: no non-BMP characters).
Article 001 contains NO-BREAK SPACEs (U+00A0); content strings spell them as \xa0.
Writes NNN_id.claims.json next to this script.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.dirname(HERE)


def locate(text, spec):
    """spec: anchor | (anchor,) | (anchor, inner) | (anchor, inner, k)."""
    if isinstance(spec, str):
        spec = (spec,)
    anchor = spec[0]
    inner = spec[1] if len(spec) > 1 else None
    k = spec[2] if len(spec) > 2 else 0
    n = text.count(anchor)
    assert n == 1, f"anchor occurs {n} times: {anchor!r}"
    a = text.index(anchor)
    if inner is None:
        s, e = a, a + len(anchor)
    else:
        pos = -1
        for _ in range(k + 1):
            pos = anchor.index(inner, pos + 1)
        s, e = a + pos, a + pos + len(inner)
    return s, e


def claim(text, kind, cue, speaker, entity, content, hedged=False):
    out = {"kind": kind}
    for name, spec in (("cue", cue), ("speaker", speaker), ("content", content)):
        s, e = locate(text, spec)
        out[name] = {"start": s, "end": e, "text": text[s:e]}
    out["speaker"]["entity"] = entity
    out["hedged"] = hedged
    return out


LAV, KIM, PUT = "Sergey Lavrov", "Kim Jong-un", "Vladimir Putin"
WELLS, BRAUN = "Samuel Wells", "Andrés Sánchez Braun"

# Each entry: kind, cue, speaker, entity, content, hedged
ARTICLES = {
"000_10a57797bbf117fb": [
    ("indirect", ("beliau menegaskan kembali", "menegaskan"), ("Di sana, beliau menegaskan", "beliau"), LAV,
     "komitmen Moskow terhadap perjanjian strategis yang telah ditandatangani sebelumnya, khususnya perjanjian kemitraan strategis komprehensif pada tahun 2024", False),
    ("direct", "menggambarkan", ("Bapak Kim menggambarkan",  "Bapak Kim"), KIM,
     "momen penting untuk memperkuat aliansi khusus dan kuat antara kedua negara", False),
    ("indirect", ("dan menekankan hubungan historis", "menekankan"),
     ("Menteri Luar Negeri Rusia juga mengadakan", "Menteri Luar Negeri Rusia"), LAV,
     "hubungan historis antara kedua negara", False),
    ("indirect", ("bahkan menyebut partisipasi", "menyebut"),
     ("Menteri Luar Negeri Rusia juga mengadakan", "Menteri Luar Negeri Rusia"), LAV,
     "partisipasi tentara Korea Utara dalam Pertempuran Kursk selama Perang Dunia II", False),
    ("indirect", ("Lavrov juga menyatakan dukungannya", "menyatakan"), ("Lavrov juga menyatakan dukungannya", "Lavrov"), LAV,
     "dukungannya terhadap sikap nuklir Pyongyang", False),
    ("indirect", ("dengan menyatakan bahwa Moskow", "menyatakan"), ("Lavrov juga menyatakan dukungannya", "Lavrov"), LAV,
     "Moskow \"memahami alasan\" Korea Utara mengejar program nuklir", False),
    ("indirect", ("seraya menekankan komitmen", "menekankan"), ("Lavrov juga menyatakan dukungannya", "Lavrov"), LAV,
     "komitmen untuk melanjutkan kerja sama dalam kerangka kepentingan bersama", False),
    ("indirect", ("(MGIMO), mengatakan bahwa", "mengatakan"),
     "Ilya Dyachkov, Profesor Madya di Institut Hubungan Internasional Negeri Moskow (MGIMO)", "Ilya Dyachkov",
     "hubungan Rusia-Korea Utara berkembang pesat dan memiliki kedalaman yang substansial, tidak hanya berhenti pada deklarasi politik", False),
    ("according-to", ("keamanan, menurut Vasily", "menurut"),
     "Vasily Kashin, direktur Pusat Penelitian Ekonomi Komprehensif HSE", "Vasily Kashin",
     "Sebagai ketua bergilir, Tiongkok giat mempromosikan kerja sama ekonomi, terutama di bidang teknologi dan keamanan", False),
    ("according-to", ("Namun, menurut Bapak Kashin", "menurut"), "Bapak Kashin", "Vasily Kashin",
     "SCO memiliki pengalaman dalam menangani konflik semacam itu dan mampu mempertahankan operasi yang stabil", False),
    ("indirect", ("Ilmu Pengetahuan Rusia, mengatakan bahwa", "mengatakan"),
     "Alexander Lomanov, pakar di Institut Ekonomi dan Hubungan Internasional, Akademi Ilmu Pengetahuan Rusia", "Alexander Lomanov",
     "Beijing memanfaatkan kepemimpinan SCO sebagai kesempatan untuk menegaskan perannya sebagai koordinator regional, terutama dengan menyelenggarakan pertemuan puncak yang formal, berpengaruh, dan simbolis", False),
    ("indirect", ("Tiongkok juga menekankan konsep", "menekankan"), ("Tiongkok juga menekankan konsep", "Tiongkok"), "Tiongkok",
     "konsep \"dialog antarperadaban\" di SCO, dengan fokus bukan pada konfrontasi Timur-Barat, melainkan pada hubungan antarnegara di Belahan Bumi Selatan", False),
    ("according-to", ("AS, menurut Tn. Lomanov", "menurut"), "Tn. Lomanov", "Alexander Lomanov",
     "Hal ini mencerminkan upaya Beijing untuk membentuk kembali tatanan regional dan membangun jaringan kerja sama non-Barat - bagian dari strategi jangka panjang untuk mengurangi pengaruh NATO dan aliansi yang dipimpin AS", False),
    ("indirect", ("Para analis mengatakan", "mengatakan"), ("Para analis mengatakan", "Para analis"), None,
     "kunjungan Menteri Luar Negeri Lavrov ke Korea Utara dan Tiongkok bukan sekadar serangkaian kegiatan diplomatik, tetapi juga jelas mencerminkan strategi \"kontra-diplomasi\" Rusia dalam konteks meningkatnya isolasi Barat terhadap Moskow setelah perang di Ukraina", False),
],
"001_880b60f3a7ebce32": [
    ("indirect", "memberitahukan", "Kementerian Luar Negeri (Kemenlu) negara ini", "Kementerian Luar Negeri",
     "Presiden Rusia, Vladimir Putin berniat segera mengunjungi RDRK", False),
    ("indirect", ("RDRK, menegaskan ini", "menegaskan"), "Kantor Berita Sentral Korea (KCNA)", "Kantor Berita Sentral Korea",
     "ini merupakan indikasi terkini yang menunjukkan bahwa hubungan Rusia-RDRK sedang berkembang kuat", False),
    ("according-to", ("Menurut penilaian dari pihak RDRK", "Menurut"), ("Menurut penilaian dari pihak RDRK", "pihak RDRK"), "Korea Utara",
     "kunjungan Ibu Shoe Son Hui merupakan sebagian dalam proses penggelaran kesepakatan \xa0yang sudah dicapai antara Pemimpin RDRK Kim Jong-un dan Presiden Rusia, Vladimir Putin pada Konferensi Tingkat Tinggi (KTT) RDRK-Rusia yang bersejarah pada bulan September tahun 2023 di Timur Jauh, Rusia", False),
    ("according-to", ("Juga menurut pihak RDRK", "menurut"), ("Juga menurut pihak RDRK", "pihak RDRK"), "Korea Utara",
     "kedua pihak telah membahas banyak masalah regional dan internasional, di antaranya Semenanjung Korea dan Asia Timur Laut, dan mencapai kesepakatan pandangan terhadap masalah-masalah ini", False),
    ("indirect", ("Kedua pihak menyatakan tekad", "menyatakan"), ("Kedua pihak menyatakan tekad", "Kedua pihak"), None,
     "tekad untuk memperkuat kerja sama strategis dan taktis guna menjaga kepentingan inti masing-masing negara, bersamaan dengan itu membentuk satu ketertiban internasional multipolar yang baru", False),
    ("according-to", ("Menurut Juru bicara", "Menurut"), "Juru bicara Istana Presiden Rusia, Dmitry Peskov", "Dmitry Peskov",
     "dalam kunjungan Ibu Choe Son Hui di Rusia kali ini, Presiden Rusia, Vladimir Putin telah bersama dengan para pejabat RDRK menyinggung semua potensi kerja sama antara dua negara", False),
    ("direct", ("Menurut Juru bicara", "Menurut"), "Juru bicara Istana Presiden Rusia, Dmitry Peskov", "Dmitry Peskov",
     "Presiden dan Menlu RDRK telah membahas hubungan bilateral pada umumnya dan situasi di Semenanjung Korea, serta pandangannya tentang isu-isu internasional yang menonjol. Tetapi, yang paling penting ialah perkembangan hubungan bilateral dan seperti yang sudah kami nyatakan bahwa RDRK merupakan mitra yang sangat penting bagi Rusia, dan kami ingin mengembangkan hubungan di semua bidang, termasuk bidang-bidang sensitif", False),
    ("according-to", ("Menurut para pakar", "Menurut"), ("Menurut para pakar", "para pakar"), None,
     "Rusia dan RDRK memperkuat hubungan bilateral dianggap sebagai satu pilihan “alami” pada latar belakang kedua negara harus menghadapi tekanan keamanan serta sanksi-sanksi sepihak yang berskala besar dari Barat", False),
    ("indirect", ("semakin menyatakan banyak kecemasan", "menyatakan"),
     "AS dan dua sekutunya di Asia Timur Laut yaitu Jepang dan Republik Korea", None,
     "banyak kecemasan atas kerja sama antara Rusia dan RDRK", False),
    ("indirect", ("informasi-informasi yang menganggap bahwa", "menganggap"), "para pejabat Pemerintah AS", None,
     "RDRK membantu Rusia dalam konflik di Ukraina", False),
    ("indirect", ("Republik Korea dan Jepang menyatakan kecemasan", "menyatakan"),
     ("Republik Korea dan Jepang menyatakan kecemasan", "Republik Korea dan Jepang"), None,
     "Rusia mungkin akan mentransfer teknologi pertahanan mutakhir kepada RDRK, membantu negara ini menyelesaikan program-program satelit dan rudal balistik yang lebih canggih", True),
    ("indirect", ("menyampaikan pesan untuk", "menyampaikan"), "para utusan khusus AS, Jepang, dan Republik Korea", None,
     "pesan untuk mengimbau dialog", False),
    ("direct", ("Jung Pak, menyatakan", "menyatakan"), "Wakil Perwakilan Khusus AS urusan RDRK, Jung Pak", "Jung Pak",
     "Seperti yang sudah berkali-kali kami singgung, AS tidak berniat\xa0mempertahankan\xa0permusuhan dengan RDRK. Kami bersedia menemui pihak RDRK tanpa prasyarat mana pun, untuk membahas sebagian atau semua masalah yang menjadi kecemasan kedua pihak", False),
    ("indirect", "beranggapan", ("banyak pakar beranggapan", "banyak pakar"), None,
     "kecenderungan Rusia-RDRK memperkuat hubungan akan berlangsung lama", False),
    ("indirect", ("Republik Korea, mengatakan bahwa", "mengatakan"),
     "Lee Ho-ryung, pakar peneliti di Institut Analisis Pertahanan Republik Korea", "Lee Ho-ryung",
     "kalau dari sudut RDRK, negara ini meningkatkan hubungan dengan Rusia adalah hal yang tidak mengherankan karena RDRK sedang menilai latar belakang lingkungan internasional kini sedang mengalami kerumitan, sehingga harus memilih mitra potensial", False),
    ("indirect", ("(IISS) menganggap bahwa", "menganggap"),
     "Joseph Dempsey, seorang analis pertahanan di Institut Internasional untuk Studi Strategis (IISS)", "Joseph Dempsey",
     "RDRK mendapat kepentingan yang jelas apabila mendorong kerja sama dengan Rusia", False),
],
"002_22ccdcbf5b311fe6": [
    ("indirect", ("Lavrov menegaskan bahwa", "menegaskan"), ("Lavrov menegaskan bahwa", "Lavrov"), LAV,
     "pertemuan ini bertujuan untuk memperkuat kerja sama di bidang militer, ekonomi, energi, dan teknologi", False),
    ("direct", ("ujar Lavrov", "ujar"), ("ujar Lavrov", "Lavrov"), LAV,
     "Kami memiliki visi bersama untuk menciptakan tatanan dunia yang lebih seimbang dan multipolar", False),
    ("indirect", ("banyak analis menyebut", "menyebut"), ("banyak analis menyebut", "banyak analis"), None,
     "aliansi Moskow–Pyongyang sebagai strategi geopolitik dua arah yang saling menguntungkan", False),
    ("indirect", ("Korea Selatan menyatakan kekhawatiran", "menyatakan"), "Amerika Serikat, Jepang, dan Korea Selatan", None,
     "kekhawatiran atas potensi peningkatan kerja sama militer antara Rusia dan Korea Utara", False),
    ("indirect", ("beberapa analis menyebut", "menyebut"), ("beberapa analis menyebut", "beberapa analis"), None,
     "aliansi ini sebagai cikal bakal blok baru anti-Barat di Asia Timur", False),
],
"003_21ddacbd0a93d29b": [
    ("indirect", ("Putin menyampaikan rasa", "menyampaikan"), ("Putin menyampaikan rasa", "Putin"), PUT,
     "rasa terima kasih kepada Kim Jong-un atas partisipasi pasukan Korea Utara dalam operasi militer Rusia di Ukraina", False),
    ("indirect", "menyoroti", ("Kim Jong-un juga menyoroti", "Kim Jong-un"), KIM,
     ("juga menyoroti peningkatan kerja sama antara Korea Utara dan Rusia sejak penandatanganan perjanjian kerja sama pada Juni 2024",
      "peningkatan kerja sama antara Korea Utara dan Rusia sejak penandatanganan perjanjian kerja sama pada Juni 2024"), False),
],
"004_e1c8c7941a0e916c": [
    ("indirect", ("Putin telah menyatakan kesediaannya", "menyatakan"), ("Presiden Rusia Vladimir Putin telah", "Presiden Rusia Vladimir Putin"), PUT,
     "kesediaannya untuk menghadiri undangan dari pemimpin Korea Utara Kim Jong Un untuk berkunjung ke Pyongyang", False),
    ("according-to", ("Menurut Wells", "Menurut"), ("Menurut Wells", "Wells"), WELLS,
     "hubungan antara Rusia dan Korea Utara saat ini berada di titik terbaiknya sejak runtuhnya Uni Soviet pada tahun 1991", False),
    ("indirect", ("Ia mengatakan bahwa hal ini disebabkan", "mengatakan"), ("Ia mengatakan bahwa hal ini disebabkan", "Ia"), WELLS,
     "hal ini disebabkan oleh beberapa faktor, antara lain", False),
    ("indirect", ("Wells menilai", "menilai"), ("Wells menilai", "Wells"), WELLS,
     "pertemuan antara Putin dan Kim merupakan langkah penting untuk memperkuat hubungan bilateral mereka, serta untuk membahas isu-isu regional dan global yang relevan", False),
    ("indirect", ("Ia menyebutkan beberapa topik", "menyebutkan"), ("Ia menyebutkan beberapa topik", "Ia"), WELLS,
     "beberapa topik yang kemungkinan dibahas oleh kedua pemimpin, antara lain", True),
    ("indirect", ("Wells mengatakan bahwa Rusia mungkin bersedia", "mengatakan"), ("Wells mengatakan bahwa Rusia mungkin bersedia", "Wells"), WELLS,
     "Rusia mungkin bersedia membantu Korea Utara dalam mengembangkan program roket dan satelitnya, yang merupakan salah satu ambisi Kim", True),
    ("indirect", ("Wells mengatakan bahwa Putin mungkin mencari", "mengatakan"), ("Wells mengatakan bahwa Putin mungkin mencari", "Wells"), WELLS,
     "Putin mungkin mencari dukungan politik dari Kim terhadap invasi Rusia ke Ukraina, yang telah menimbulkan kecaman dan sanksi dari AS dan sekutunya", True),
    ("indirect", ("Ia menambahkan bahwa Korea Utara", "menambahkan"), ("Ia menambahkan bahwa Korea Utara", "Ia"), WELLS,
     "Korea Utara telah menunjukkan sikap solidaritas dengan Rusia dengan mengakui dua republik separatis pro-Rusia di timur Ukraina sebagai negara merdeka", False),
    ("indirect", ("Wells mengatakan bahwa Putin mungkin ingin", "mengatakan"), ("Wells mengatakan bahwa Putin mungkin ingin", "Wells"), WELLS,
     "Putin mungkin ingin mengetahui posisi Kim terkait dengan kemungkinan kembali ke meja perundingan dengan AS dan Korea Selatan, yang telah terhenti sejak pertemuan puncak antara Kim dan Presiden AS Joe Biden di Singapura pada Juni 2021", True),
    ("indirect", ("Ia menambahkan bahwa Rusia", "menambahkan"), ("Ia menambahkan bahwa Rusia", "Ia"), WELLS,
     "Rusia mungkin ingin berperan sebagai penengah atau fasilitator dalam proses tersebut, dengan harapan dapat mengurangi ketegangan dan menciptakan stabilitas di kawasan", True),
    ("indirect", ("Wells menekankan", "menekankan"), ("Wells menekankan", "Wells"), WELLS,
     "hubungan antara Rusia dan Korea Utara memiliki potensi untuk berkembang lebih lanjut, tetapi juga menghadapi beberapa tantangan dan hambatan, antara lain", False),
    ("indirect", ("Wells mengatakan bahwa meskipun", "mengatakan"), ("Wells mengatakan bahwa meskipun", "Wells"), WELLS,
     "meskipun keduanya memiliki musuh bersama, yaitu AS, tetapi mereka juga memiliki agenda masing-masing yang tidak selalu sejalan", False),
    ("indirect", ("Wells mengatakan bahwa kerja sama", "mengatakan"), ("Wells mengatakan bahwa kerja sama", "Wells"), WELLS,
     "kerja sama antara Rusia dan Korea Utara harus mematuhi resolusi Dewan Keamanan PBB, yang memberlakukan sanksi terhadap kedua negara terkait dengan isu nuklir dan militer", False),
    ("indirect", ("Ia juga mengatakan bahwa kerja sama tersebut", "mengatakan"), ("Ia juga mengatakan bahwa kerja sama tersebut", "Ia"), WELLS,
     "kerja sama tersebut harus mempertimbangkan reaksi dan kepentingan dari negara-negara lain di kawasan, terutama Jepang", False),
    ("according-to", ("Menurut Braun", "Menurut"), ("Menurut Braun", "Braun"), BRAUN,
     "hubungan antara Rusia dan Korea Utara memiliki akar sejarah yang kuat sejak masa Perang Dingin", False),
    ("indirect", ("Ia mengatakan bahwa hal ini tercermin", "mengatakan"), ("Ia mengatakan bahwa hal ini tercermin", "Ia"), BRAUN,
     "hal ini tercermin dalam beberapa aspek, antara lain", False),
    ("indirect", ("Braun mengatakan bahwa sistem", "mengatakan"), ("Braun mengatakan bahwa sistem", "Braun"), BRAUN,
     "sistem politik dan ekonomi Korea Utara dibangun berdasarkan model Soviet, dengan menggunakan prinsip-prinsip komunisme dan sosialisme", False),
    ("indirect", ("Ia juga mengatakan bahwa banyak warga", "mengatakan"), ("Ia juga mengatakan bahwa banyak warga", "Ia"), BRAUN,
     "banyak warga Korea Utara yang belajar di Rusia atau memiliki hubungan keluarga dengan orang-orang Rusia", False),
    ("indirect", ("Braun mengatakan bahwa Rusia telah memberikan", "mengatakan"), ("Braun mengatakan bahwa Rusia telah memberikan", "Braun"), BRAUN,
     "Rusia telah memberikan bantuan militer kepada Korea Utara sejak Perang Korea (1950-1953), termasuk dalam hal persenjataan nuklir", False),
    ("indirect", ("Ia juga mengatakan bahwa Rusia telah menjadi", "mengatakan"), ("Ia juga mengatakan bahwa Rusia telah menjadi", "Ia"), BRAUN,
     "Rusia telah menjadi salah satu sekutu utama Korea Utara di arena internasional, dengan menggunakan hak vetonya di Dewan Keamanan PBB untuk melindungi kepentingan Pyongyang", False),
    ("indirect", ("Braun menilai", "menilai"), ("Braun menilai", "Braun"), BRAUN,
     "pertemuan antara Putin dan Kim merupakan upaya untuk mempertahankan dan memperbaharui hubungan bilateral mereka, serta untuk mengeksplorasi kemungkinan kerja sama baru dalam berbagai bidang", False),
    ("indirect", ("Ia menyebutkan beberapa bidang", "menyebutkan"), ("Ia menyebutkan beberapa bidang", "Ia"), BRAUN,
     "beberapa bidang yang mungkin menjadi fokus dari pertemuan tersebut, antara lain", True),
    ("indirect", ("Braun mengatakan bahwa Rusia dapat memberikan bantuan ekonomi", "mengatakan"), ("Braun mengatakan bahwa Rusia dapat memberikan bantuan ekonomi", "Braun"), BRAUN,
     "Rusia dapat memberikan bantuan ekonomi dan energi kepada Korea Utara, yang mengalami kesulitan akibat sanksi internasional dan pandemi Covid-19", False),
    ("indirect", ("Ia juga mengatakan bahwa Rusia dapat memanfaatkan", "mengatakan"), ("Ia juga mengatakan bahwa Rusia dapat memanfaatkan", "Ia"), BRAUN,
     "Rusia dapat memanfaatkan sumber daya alam dan tenaga kerja Korea Utara untuk proyek-proyek infrastruktur, seperti jalur kereta api trans-Siberia atau pipa gas alam", False),
    ("indirect", ("Braun mengatakan bahwa Rusia dapat memberikan bantuan kemanusiaan", "mengatakan"), ("Braun mengatakan bahwa Rusia dapat memberikan bantuan kemanusiaan", "Braun"), BRAUN,
     "Rusia dapat memberikan bantuan kemanusiaan kepada Korea Utara, yang menghadapi masalah kelaparan dan kesehatan masyarakat", False),
],
}


def main():
    for aid, specs in ARTICLES.items():
        path = os.path.join(SEEDS, aid + ".txt")
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        assert all(ord(c) <= 0xFFFF for c in text), "non-BMP char: str index != UTF-16 unit"
        assert len(text.encode("utf-16-le")) // 2 == len(text)
        claims = [claim(text, *s) for s in specs]
        for c in claims:
            for part in ("cue", "speaker", "content"):
                sp = c[part]
                assert text[sp["start"]:sp["end"]] == sp["text"], (aid, part, sp)
                assert sp["text"] == sp["text"].strip() and sp["text"], (aid, part, sp)
            ct = c["content"]["text"]
            assert ct[-1] not in ".,:;“”\"" and ct[0] not in "“”\"", (aid, ct)
        claims.sort(key=lambda c: (c["content"]["start"], c["cue"]["start"]))
        keys = [(c["kind"], c["content"]["start"], c["content"]["end"]) for c in claims]
        assert len(set(keys)) == len(keys), "duplicate claim"
        out = os.path.join(HERE, aid + ".claims.json")
        with open(out, "w", encoding="utf-8") as f:
            json.dump({"id": aid, "claims": claims}, f, ensure_ascii=False, indent=2)
            f.write("\n")
        kinds = {}
        for c in claims:
            kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
        print(aid, len(claims), kinds)


if __name__ == "__main__":
    main()
