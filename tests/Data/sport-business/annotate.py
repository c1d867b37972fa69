#!/usr/bin/env python3
"""Builds the sport and business held-out gold files (sbNN_*.gold.json) from hand annotations.

Every entity is written out below as a string with its type; the script finds all its whole-word occurrences,
longest names first (a shorter name inside a longer one is not matched again), and asserts text[start:end] == name.
Offsets are Python str indices = UTF-16 code units (all text is in the BMP). Only entities are annotated.
Run: python3 annotate.py   (writes the .gold.json files next to this script)
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
P, O, G, L, E = "PERSON", "ORGANIZATION", "GPE", "LOCATION", "EVENT"

ARTICLES = {
    "sb01_liga_dewa_persis": ("2024-12-07", [
        ("Dewa United", O), ("Persis Solo", O), ("Persis", O), ("Stadion Indomilk Arena", L), ("TANGERANG", G),
        ("KOMPAS.com", O), ("Tangerang", G), ("Banten", G), ("Alex Martins", P), ("Ramadhan Sananta", P),
        ("Jan Olde Riekerink", P), ("Riekerink", P), ("Persib Bandung", O), ("Persebaya Surabaya", O),
        ("PSM Makassar", O), ("Borneo FC Samarinda", O), ("Mills", O), ("PT Persis Solo", O),
        ("Bambang Wiryawan", P), ("PSSI", O), ("PT Liga Indonesia Baru", O), ("LIB", O), ("Rangga Pratama", P),
    ]),
    "sb02_bulu_tangkis_final": ("2025-06-08", [
        ("Fajar", P), ("Rian", P), ("Indonesia Open 2025", E), ("Jakarta", G), ("ANTARA", O), ("Indonesia", G),
        ("Fajar Alfian", P), ("Muhammad Rian Ardianto", P), ("Malaysia", G), ("Aaron Chia", P), ("Soh Wooi Yik", P),
        ("Istora Senayan", L), ("Korea Selatan", G), ("Kim Won-ho", P), ("Seo Seung-jae", P), ("China", G),
        ("PP PBSI", O), ("Eng Hian", P), ("BWF", O), ("Bank Central Asia", O), ("Djarum Foundation", O),
        ("Pertamina Enduro VR46 Racing Team", O), ("Franco Morbidelli", P), ("MotoGP Italia", E),
        ("Sirkuit Mugello", L), ("Dewi Lestari", P), ("Agus Salim", P),
    ]),
    "sb03_laba_bank_mandiri": ("2025-01-31", [
        ("Bank Mandiri", O), ("BMRI", O), ("JAKARTA", G), ("KOMPAS.com", O), ("PT Bank Mandiri (Persero) Tbk", O),
        ("Darmawan Junaidi", P), ("Bursa Efek Indonesia", O), ("BEI", O), ("Samuel Sekuritas Indonesia", O),
        ("Prasetya Gunadi", P), ("Bank Rakyat Indonesia", O), ("Bank Negara Indonesia", O),
        ("Bank Tabungan Negara", O), ("Otoritas Jasa Keuangan", O), ("OJK", O), ("Bank Indonesia", O), ("BI", O),
        ("Perry Warjiyo", P), ("Moody's Investors Service", O), ("Indonesia", G),
    ]),
    "sb04_goto_grab_ritel": ("2025-03-10", [
        ("GoTo", O), ("Grab", O), ("JAKARTA", G), ("investor.id", O), ("PT GoTo Gojek Tokopedia Tbk", O),
        ("GOTO", O), ("Grab Holdings", O), ("Reuters", O), ("Patrick Walujo", P), ("Alfamart", O),
        ("Indomaret", O), ("Jawa", L), ("Nur Rachman", P), ("China", G), ("BYD", O), ("Subang", G),
        ("Jawa Barat", G), ("BYD Indonesia", O), ("Eagle Zhao", P), ("Rosan Roeslani", P), ("Willy Kurniawan", P),
    ]),
    "sb05_man_united_sociedad": ("2025-03-14", [
        ("Man United", O), ("Manchester United", O), ("Real Sociedad", O), ("Old Trafford", L), ("Getty Images", O),
        ("Michael Regan", P), ("MANCHESTER", G), ("KOMPAS.com", O), ("Bruno Fernandes", P), ("Diogo Dalot", P),
        ("Arsenal", O), ("Chelsea", O), ("Stadion Emirates", L), ("Arteta", P), ("Saka", P), ("Ruben Amorim", P),
        ("Amorim", P), ("BBC Sport", O), ("Olympique Lyon", O), ("UEFA", O), ("Nyon", G), ("Swiss", G),
        ("Bayern Muenchen", O), ("Bayer Leverkusen", O), ("Harry Kane", P), ("BayArena", L), ("REUTERS", O),
        ("Wolfgang Rattay", P), ("Ahmad Zulfikar", P), ("Dwi Kurniawan", P),
    ]),
    "sb06_ihsg_saham_teknologi": ("2024-06-03", [
        ("Fitri Handayani", P), ("Bambang Sutrisno", P), ("Jakarta", G), ("ANTARA", O), ("ANTARA FOTO", O),
        ("Bursa Efek Indonesia", O), ("BEI", O), ("Gedung Bursa Efek Indonesia", L), ("PT Bukalapak.com Tbk", O),
        ("BUKA", O), ("PT Telkom Indonesia (Persero) Tbk", O), ("TLKM", O), ("Mirae Asset Sekuritas Indonesia", O),
        ("Rizky Maulana", P), ("Rizky", P), ("Nasdaq", O), ("Nvidia Corp", O), ("Apple Inc.", O),
        ("Amerika Serikat", G), ("Jerman", G), ("Volkswagen AG", O), ("PT Aneka Tambang Tbk", O), ("Antam", O),
        ("Halmahera Timur", G), ("Maluku Utara", G), ("AS", G), ("Bahlil Lahadalia", P), ("Eropa", L),
        ("Robert Bosch GmbH", O), ("Siemens AG", O), ("Korea Selatan", G), ("Samsung Electronics Co Ltd", O),
        ("BI", O), ("Aprillio Akbar", P),
    ]),
    "sb07_persib_persija_dejan_gloria": ("2024-11-18", [
        ("Persib", O), ("Persija", O), ("Persib Bandung", O), ("Persija Jakarta", O), ("BANDUNG", G),
        ("Tribunjabar.id", O), ("Stadion Si Jalak Harupat", L), ("Kabupaten Bandung", G), ("David da Silva", P),
        ("Tyronne del Pino", P), ("Bojan Hodak", P), ("Hodak", P), ("Carlos Pena", P), ("Arema FC", O),
        ("Bali United", O), ("Stadion Patriot Candrabhaga", L), ("Bekasi", G), ("TRIBUNJABAR.ID", O),
        ("Deni Setiawan", P), ("Indonesia", G), ("Dejan Ferdinansyah", P), ("Gloria Emanuelle Widjaja", P),
        ("Dejan", P), ("Gloria", P), ("Korea Masters 2024", E), ("Iksan", G), ("Korea Selatan", G),
        ("Kementerian Pemuda dan Olahraga", O), ("Kemenpora", O), ("Dito Ariotedjo", P), ("PBSI", O),
        ("Bandung", G), ("Cipta Permana", P), ("Yudha Prasetyo", P),
    ]),
    "sb08_verstappen_suzuka": ("2025-04-07", [
        ("Verstappen", P), ("Max Verstappen", P), ("GP Jepang", E), ("Red Bull", O), ("McLaren", O),
        ("Sirkuit Suzuka", L), ("Jepang", G), ("AFP PHOTO", O), ("TOSHIFUMI KITAMURA", P), ("SUZUKA", G),
        ("KOMPAS.com", O), ("Red Bull Racing", O), ("Lando Norris", P), ("Oscar Piastri", P), ("Norris", P),
        ("AFP", O), ("Christian Horner", P), ("Reuters", O), ("GP Bahrain 2025", E), ("Honda Motor Co", O),
        ("Aston Martin Lagonda Global Holdings PLC", O), ("Tokyo", G), ("Nanda Prasetya", P), ("Rizky Fadilah", P),
    ]),
}


def spans(text, names):
    taken = [False] * len(text)
    found = []
    for name, kind in sorted(names, key=lambda n: -len(n[0])):
        for m in re.finditer(r"(?<![\w.])" + re.escape(name) + r"(?![\w])", text):
            if any(taken[m.start():m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            found.append({"start": m.start(), "end": m.end(), "text": name, "type": kind, "canonical": name})
    for f in found:
        assert text[f["start"]:f["end"]] == f["text"]
    return sorted(found, key=lambda f: f["start"])


for article, (date, names) in ARTICLES.items():
    with open(os.path.join(HERE, article + ".txt"), encoding="utf-8") as f:
        text = f.read()
    missing = [n for n, _ in names if not re.search(r"(?<![\w.])" + re.escape(n) + r"(?![\w])", text)]
    assert not missing, (article, missing)
    gold = {"id": article, "documentDate": date, "entities": spans(text, names)}
    with open(os.path.join(HERE, article + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(article, len(gold["entities"]), "entities")
