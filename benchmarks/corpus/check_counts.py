#!/usr/bin/env python3
"""Checks, article by article, that a corpus holds exactly the rows of the per-article JSON.

For every article, the number of `mentions`, `claims` and `timeline` rows in the corpus must equal the number of
entities, claims and dates in the JSON that `geonlp analyze` writes for the same input. Also, no article may be
missing or extra. The test suite proves this on the seeds (`Seed_corpus_row_counts_match_the_per_article_json_exactly`);
this script does it at scale, e.g. on the 10,000 generated articles:

    python3 benchmarks/corpus/make_corpus.py --count 10000 --output /tmp/corpus-10k.jsonl
    geonlp corpus build --jsonl-input /tmp/corpus-10k.jsonl --db /tmp/c.duckdb
    geonlp analyze --jsonl-input /tmp/corpus-10k.jsonl --format jsonl --fields entities,claims,dates > /tmp/a.jsonl
    python3 benchmarks/corpus/check_counts.py --analysis /tmp/a.jsonl --db /tmp/c.duckdb --geonlp geonlp

Exits 1 and lists the first differences when anything differs.
"""
import argparse
import json
import shlex
import subprocess
import sys

COUNTS = """
SELECT a.article_id,
       (SELECT count(*) FROM mentions m WHERE m.article_id = a.article_id) AS entities,
       (SELECT count(*) FROM claims c WHERE c.article_id = a.article_id) AS claims,
       (SELECT count(*) FROM timeline t WHERE t.article_id = a.article_id) AS dates
FROM articles a
"""


def corpus_counts(geonlp, db):
    command = shlex.split(geonlp) + ["corpus", "query", "--db", db, "--format", "json", COUNTS]
    rows = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
    return {r["article_id"]: (r["entities"], r["claims"], r["dates"]) for r in rows}


def json_counts(path):
    counts = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                a = json.loads(line)
                counts[a["id"]] = (len(a.get("entities", [])), len(a.get("claims", [])), len(a.get("dates", [])))
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--analysis", required=True, help="JSONL written by geonlp analyze for the same input")
    parser.add_argument("--db", required=True, help="the corpus file")
    parser.add_argument("--geonlp", default="geonlp", help="how to run the CLI, e.g. 'dotnet path/to/geonlp.dll'")
    args = parser.parse_args()

    expected = json_counts(args.analysis)
    stored = corpus_counts(args.geonlp, args.db)
    differences = [f"{i}: missing from the corpus" for i in expected.keys() - stored.keys()]
    differences += [f"{i}: in the corpus only" for i in stored.keys() - expected.keys()]
    differences += [
        f"{i}: JSON entities/claims/dates {expected[i]}, corpus {stored[i]}"
        for i in sorted(expected.keys() & stored.keys())
        if expected[i] != stored[i]
    ]
    totals = [sum(c[k] for c in expected.values()) for k in range(3)]
    print(f"{len(expected):,} articles; {totals[0]:,} mentions, {totals[1]:,} claims, {totals[2]:,} dated expressions in the JSON")
    if differences:
        print(f"{len(differences):,} differences:", *differences[:20], sep="\n  ")
        return 1
    print("the corpus holds exactly these rows, article by article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
