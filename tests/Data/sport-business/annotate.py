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
