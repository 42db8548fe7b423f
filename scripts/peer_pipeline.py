#!/usr/bin/env python3
"""The pipeline's job done with the Python tools a user would glue together: the peer that
scripts/bench_peer.py measures us against. Writes JSON lines, one file per stage, like ours.

  extract  trafilatura: main text (txt, no comments) and metadata  -> extracted.jsonl
  split    py3langid per paragraph; one part per language (ar/en/other) -> split.jsonl
  dates    dateparser.search.search_dates, languages ar and en, relative to the
           publication date, past preferred                       -> dated.jsonl
  dedupe   exact (hash of the folded text) and near duplicates: datasketch MinHash over
           word 3-grams, 112 permutations, MinHashLSH 28 bands x 4 rows, threshold 0.7;
           kept: earliest published, then longest, then smallest id -> deduped.jsonl, corpus.jsonl

Each stage streams its input line by line (dedupe keeps one signature per record between its
two passes). `--workers N` runs extract, split and dates in a multiprocessing pool (input order
kept); dedupe is one process. Prints per stage: records in/out, seconds, records/s; and, with
--timings FILE, appends one JSON line per stage {stage, seconds, records_in, records_out,
maxrss_kb, children_maxrss_kb}.

Needs: trafilatura (with lxml_html_clean), py3langid, dateparser, datasketch.
Usage: peer_pipeline.py --input DIR --out DIR [--stage extract|split|dates|dedupe|all] [--workers N]
                        [--pattern '*.html'] [--timings FILE] [--extract-call bare|extract]
"""
import argparse
import hashlib
import json
import multiprocessing
import os
import re
import resource
import sys
import time
from pathlib import Path

STAGES = ("extract", "split", "dates", "dedupe")
OUTPUTS = {"extract": "extracted.jsonl", "split": "split.jsonl", "dates": "dated.jsonl", "dedupe": "deduped.jsonl"}
NGRAM, NUM_PERM, BANDS, ROWS, THRESHOLD, SEED = 3, 112, 28, 4, 0.7, 1
EXTRACT_CALL = "bare"


# ---------------------------------------------------------------- extract

def extract_one(item):
    """(id, relative path, full path) -> record, or None when trafilatura finds no text."""
    import trafilatura
    rid, rel, path = item
    data = Path(path).read_bytes()
    if EXTRACT_CALL == "extract":
        # The call the trafilatura docs show, plus its metadata: the page is parsed twice.
        text = trafilatura.extract(data, output_format="txt", include_comments=False)
        meta = trafilatura.extract_metadata(data)
        meta = meta.as_dict() if meta is not None else {}
    else:
        # Text and metadata from one parse (what extract() does inside).
        doc = trafilatura.bare_extraction(data, include_comments=False, with_metadata=True)
        if doc is None:
            return None
        meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        text = meta.get("text")
    if not text:
        return None
    return {"id": rid, "doc_id": rid, "source": "bench", "url": rel, "text": text,
            "title": meta.get("title"), "published": meta.get("date"), "author": meta.get("author"),
            "site_name": meta.get("sitename"), "html_bytes": len(data)}


def page_items(root, pattern):
    root = Path(root)
    for path in sorted(root.rglob(pattern)):
        rel = str(path.relative_to(root))
        yield (hashlib.sha256(rel.encode()).hexdigest()[:16], rel, str(path))


# ---------------------------------------------------------------- split

def split_one(line):
    """One record -> its parts, one per language, paragraphs labelled by py3langid."""
    import py3langid
    rec = json.loads(line)
    parts = {}
    for para in rec["text"].split("\n"):
        if not para.strip():
            continue
        lang, _ = py3langid.classify(para)
        key = lang if lang in ("ar", "en") else "other"
        parts.setdefault(key, []).append(para)
    out = []
    for lang, paras in parts.items():
        part = dict(rec, id=f"{rec['doc_id']}#{lang}", lang=lang, text="\n\n".join(paras))
        out.append(part)
    return out


# ---------------------------------------------------------------- dates

def dates_one(line):
    import datetime as dt
    from dateparser.search import search_dates
    rec = json.loads(line)
    settings = {"PREFER_DATES_FROM": "past"}
    if rec.get("published"):
        try:
            settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(rec["published"][:10])
        except ValueError:
            pass
    found = search_dates(rec["text"], languages=["ar", "en"], settings=settings) or []
    rec["dates"] = [{"surface": s, "value": d.isoformat()} for s, d in found]
    return [rec]


# ---------------------------------------------------------------- dedupe

WORDS = re.compile(r"\w+")


def fold(text):
    return " ".join(WORDS.findall(text.lower()))


def dedupe(src, out_dir):
    from datasketch import LeanMinHash, MinHash, MinHashLSH
    base = MinHash(num_perm=NUM_PERM, seed=SEED)
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, params=(BANDS, ROWS))
    info, sigs, exact = [], [], {}
    parent = []

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a, b):
        a, b = find(a), find(b)
        if a != b:
            parent[max(a, b)] = min(a, b)

    with open(src, encoding="utf-8") as f:  # pass 1: one signature per record
        for i, line in enumerate(f):
            rec = json.loads(line)
            words = fold(rec["text"]).split()
            parent.append(i)
            info.append((rec.get("published") or "9999", -len(rec["text"]), rec["id"]))
            key = hashlib.sha1(" ".join(words).encode()).hexdigest()
            if key in exact:
                union(exact[key], i)
                sigs.append(None)
                continue
            exact[key] = i
            shingles = {" ".join(words[j:j + NGRAM]).encode() for j in range(max(1, len(words) - NGRAM + 1))}
            m = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=base.permutations, scheme=base.scheme)
            m.update_batch(list(shingles))
            m = LeanMinHash(m)
            for j in lsh.query(m):
                if sigs[j] is not None and m.jaccard(sigs[j]) >= THRESHOLD:
                    union(j, i)
            lsh.insert(i, m)
            sigs.append(m)
    kept = {}
    for i in range(len(parent)):
        r = find(i)
        if r not in kept or info[i] < info[kept[r]]:
            kept[r] = i
    n_out = n_kept = 0
    with open(src, encoding="utf-8") as f, open(out_dir / "deduped.jsonl", "w", encoding="utf-8") as out, \
            open(out_dir / "corpus.jsonl", "w", encoding="utf-8") as corpus:
        for i, line in enumerate(f):  # pass 2: mark and write
            rec = json.loads(line)
            k = kept[find(i)]
            rec["dedupe"] = {"cluster": info[find(i)][2], "kept": k == i,
                             "duplicate_of": None if k == i else info[k][2]}
            text = json.dumps(rec, ensure_ascii=False) + "\n"
            out.write(text)
            n_out += 1
            if k == i:
                corpus.write(text)
                n_kept += 1
    return len(parent), n_out, n_kept


# ---------------------------------------------------------------- driver

def mapped(func, items, workers):
    if workers <= 1:
        return map(func, items)
    pool = multiprocessing.get_context("fork").Pool(workers)
    return pool.imap(func, items, chunksize=8)


def run_stage(stage, args):
    out_dir = Path(args.out)
    started = time.monotonic()
    n_in = n_out = 0
    extra = ""
    if stage == "dedupe":
        n_in, n_out, n_kept = dedupe(out_dir / OUTPUTS["dates"], out_dir)
        extra = f", {n_kept} kept"
    else:
        if stage == "extract":
            items = page_items(args.input, args.pattern)
            func = extract_one
        else:
            prev = {"split": "extract", "dates": "split"}[stage]
            items = open(out_dir / OUTPUTS[prev], encoding="utf-8")
            func = {"split": split_one, "dates": dates_one}[stage]
        with open(out_dir / OUTPUTS[stage], "w", encoding="utf-8") as out:
            for result in mapped(func, items, args.workers):
                n_in += 1
                if result is None:
                    continue
                for rec in result if isinstance(result, list) else [result]:
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    n_out += 1
    seconds = time.monotonic() - started
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"peer {stage}: {n_in} in, {n_out} out{extra}, {seconds:.2f} s, {n_in / max(seconds, 1e-9):,.1f} records/s, "
          f"workers {args.workers}", flush=True)
    if args.timings:
        with open(args.timings, "a", encoding="utf-8") as t:
            t.write(json.dumps({"stage": stage, "seconds": round(seconds, 3), "records_in": n_in, "records_out": n_out,
                                "workers": args.workers, "maxrss_kb": me, "children_maxrss_kb": kids}) + "\n")


def main():
    global EXTRACT_CALL
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", help="folder of pages (searched recursively), for extract")
    ap.add_argument("--out", required=True, help="folder for the stage outputs")
    ap.add_argument("--stage", default="all", choices=STAGES + ("all",))
    ap.add_argument("--workers", type=int, default=1, help="processes for extract, split and dates (dedupe: 1)")
    ap.add_argument("--pattern", default="*.html")
    ap.add_argument("--timings", help="append one JSON line per stage to this file")
    ap.add_argument("--extract-call", default="bare", choices=("bare", "extract"),
                    help="bare: bare_extraction (one parse); extract: extract() then extract_metadata() (two)")
    args = ap.parse_args()
    EXTRACT_CALL = args.extract_call
    Path(args.out).mkdir(parents=True, exist_ok=True)
    stages = STAGES if args.stage == "all" else (args.stage,)
    if "extract" in stages and not args.input:
        ap.error("--input is needed for extract")
    import trafilatura, py3langid, dateparser.search, datasketch  # noqa: F401  (loaded before the pool forks)
    for stage in stages:
        run_stage(stage, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
