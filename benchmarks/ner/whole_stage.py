#!/usr/bin/env python3
"""Whole-stage entity evaluation on the public Indonesian NER corpora, overall and on sport and business sentences.

Each corpus sentence is joined with single spaces, analyzed by `geonlp analyze --jsonl-input` (the whole entity stage:
tagger + rules, one sentence per document) and scored on exact character spans. Corpus labels are mapped onto ours:
PPL/PER/PERSON -> PERSON; IND/ORG/ORGANISATION/ORGANIZATION -> ORGANIZATION; PLC/PLACE/LOC/LOCATION -> PLACE, which
our GPE and LOCATION both match (no corpus separates them); EVT -> EVENT. NERP's FNB and NER-UGM's TIME/QUANTITY are
dropped; on corpora without an EVENT class our EVENT mentions are not scored.

The sport and business subsets are the sentences holding a domain word from fixed lists (below; chosen from general
knowledge of Indonesian sport and business reporting, before any scoring), so a sentence about a club or a company is
measured whatever its entities are. Sentences also found in a training split (the tagger is trained on NERP, NERGrit
and idner-news-2k train) are removed unless --keep-train is given.

    python3 benchmarks/ner/whole_stage.py --data ../shared/data --split test
    python3 benchmarks/ner/whole_stage.py --data ../shared/data --split dev --errors 40 --corpus idner --domain sport

The geonlp command defaults to the Release build of this checkout (`dotnet build -c Release src/Geopolitics.Nlp.Cli`).
No corpus text is written anywhere but a temporary folder.
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_GEONLP = "dotnet " + os.path.join(REPO, "src/Geopolitics.Nlp.Cli/bin/Release/net10.0/geonlp.dll")

# Words that mark a sentence from a sport or a business page (lower case, matched against lower-cased tokens).
SPORT = {
    "klub", "fc", "liga", "pelatih", "pemain", "gol", "laga", "pertandingan", "striker", "gelandang", "bek",
    "kiper", "penjaga", "kesebelasan", "timnas", "skuad", "stadion", "sepak", "sepakbola", "bola", "turnamen",
    "menjamu", "bertanding", "juara", "kejuaraan", "atlet", "olahraga", "olimpiade", "balap", "pebalap", "motogp",
    "tenis", "petenis", "bulu", "pebulu", "bulutangkis", "basket", "voli", "tinju", "petinju", "musim", "klasemen",
    "final", "semifinal", "penalti", "suporter", "pelatihnya", "menang", "kalah", "imbang", "skor", "trofi", "piala",
}
BUSINESS = {
    "saham", "perusahaan", "pt", "tbk", "bank", "perbankan", "startup", "emiten", "bursa", "investor", "investasi",
    "bisnis", "ceo", "direktur", "dirut", "komisaris", "produk", "penjualan", "pasar", "harga", "ekonomi", "industri",
    "pabrik", "merek", "maskapai", "rupiah", "dolar", "laba", "pendapatan", "korporasi", "keuangan", "ekspor",
    "impor", "perdagangan", "konsumen", "produsen", "dagang", "usaha", "modal", "kredit", "asuransi", "bumn",
    "ritel", "toko", "pengusaha", "miliar", "triliun", "inflasi", "obligasi", "dividen", "akuisisi", "merger",
}
DOMAINS = {"sport": SPORT, "business": BUSINESS}

LABELS = {
    "PPL": "PERSON", "PER": "PERSON", "PERSON": "PERSON",
    "IND": "ORGANIZATION", "ORG": "ORGANIZATION", "ORGANISATION": "ORGANIZATION", "ORGANIZATION": "ORGANIZATION",
    "PLC": "PLACE", "PLACE": "PLACE", "LOC": "PLACE", "LOCATION": "PLACE",
    "EVT": "EVENT",
}
PREDICTED = {"PERSON": "PERSON", "ORGANIZATION": "ORGANIZATION", "GPE": "PLACE", "LOCATION": "PLACE", "EVENT": "EVENT"}

# corpus -> (split -> file, label column, has EVENT, training files)
TRAIN = ["nerp/train_preprocess.txt", "nergrit/train_preprocess.txt", "idner-news-2k/train.txt"]
CORPORA = {
    "nerp": ({"test": "nerp/test_preprocess.txt", "dev": "nerp/valid_preprocess.txt"}, True),
    "nergrit": ({"test": "nergrit/test_preprocess.txt", "dev": "nergrit/valid_preprocess.txt"}, False),
    "idner": ({"test": "idner-news-2k/test.txt", "dev": "idner-news-2k/dev.txt"}, False),
    "ugm": ({"test": "indolem-ner-ugm/test.01.tsv", "dev": "indolem-ner-ugm/dev.01.tsv"}, False),
}


def read_conll(path):
    """Sentences as lists of (token, label); the label is the last whitespace-separated column."""
    sentences, current = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if current:
                    sentences.append(current)
                current = []
                continue
            current.append((parts[0], parts[-1]))
    if current:
        sentences.append(current)
    return sentences


def key(tokens):
    return " ".join(t.lower() for t in tokens)


def gold_spans(sentence, has_event):
    """Joins the tokens with spaces and returns (text, {(start, end): type}); an orphan I- starts a span."""
    text_parts, spans, offset = [], {}, 0
    open_span = None
    for i, (token, label) in enumerate(sentence):
        start = offset
        text_parts.append(token)
        offset += len(token) + 1
        kind = LABELS.get(label[2:]) if label != "O" else None
        if kind == "EVENT" and not has_event:
            kind = None
        if label.startswith("I-") and open_span and open_span[2] == label[2:]:
            open_span[1] = start + len(token)
            continue
        if open_span:
            spans[(open_span[0], open_span[1])] = open_span[3]
            open_span = None
        if kind:
            open_span = [start, start + len(token), label[2:], kind]
    if open_span:
        spans[(open_span[0], open_span[1])] = open_span[3]
    return " ".join(text_parts), spans


def analyze(geonlp, texts):
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, "in.jsonl")
        with open(inp, "w", encoding="utf-8") as f:
            for i, t in enumerate(texts):
                f.write(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n")
        out = subprocess.run(shlex.split(geonlp) + ["analyze", "--jsonl-input", inp, "--fields", "entities",
                                                    "--no-progress"], capture_output=True, text=True, check=True)
    results = [None] * len(texts)
    for line in out.stdout.splitlines():
        doc = json.loads(line)
        results[int(doc["id"])] = doc["entities"]
    return results


class Score:
    def __init__(self):
        self.tp, self.fp, self.fn = Counter(), Counter(), Counter()
        self.sentences = 0
        self.confusion = Counter()  # (gold type, predicted type) on the same exact span

    def add(self, gold, predicted):
        self.sentences += 1
        for span, kind in predicted.items():
            if gold.get(span) == kind:
                self.tp[kind] += 1
            else:
                self.fp[kind] += 1
                if span in gold:
                    self.confusion[(gold[span], kind)] += 1
        for span, kind in gold.items():
            if predicted.get(span) != kind:
                self.fn[kind] += 1

    @staticmethod
    def prf(tp, fp, fn):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def row(self, kind=None):
        if kind is None:
            return self.prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))
        return self.prf(self.tp[kind], self.fp[kind], self.fn[kind])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(REPO, "../shared/data"))
    ap.add_argument("--split", choices=["test", "dev"], default="test")
    ap.add_argument("--corpus", choices=list(CORPORA), action="append")
    ap.add_argument("--domain", choices=["all", "sport", "business"], action="append")
    ap.add_argument("--keep-train", action="store_true", help="keep sentences that also occur in training data")
    ap.add_argument("--geonlp", default=DEFAULT_GEONLP, help="command that runs geonlp (default: %(default)s)")
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors per corpus and domain")
    ap.add_argument("--only", choices=["PERSON", "ORGANIZATION", "PLACE", "EVENT"],
                    help="with --errors: only errors where gold or ours has this type")
    ap.add_argument("--json", action="store_true", help="print the table as JSON lines")
    args = ap.parse_args()

    train = set()
    if not args.keep_train:
        for rel in TRAIN:
            train.update(key([t for t, _ in s]) for s in read_conll(os.path.join(args.data, rel)))

    domains = args.domain or ["all", "sport", "business"]
    if not args.json:
        print(f"split: {args.split}; exact span + type; PLACE = GPE or LOCATION"
              + ("" if args.keep_train else "; sentences in training data removed"))
        print(f"{'corpus':8} {'domain':9} {'sent':>5} {'gold':>5} | {'P':>5} {'R':>5} {'F1':>5} | "
              f"{'PER F1':>6} {'ORG P':>5} {'ORG R':>5} {'ORG F1':>6} {'PLC F1':>6} | ORG->PER PER->ORG")
    for name in args.corpus or list(CORPORA):
        files, has_event = CORPORA[name]
        sentences = [s for s in read_conll(os.path.join(args.data, files[args.split]))
                     if args.keep_train or key([t for t, _ in s]) not in train]
        golds = [gold_spans(s, has_event) for s in sentences]
        predictions = analyze(args.geonlp, [g[0] for g in golds])
        for domain in domains:
            score = Score()
            errors = []
            for sentence, (text, gold), entities in zip(sentences, golds, predictions):
                words = {t.lower() for t, _ in sentence}
                if domain != "all" and not words & DOMAINS[domain]:
                    continue
                predicted = {}
                for e in entities:
                    kind = PREDICTED[e["type"]]
                    if kind == "EVENT" and not has_event:
                        continue
                    predicted[(e["start"], e["end"])] = kind
                score.add(gold, predicted)
                wrong = {span for span in set(gold) | set(predicted) if gold.get(span) != predicted.get(span)
                         and (args.only is None or args.only in (gold.get(span), predicted.get(span)))}
                if len(errors) < args.errors and wrong:
                    errors.append((text, gold, predicted, wrong))
            p, r, f = score.row()
            ngold = sum(score.tp.values()) + sum(score.fn.values())
            _, _, per = score.row("PERSON")
            op, orr, of = score.row("ORGANIZATION")
            _, _, plc = score.row("PLACE")
            if args.json:
                print(json.dumps({"corpus": name, "split": args.split, "domain": domain, "sentences": score.sentences,
                                  "gold": ngold, "p": p, "r": r, "f1": f,
                                  "types": {k: score.row(k) for k in ("PERSON", "ORGANIZATION", "PLACE", "EVENT")},
                                  "org_as_person": score.confusion[("ORGANIZATION", "PERSON")],
                                  "person_as_org": score.confusion[("PERSON", "ORGANIZATION")]}))
            else:
                print(f"{name:8} {domain:9} {score.sentences:5} {ngold:5} | {p:.3f} {r:.3f} {f:.3f} | "
                      f"{per:6.3f} {op:5.3f} {orr:5.3f} {of:6.3f} {plc:6.3f} | "
                      f"{score.confusion[('ORGANIZATION', 'PERSON')]:8} {score.confusion[('PERSON', 'ORGANIZATION')]:7}")
            for text, gold, predicted, wrong in errors:
                print("  " + text)
                for span in sorted(wrong):
                    print(f"    {text[span[0]:span[1]]!r}: gold {gold.get(span, '-')}, ours {predicted.get(span, '-')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
