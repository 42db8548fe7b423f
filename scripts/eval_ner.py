#!/usr/bin/env python3
"""Scores our entity spans against Wojood's val.txt: exact span, per type, micro.

Wojood's PERS, ORG, GPE, LOC and FAC map to person, organisation, place (GPE and LOC both),
facility; its other types are ignored. Nested gold names count at every level, so a flat
prediction can never reach full recall. Each sentence is sent as its tokens joined by single
spaces; a predicted span counts only when it starts and ends on token edges.

  scripts/eval_ner.py [--eval-dir DIR] [--mode stage|tagger|both] [--model FILE.bin]

stage:  .build/release/pipeline stage extract (filter mode), reading facts.entities.
tagger: .build/release/train-tagger tag, the tagger alone.
Build first (scripts/eval.sh does). Stdlib only.
"""
import argparse
import json
import os
import subprocess
import tempfile
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"PERS": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "facility"}
TYPES = ["person", "organisation", "place", "facility"]


def read_sentences(path):
    """[(tokens, [tag lists])], dropping Wojood's "$#$" marks."""
    sentences, tokens, tags = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if not fields:
                if tokens:
                    sentences.append((tokens, tags))
                tokens, tags = [], []
                continue
            if fields[0] == "$#$":
                continue
            tokens.append(fields[0])
            tags.append(fields[1:])
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def gold_spans(tags):
    """Every (start, end, type) at every nesting level, in tokens, end exclusive."""
    open_spans, spans = {}, []
    for i, token_tags in enumerate(tags):
        begins, insides = Counter(), Counter()
        for tag in token_tags:
            if len(tag) > 2 and tag[1] == "-":
                (begins if tag[0] == "B" else insides if tag[0] == "I" else Counter())[tag[2:]] += 1
        for typ in sorted(open_spans):
            starts = open_spans[typ]
            keep = min(insides[typ], len(starts))
            spans += [(s, i, typ) for s in starts[keep:]]
            open_spans[typ] = starts[:keep]
            insides[typ] -= keep
        for typ in sorted(set(begins) | set(insides)):
            open_spans.setdefault(typ, []).extend([i] * (begins[typ] + max(insides[typ], 0)))
    for typ, starts in open_spans.items():
        spans += [(s, len(tags), typ) for s in starts]
    return {(s, e, KINDS[t]) for s, e, t in spans if t in KINDS}


def token_edges(tokens):
    starts, ends, offset = {}, {}, 0
    for i, token in enumerate(tokens):
        starts[offset] = i
        ends[offset + len(token)] = i + 1
        offset += len(token) + 1
    return starts, ends


def to_token_spans(tokens, predicted):
    """Scalar spans → token spans; a span off the token edges stays, as a miss that counts."""
    starts, ends = token_edges(tokens)
    out = set()
    for kind, start, end in predicted:
        if kind not in TYPES:
            continue
        if start in starts and end in ends:
            out.add((starts[start], ends[end], kind))
        else:
            out.add((("off", start), end, kind))
    return out


def run_tagger(texts, model):
    cmd = [os.path.join(ROOT, ".build/release/train-tagger"), "tag"] + (["--model", model] if model else [])
    out = subprocess.run(cmd, input="\n".join(texts) + "\n", capture_output=True, text=True, check=True).stdout
    return [[(s["kind"], s["start"], s["end"]) for s in json.loads(line)] for line in out.splitlines()]


def run_stage(texts, tagger=False):
    """The extract stage with `extract.tagger` on or off (the default)."""
    lines = [json.dumps({"id": f"wojood-val-{i}", "text": t, "lang": "ar"}, ensure_ascii=False)
             for i, t in enumerate(texts)]
    with tempfile.TemporaryDirectory() as work:
        config = os.path.join(work, "pipeline.json")
        with open(config, "w") as f:
            json.dump({"extract": {"tagger": tagger}}, f)
        cmd = [os.path.join(ROOT, ".build/release/pipeline"), "stage", "extract", "--config", config]
        out = subprocess.run(cmd, input="\n".join(lines) + "\n", capture_output=True, text=True, check=True).stdout
    by_id = {}
    for line in out.splitlines():
        record = json.loads(line)
        entities = (record.get("facts") or {}).get("entities") or []
        by_id[record["id"]] = [(e["kind"], e["span"]["start"], e["span"]["end"]) for e in entities]
    return [by_id.get(f"wojood-val-{i}", []) for i in range(len(texts))]


def score(title, sentences, predictions):
    tp, fp, fn = Counter(), Counter(), Counter()
    for (tokens, tags), predicted in zip(sentences, predictions):
        gold = gold_spans(tags)
        guess = to_token_spans(tokens, predicted)
        for s in guess:
            (tp if s in gold else fp)[s[2]] += 1
        for s in gold - guess:
            fn[s[2]] += 1
    print(f"{title}")
    print(f"  {'type':<13} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'found':>6}")

    def line(name, t, p, n):
        prec = t / (t + p) if t + p else 0.0
        rec = t / (t + n) if t + n else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"  {name:<13} {prec:6.3f} {rec:6.3f} {f1:6.3f} {t + n:6d} {t + p:6d}")

    for typ in TYPES:
        line(typ, tp[typ], fp[typ], fn[typ])
    line("micro", sum(tp.values()), sum(fp.values()), sum(fn.values()))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval-dir", default=os.path.join(ROOT, "..", "shared", "eval"))
    parser.add_argument("--mode", choices=["stage", "tagger", "both"], default="both")
    parser.add_argument("--model", help="a weights file (train-tagger train --bin) for tagger mode")
    args = parser.parse_args()
    val = os.path.join(args.eval_dir, "ner", "wojood", "val.txt")
    if not os.path.isfile(val):
        print(f"skip: no Wojood val.txt at {val} (it lives in ../shared/eval beside a checkout)")
        return 0
    sentences = read_sentences(val)
    texts = [" ".join(tokens) for tokens, _ in sentences]
    print(f"Wojood val: {len(sentences)} sentences, exact spans, nested gold at every level")
    for tool, mode in (("train-tagger", "tagger"), ("pipeline", "stage")):
        if args.mode in (mode, "both") and not os.path.isfile(os.path.join(ROOT, ".build/release", tool)):
            print(f"skip {mode}: no .build/release/{tool} (swift build -c release --product {tool})")
            args.mode = {"both": "stage" if mode == "tagger" else "tagger"}.get(args.mode, "none")
    if args.mode in ("tagger", "both"):
        score("tagger alone (train-tagger tag)", sentences, run_tagger(texts, args.model))
    if args.mode in ("stage", "both"):
        score("extract stage with extract.tagger on", sentences, run_stage(texts, tagger=True))
        score("extract stage, defaults (tagger off): gazetteer and patterns", sentences, run_stage(texts, tagger=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
