#!/usr/bin/env python3
"""Near-duplicate benchmark of the dedupe stage on real article texts.

Builds a labelled set from the ground-truth article texts of ../shared/eval/extraction/aeb
(never copied into the repository: everything is written to a temporary folder): for each
article the original (a headline line and a site footer added) and four copies: words
edited (2-5% substituted), truncated (the last 10-30% cut), boilerplate swapped (another
header and footer), headline changed. The other articles are the unrelated documents; many
share a footer, which a near-duplicate detector must not take for a copy.

Runs `pipeline stage dedupe` on it and reports precision and recall of duplicate pairs (two
records in the same cluster), recall per kind of copy, and the time; once per setting
(ngram 3/5, threshold 0.7/0.8, and 28x4 bands for the 0.7 threshold). Then a speed run:
the set replicated with variation to 100,000 documents, at --workers 1 and 2.

Usage: scripts/dedupe_bench.py [PIPELINE_BINARY] [--eval DIR] [--speed-docs N] [--keep DIR]
       (default binary .build/release/pipeline, eval dir ../shared/eval beside the repository)
"""
import argparse
import itertools
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Our own boilerplate, written for this benchmark.
HEADERS = [
    "Subscribe now for unlimited access to our journalism. Cancel anytime.",
    "This article is part of our weekend edition. Sign in to save it for later.",
    "Advertisement. Scroll down to continue reading the story.",
    "Listen to this article. Audio is generated and may contain errors.",
]
FOOTERS = [
    "Copyright 2024 The Daily Ledger. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    "Sign up for our morning newsletter to get the day's most important stories delivered to your inbox before breakfast.",
    "Follow us on social media for the latest updates, and send news tips to our editors through the contact page.",
    "Corrections: an earlier version of this article misstated a date. Read our corrections policy for details.",
    "Related coverage: more stories on politics, business and technology are available in our archive section.",
]
KINDS = ["edited", "truncated", "boilerplate", "headline"]


def load_articles(eval_dir):
    path = os.path.join(eval_dir, "extraction", "aeb", "ground_truth.jsonl")
    articles = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            words = row.get("text", "").split()
            if len(words) < 50:
                continue
            slug = row.get("url", "").rstrip("/").rsplit("/", 1)[-1]
            title = " ".join(w for w in re.split(r"[-_.]+", slug) if w.isalpha()).capitalize() or "News"
            articles.append((title, row["text"]))
    return articles


def variants(title, text, vocabulary, rng):
    """The original and its four copies, as (kind, text)."""
    footer = rng.choice(FOOTERS)
    original = f"{title}\n\n{text}\n\n{footer}"
    words = text.split()
    edited = list(words)
    for i in rng.sample(range(len(words)), max(1, round(len(words) * rng.uniform(0.02, 0.05)))):
        edited[i] = rng.choice(vocabulary)
    kept = round(len(words) * (1 - rng.uniform(0.10, 0.30)))
    header2 = rng.choice(HEADERS)
    footer2 = rng.choice([f for f in FOOTERS if f != footer])
    headline = "Update: " + " ".join(reversed(title.split())) + " as officials respond"
    return [
        ("original", original),
        ("edited", f"{title}\n\n{' '.join(edited)}\n\n{footer}"),
        ("truncated", f"{title}\n\n{' '.join(words[:kept])}"),
        ("boilerplate", f"{header2}\n\n{title}\n\n{text}\n\n{footer2}"),
        ("headline", f"{headline}\n\n{text}\n\n{footer}"),
    ]


def record(rid, text, published):
    return json.dumps({"id": rid, "doc_id": rid.split("#")[0], "source": "bench", "text": text,
                       "published": published}, ensure_ascii=False)


def build_set(articles, seed=7):
    rng = random.Random(seed)
    vocabulary = [w for _, t in articles for w in t.split()[:200]]
    lines, group_of, kind_of = [], {}, {}
    for g, (title, text) in enumerate(articles):
        for kind, body in variants(title, text, vocabulary, rng):
            rid = f"a{g:04d}-{kind}#en"
            day = 1 + rng.randrange(28)
            lines.append(record(rid, body, f"2024-03-{day:02d}T08:00:00Z"))
            group_of[rid], kind_of[rid] = g, kind
    rng.shuffle(lines)
    return lines, group_of, kind_of


def pairs(groups):
    out = set()
    for members in groups.values():
        out.update(itertools.combinations(sorted(members), 2))
    return out


def run_stage(binary, in_path, out_path, config=None, workers=None):
    cmd = [binary, "stage", "dedupe"]
    if config:
        cmd += ["--config", config]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    with open(in_path, "rb") as src, open(out_path, "wb") as dst:
        start = time.perf_counter()
        done = subprocess.run(cmd, stdin=src, stdout=dst, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return seconds


def score(out_path, group_of, kind_of):
    clusters = {}
    with open(out_path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            clusters.setdefault(row["dedupe"]["cluster"], []).append(row["id"])
    predicted = pairs(clusters)
    truth_groups = {}
    for rid, g in group_of.items():
        truth_groups.setdefault(g, []).append(rid)
    truth = pairs(truth_groups)
    hit = len(predicted & truth)
    precision = hit / len(predicted) if predicted else 1.0
    recall = hit / len(truth) if truth else 1.0
    cluster_of = {rid: c for c, members in clusters.items() for rid in members}
    by_kind = {}
    for kind in KINDS:
        copies = [r for r, k in kind_of.items() if k == kind]
        same = sum(1 for r in copies if cluster_of[r] == cluster_of[r.replace(kind, "original")])
        by_kind[kind] = same / len(copies)
    return precision, recall, len(predicted), len(truth), by_kind


def speed_set(lines, count, path, seed=11):
    """The set replicated with variation: each replica changes one word per document."""
    rng = random.Random(seed)
    rows = [json.loads(l) for l in lines]
    with open(path, "w", encoding="utf-8") as f:
        for n in range(count):
            row = dict(rows[n % len(rows)])
            replica = n // len(rows)
            words = row["text"].split(" ")
            words[rng.randrange(len(words))] = f"r{replica}"
            row["id"] = f"s{n:06d}#en"
            row["doc_id"] = f"s{n:06d}"
            row["text"] = " ".join(words)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("binary", nargs="?", default=os.path.join(ROOT, ".build/release/pipeline"))
    parser.add_argument("--eval", default=os.path.join(ROOT, "..", "shared", "eval"))
    parser.add_argument("--speed-docs", type=int, default=100_000)
    parser.add_argument("--keep", help="write the generated files here instead of a temporary folder")
    args = parser.parse_args()
    if not os.path.isfile(os.path.join(args.eval, "extraction", "aeb", "ground_truth.jsonl")):
        print(f"skip: no evaluation set at {args.eval}/extraction/aeb (it lives in ../shared/eval beside a checkout)")
        return
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"no pipeline binary at {args.binary}: swift build -c release --product pipeline")
    articles = load_articles(args.eval)
    lines, group_of, kind_of = build_set(articles)
    work = args.keep or tempfile.mkdtemp(prefix="dedupe-bench-")
    os.makedirs(work, exist_ok=True)
    in_path = os.path.join(work, "near.in.jsonl")
    with open(in_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"near-duplicate set: {len(articles)} articles x 5 = {len(lines)} documents "
          f"(original + {', '.join(KINDS)} copies)")
    # Every setting spelled out in full, so that the rows do not depend on the defaults.
    def setting(ngram, bands, rows, threshold):
        return {"ngram": ngram, "bands": bands, "rows": rows, "threshold": threshold}
    settings = [
        ("ngram 5, 14x8, threshold 0.8 (datatrove-like)", setting(5, 14, 8, 0.8)),
        ("ngram 3, 14x8, threshold 0.8", setting(3, 14, 8, 0.8)),
        ("ngram 5, 14x8, threshold 0.7", setting(5, 14, 8, 0.7)),
        ("ngram 3, 14x8, threshold 0.7", setting(3, 14, 8, 0.7)),
        ("ngram 5, 28x4, threshold 0.7", setting(5, 28, 4, 0.7)),
        ("ngram 3, 28x4, threshold 0.7 (defaults)", setting(3, 28, 4, 0.7)),
    ]
    print(f"{'setting':46} {'P':>6} {'R':>6} {'pairs':>7} {'truth':>7}  recall by copy kind          time")
    for name, section in settings:
        config = None
        if section:
            config = os.path.join(work, "dedupe.json")
            with open(config, "w") as f:
                json.dump({"dedupe": section}, f)
        out_path = os.path.join(work, "near.out.jsonl")
        seconds = run_stage(args.binary, in_path, out_path, config)
        p, r, n_pred, n_truth, by_kind = score(out_path, group_of, kind_of)
        kinds = " ".join(f"{k[:5]} {v:.2f}" for k, v in by_kind.items())
        print(f"{name:46} {p:6.3f} {r:6.3f} {n_pred:7d} {n_truth:7d}  {kinds}  {seconds:.2f}s")
    if args.speed_docs > 0:
        speed_path = os.path.join(work, "speed.in.jsonl")
        speed_set(lines, args.speed_docs, speed_path)
        size = os.path.getsize(speed_path)
        print(f"speed: {args.speed_docs} documents, {size / 1e6:.0f} MB of JSON lines")
        for workers in (1, 2):
            seconds = run_stage(args.binary, speed_path, os.path.join(work, "speed.out.jsonl"), workers=workers)
            print(f"  --workers {workers}: {seconds:.1f}s, {args.speed_docs / seconds:,.0f} documents/s "
                  f"({args.speed_docs / seconds / workers:,.0f} per worker), {size / seconds / 1e6:.1f} MB/s")
    if not args.keep:
        for name in os.listdir(work):
            os.remove(os.path.join(work, name))
        os.rmdir(work)


if __name__ == "__main__":
    main()
