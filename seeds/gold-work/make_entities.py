#!/usr/bin/env python3
"""Build the gold `entities` part for the five seed articles (ANNOTATION.md, "Entities").

How it works (annotation script, the mention lists are hand-made):
  * LEXICON[article] maps each surface form that is annotated in that article to (type, canonical).
  * The text is scanned left to right; at each position the LONGEST surface that matches with a
    word boundary on both sides is taken (a boundary is any non-alphanumeric character, so names
    inside hyphen/dash-joined words such as `Rusia-RDRK`, `Moskow–Pyongyang`, `pro-Rusia` are found).
    Matching is case-sensitive. Matches inside URLs are dropped.
  * OVERRIDES[article][(surface, n)] changes the canonical of the n-th (0-based) match of that
    surface, or drops it (value None). Used for capitals used as a government (metonymy:
    `Pyongyang (as a government) -> North Korea`, ANNOTATION.md) and for explicit exclusions.
  * Every entry is checked: text[start:end] == text, sorted by start, no overlaps, no characters
    outside the BMP (so Python str indices == UTF-16 code units).

Run:  python3 make_entities.py            -> writes NNN_id.entities.json
      python3 make_entities.py --review   -> also prints every mention in context and the
                                            capitalized tokens that are not inside a mention
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.dirname(HERE)

P, O, G, L, E = "PERSON", "ORGANIZATION", "GPE", "LOCATION", "EVENT"

LEXICON = {
    "000_10a57797bbf117fb": {
        # persons
        "Sergey Lavrov": (P, "Sergey Lavrov"),
        "Lavrov": (P, "Sergey Lavrov"),
        "Wang Yi": (P, "Wang Yi"),
        "Kim Jong-un": (P, "Kim Jong-un"),
        "Kim": (P, "Kim Jong-un"),
        "Choi Son-hee": (P, "Choe Son Hui"),
        "Ilya Dyachkov": (P, "Ilya Dyachkov"),
        "Vasily Kashin": (P, "Vasily Kashin"),
        "Kashin": (P, "Vasily Kashin"),
        "Alexander Lomanov": (P, "Alexander Lomanov"),
        "Lomanov": (P, "Alexander Lomanov"),
        "Hung Anh": (P, "Hung Anh"),  # byline
        # organizations
        "SCO": (O, "Organisasi Kerja Sama Shanghai"),
        "Institut Hubungan Internasional Negeri Moskow": (O, "Institut Hubungan Internasional Negeri Moskow"),
        "MGIMO": (O, "Institut Hubungan Internasional Negeri Moskow"),
        "Pusat Penelitian Ekonomi Komprehensif HSE": (O, "Pusat Penelitian Ekonomi Komprehensif HSE"),
        "Institut Ekonomi dan Hubungan Internasional": (O, "Institut Ekonomi dan Hubungan Internasional"),
        "Akademi Ilmu Pengetahuan Rusia": (O, "Akademi Ilmu Pengetahuan Rusia"),
        "NATO": (O, "NATO"),
        # GPEs
        "Rusia": (G, "Rusia"),
        "Korea Utara": (G, "Korea Utara"),
        "Korea": (G, "Korea"),  # `pembebasan Korea dari pendudukan Jepang` (Korea before the division)
        "Tiongkok": (G, "Tiongkok"),
        "Tianjin": (G, "Tianjin"),
        "Beijing": (G, "Beijing"),
        "Moskow": (G, "Moskow"),
        "Pyongyang": (G, "Pyongyang"),
        "Wonsan": (G, "Wonsan"),
        "Jepang": (G, "Jepang"),
        "India": (G, "India"),
        "Pakistan": (G, "Pakistan"),
        "AS": (G, "Amerika Serikat"),
        "Ukraina": (G, "Ukraina"),
        # locations
        "Belahan Bumi Selatan": (L, "Belahan Bumi Selatan"),
        "Asia": (L, "Asia"),
        "Asia Tengah": (L, "Asia Tengah"),
        # events
        "KTT Organisasi Kerja Sama Shanghai": (E, "KTT Organisasi Kerja Sama Shanghai"),
        "Pertempuran Kursk": (E, "Pertempuran Kursk"),
        "Perang Dunia II": (E, "Perang Dunia II"),
    },
    "001_880b60f3a7ebce32": {
        "Quang Dung": (P, "Quang Dung"),  # byline
        "Vladimir Putin": (P, "Vladimir Putin"),
        "Choe Son Hui": (P, "Choe Son Hui"),
        "Shoe Son Hui": (P, "Choe Son Hui"),
        "Kim Jong-un": (P, "Kim Jong-un"),
        "Dmitry Peskov": (P, "Dmitry Peskov"),
        "Jung Pak": (P, "Jung Pak"),
        "Sergei Lavrov": (P, "Sergey Lavrov"),
        "Lee Ho-ryung": (P, "Lee Ho-ryung"),
        "Joseph Dempsey": (P, "Joseph Dempsey"),
        "VOVWORLD": (O, "VOVWORLD"),
        "Kantor Berita Sentral Korea": (O, "Kantor Berita Sentral Korea"),
        "KCNA": (O, "Kantor Berita Sentral Korea"),
        "Kementerian Luar Negeri": (O, "Kementerian Luar Negeri"),
        "Kemenlu": (O, "Kementerian Luar Negeri"),
        "Istana Presiden Rusia": (O, "Istana Presiden Rusia"),
        "AFP": (O, "AFP"),
        "VNA": (O, "VNA"),
        "Institut Analisis Pertahanan Republik Korea": (O, "Institut Analisis Pertahanan Republik Korea"),
        "Institut Internasional untuk Studi Strategis": (O, "Institut Internasional untuk Studi Strategis"),
        "IISS": (O, "Institut Internasional untuk Studi Strategis"),
        "Rusia": (G, "Rusia"),
        "Federasi Rusia": (G, "Rusia"),
        "RDRK": (G, "Korea Utara"),
        "Republik Demokratik Rakyat Korea": (G, "Korea Utara"),
        "Republik Korea": (G, "Korea Selatan"),
        "AS": (G, "Amerika Serikat"),
        "Jepang": (G, "Jepang"),
        "Ukraina": (G, "Ukraina"),
        "Moskow": (G, "Moskow"),
        "Asia Timur Laut": (L, "Asia Timur Laut"),
        "Timur Jauh": (L, "Timur Jauh"),
        "Semenanjung Korea": (L, "Semenanjung Korea"),
    },
    "002_22ccdcbf5b311fe6": {
        "Sergey Lavrov": (P, "Sergey Lavrov"),
        "Lavrov": (P, "Sergey Lavrov"),
        "Kim Jong-un": (P, "Kim Jong-un"),
        "Netanyahu": (P, "Netanyahu"),
        "Trump": (P, "Trump"),
        "Dewan Keamanan PBB": (O, "Dewan Keamanan PBB"),
        "Rusia": (G, "Rusia"),
        "Korea Utara": (G, "Korea Utara"),
        "Korea Selatan": (G, "Korea Selatan"),
        "Amerika Serikat": (G, "Amerika Serikat"),
        "Jepang": (G, "Jepang"),
        "Ukraina": (G, "Ukraina"),
        "Pyongyang": (G, "Pyongyang"),
        "Moskow": (G, "Moskow"),
        "Asia": (L, "Asia"),
        "Asia Timur": (L, "Asia Timur"),
        "Semenanjung Korea": (L, "Semenanjung Korea"),
        "Indo-Pasifik": (L, "Indo-Pasifik"),
    },
    "003_21ddacbd0a93d29b": {
        "Vladimir Putin": (P, "Vladimir Putin"),
        "Putin": (P, "Vladimir Putin"),
        "Kim Jong-un": (P, "Kim Jong-un"),
        "Rusia": (G, "Rusia"),
        "Korea Utara": (G, "Korea Utara"),
        "Korea Selatan": (G, "Korea Selatan"),
        "Beijing": (G, "Beijing"),
        "China": (G, "Tiongkok"),
        "Ukraina": (G, "Ukraina"),
        "Amerika Serikat": (G, "Amerika Serikat"),
        "AS": (G, "Amerika Serikat"),
        "Jepang": (G, "Jepang"),
        "Asia Timur": (L, "Asia Timur"),
        "Eropa Timur": (L, "Eropa Timur"),
        "Semenanjung Korea": (L, "Semenanjung Korea"),
    },
    "004_e1c8c7941a0e916c": {
        "Vladimir Putin": (P, "Vladimir Putin"),
        "Putin": (P, "Vladimir Putin"),
        "Kim Jong Un": (P, "Kim Jong-un"),
        "Kim": (P, "Kim Jong-un"),
        "Deni Puja Pranata": (P, "Deni Puja Pranata"),  # byline
        "Samuel Wells": (P, "Samuel Wells"),
        "Wells": (P, "Samuel Wells"),
        "Joe Biden": (P, "Joe Biden"),
        "Andrés Sánchez Braun": (P, "Andrés Sánchez Braun"),
        "Braun": (P, "Andrés Sánchez Braun"),
        "jfid": (O, "jfid"),  # the outlet (dateline `jfid –`, `Ikuti jfid di Google News`)
        "Wilson Center": (O, "Wilson Center"),
        "Dewan Keamanan PBB": (O, "Dewan Keamanan PBB"),
        "Efe": (O, "Efe"),
        "Google News": (O, "Google News"),
        "Rusia": (G, "Rusia"),
        "Korea Utara": (G, "Korea Utara"),
        "Korea Selatan": (G, "Korea Selatan"),
        "Korea": (G, "Korea"),  # `isu terkait dengan Korea, baik Utara maupun Selatan`
        "Pyongyang": (G, "Pyongyang"),
        "Vladivostok": (G, "Vladivostok"),
        "Amerika Serikat": (G, "Amerika Serikat"),
        "AS": (G, "Amerika Serikat"),
        "Washington DC": (G, "Washington DC"),
        "Uni Soviet": (G, "Uni Soviet"),
        "Ukraina": (G, "Ukraina"),
        "Singapura": (G, "Singapura"),
        "China": (G, "Tiongkok"),
        "Jepang": (G, "Jepang"),
        "Spanyol": (G, "Spanyol"),
        "Seoul": (G, "Seoul"),
        "Vostochny Cosmodrome": (L, "Vostochny Cosmodrome"),
        "Asia Timur": (L, "Asia Timur"),
        "Asia Pasifik": (L, "Asia Pasifik"),
        "Semenanjung Korea": (L, "Semenanjung Korea"),
        "Siberia": (L, "Siberia"),  # `jalur kereta api trans-Siberia`
        "Perang Dingin": (E, "Perang Dingin"),
        "Perang Korea": (E, "Perang Korea"),
    },
}

# (surface, n-th match of that surface, 0-based) -> new canonical, or None to drop the match.
# Capitals standing for the state/government get the country as canonical (ANNOTATION.md:
# "Pyongyang (as a government) -> North Korea"); capitals as places keep their own name.
OVERRIDES = {
    "000_10a57797bbf117fb": {
        # Beijing #0 `Selama kunjungannya di Beijing` = the city
        ("Beijing", 1): "Tiongkok",    # `Beijing memanfaatkan kepemimpinan SCO`
        ("Beijing", 2): "Tiongkok",    # `upaya Beijing untuk membentuk kembali tatanan regional`
        ("Moskow", 0): "Rusia",        # `komitmen Moskow terhadap perjanjian strategis`
        ("Moskow", 1): "Rusia",        # `bahwa Moskow "memahami alasan"`
        ("Moskow", 2): "Rusia",        # `isolasi Barat terhadap Moskow`
        ("Pyongyang", 0): "Korea Utara",  # `sikap nuklir Pyongyang`
        ("Pyongyang", 1): "Korea Utara",  # `upaya Pyongyang untuk mempromosikan citra negara`
    },
    "001_880b60f3a7ebce32": {
        # Moskow #0 `pada pembicaraan di Moskow` = the city
    },
    "002_22ccdcbf5b311fe6": {
        # Pyongyang #0 `kunjungan diplomatik ke Pyongyang` = the city
        ("Moskow", 0): "Rusia",        # `mitra penting bagi Moskow`
        ("Moskow", 1): "Rusia",        # `aliansi Moskow–Pyongyang`
        ("Pyongyang", 1): "Korea Utara",  # `aliansi Moskow–Pyongyang`
    },
    "003_21ddacbd0a93d29b": {
        # every `di Beijing` is the city; one use is the government:
        ("Beijing", 7): "Tiongkok",    # `Beijing memiliki hubungan yang rumit dengan baik Rusia maupun Korea Utara`
    },
    "004_e1c8c7941a0e916c": {
        # Pyongyang #0 `untuk berkunjung ke Pyongyang` = the city
        ("Pyongyang", 1): "Korea Utara",  # `melindungi kepentingan Pyongyang`
    },
}

URL_RE = re.compile(r"https?://\S+")


def is_boundary(text, i):
    return i < 0 or i >= len(text) or not text[i].isalnum()


def scan(text, lexicon):
    urls = [(m.start(), m.end()) for m in URL_RE.finditer(text)]
    surfaces = sorted(lexicon, key=len, reverse=True)
    out = []
    i = 0
    while i < len(text):
        hit = None
        if is_boundary(text, i - 1):
            for s in surfaces:  # longest first
                if text.startswith(s, i) and is_boundary(text, i + len(s)):
                    hit = s
                    break
        if hit is None:
            i += 1
            continue
        j = i + len(hit)
        if not any(a <= i < b for a, b in urls):
            out.append((i, j, hit))
        i = j
    return out


def build(doc_id, text):
    lexicon, overrides = LEXICON[doc_id], OVERRIDES[doc_id]
    counts, ents, used = {}, [], set()
    for start, end, surface in scan(text, lexicon):
        n = counts.get(surface, 0)
        counts[surface] = n + 1
        typ, canon = lexicon[surface]
        if (surface, n) in overrides:
            used.add((surface, n))
            canon = overrides[(surface, n)]
            if canon is None:
                continue
        ents.append({"start": start, "end": end, "text": surface, "type": typ, "canonical": canon})
    unused_over = set(overrides) - used
    assert not unused_over, (doc_id, unused_over)
    unused_lex = set(lexicon) - set(counts)
    assert not unused_lex, (doc_id, unused_lex)
    # checks
    prev_end = -1
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
        assert e["start"] >= prev_end, ("overlap", e)
        prev_end = e["end"]
    assert ents == sorted(ents, key=lambda e: e["start"])
    return ents, counts


def review(doc_id, text, ents):
    print(f"\n===== {doc_id}: {len(ents)} mentions")
    for e in ents:
        a, b = e["start"], e["end"]
        ctx = text[max(0, a - 30):a] + "[[" + text[a:b] + "]]" + text[b:b + 30]
        print(f"{a:5d}-{b:<5d} {e['type']:12s} {e['canonical']:45s} | {ctx!r}")
    covered = [False] * len(text)
    for e in ents:
        for k in range(e["start"], e["end"]):
            covered[k] = True
    print("-- capitalized tokens outside mentions:")
    rest = {}
    for m in re.finditer(r"\w[\w-]*", text):
        tok = m.group()
        if any(ch.isupper() for ch in tok) and not any(covered[m.start():m.end()]):
            rest.setdefault(tok, []).append(m.start())
    print("   " + ", ".join(f"{t}x{len(v)}" if len(v) > 1 else t for t, v in sorted(rest.items())))


def main():
    do_review = "--review" in sys.argv
    for doc_id in sorted(LEXICON):
        with open(os.path.join(SEEDS, doc_id + ".txt"), encoding="utf-8", newline="") as f:
            text = f.read()
        assert all(ord(c) < 0x10000 for c in text), "non-BMP character: offsets would differ"
        assert "\r" not in text
        ents, _ = build(doc_id, text)
        if do_review:
            review(doc_id, text, ents)
        by_type = {}
        for e in ents:
            by_type[e["type"]] = by_type.get(e["type"], 0) + 1
        print(doc_id, len(ents), dict(sorted(by_type.items())))
        with open(os.path.join(HERE, doc_id + ".entities.json"), "w", encoding="utf-8") as f:
            json.dump({"id": doc_id, "entities": ents}, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
