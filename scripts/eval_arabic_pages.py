#!/usr/bin/env python3
"""Arabic news pages (../shared/eval/extraction/arabic): inputs for the clean stage, and scores.

  eval_arabic_pages.py inputs SRC > in.jsonl
  eval_arabic_pages.py score SRC out.jsonl

Scores: publication dates right (day) on the pages with a date truth; snippets with/without on
the snippet page; F1 on the full-text page with evaluate.py's own metric; pages with empty text.
"""
import importlib.util
import json
import sys
from pathlib import Path


def load_evaluate(src):
    path = Path(src).resolve().parents[1] / "evaluate.py"
    spec = importlib.util.spec_from_file_location("evaluate", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sources(src):
    with open(Path(src) / "sources.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def inputs(src):
    for s in sources(src):
        html = (Path(src) / f"{s['id']}.html").read_text(encoding="utf-8", errors="replace")
        print(json.dumps({"id": s["id"], "url": s["url"], "source": "arabic", "html": html}, ensure_ascii=False))


def score(src, output):
    evaluate = load_evaluate(src)
    out = {}
    with open(output, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            out[r["id"]] = r
    dates_right = dates_total = empty = 0
    for s in sources(src):
        rec = out.get(s["id"], {})
        if not (rec.get("text") or "").strip():
            empty += 1
        if s["gt_type"] == "publication_date":
            dates_total += 1
            got = (rec.get("published") or "")[:10]
            ok = got == s["gt"]["date"]
            dates_right += ok
            if not ok:
                print(f"  wrong date: {s['id']} expected {s['gt']['date']} got {got or None}")
        elif s["gt_type"] == "snippets":
            text = rec.get("text") or ""
            found = sum(snippet in text for snippet in s["gt"]["with"])
            leaked = sum(snippet in text for snippet in s["gt"]["without"])
            print(f"snippets {s['id']}: with {found}/{len(s['gt']['with'])}  without leaked {leaked}/{len(s['gt']['without'])}")
        elif s["gt_type"] == "full_text":
            tp, fp, fn = evaluate._tp_fp_fn(s["gt"]["text"], rec.get("text") or "")
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"full text {s['id']}: precision {p:.3f}  recall {r:.3f}  f1 {f1:.3f}")
    print(f"pages {len(sources(src))}  empty {empty}")
    print(f"published dates right {dates_right}/{dates_total}")


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("inputs", "score"):
        sys.exit(__doc__)
    inputs(sys.argv[2]) if sys.argv[1] == "inputs" else score(sys.argv[2], sys.argv[3])
