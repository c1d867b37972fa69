#!/usr/bin/env python3
"""Generates a synthetic JSONL corpus for scale tests of `geonlp corpus build` from the repository's seed articles.

Each article keeps one seed's first paragraph (its headline) and recombines paragraphs drawn from all seeds, with a
distinct id, a publication date spread over three years, an outlet and a URL. Deterministic for a given --seed.

    python3 benchmarks/corpus/make_corpus.py --count 10000 --output /tmp/corpus-10k.jsonl
"""
import argparse
import datetime
import json
import pathlib
import random

ROOT = pathlib.Path(__file__).resolve().parents[2]


def paragraphs(text):
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--output", required=True)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()

    seeds = [paragraphs(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    pool = [p for seed in seeds for p in seed[1:]]
    rng = random.Random(args.seed)
    start = datetime.date(2023, 1, 1)
    outlets = ["Kabar Contoh", "Warta Uji", "Harian Sintetis"]
    with open(args.output, "w", encoding="utf-8") as out:
        for i in range(args.count):
            seed = seeds[i % len(seeds)]
            body = rng.sample(pool, k=min(len(pool), rng.randint(4, 9)))
            date = start + datetime.timedelta(days=rng.randrange(3 * 365))
            article = {
                "id": f"gen-{i:06d}",
                "text": "\n\n".join([seed[0]] + body),
                "documentDate": date.isoformat(),
                "outlet": outlets[i % len(outlets)],
                "url": f"https://example.org/{date.year}/{i:06d}",
            }
            out.write(json.dumps(article, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
