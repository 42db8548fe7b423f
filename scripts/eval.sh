#!/usr/bin/env bash
# Runs every evaluation of the project on ../shared/eval and prints the scores.
# Usage: scripts/eval.sh [SHARED_EVAL_DIR]   (default: ../shared/eval beside the repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
eval_dir="${1:-$root/../shared/eval}"
if [ ! -f "$eval_dir/evaluate.py" ]; then
    echo "skip: no evaluation sets at $eval_dir (they live in ../shared/eval beside a checkout)"
    exit 0
fi
eval_dir="$(cd "$eval_dir" && pwd)"
cd "$root"
swift build -c release --product pipeline >/dev/null
swift build -c release --product train-tagger >/dev/null
pipeline="$root/.build/release/pipeline"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
evaluate() { python3 "$eval_dir/evaluate.py" "$@"; }
# Duckling's reference reads bare weekdays and months as the next one.
printf '{"normalize": {"prefer": "future"}}\n' > "$work/future.json"

section() { printf '\n== %s\n' "$1"; }

section "extraction: aeb (main text, 181 pages)"
evaluate inputs extraction "$eval_dir/extraction/aeb" > "$work/aeb.in"
start=$(date +%s.%N)
"$pipeline" stage clean < "$work/aeb.in" > "$work/aeb.out" 2>/dev/null
end=$(date +%s.%N)
evaluate score extraction "$eval_dir/extraction/aeb" "$work/aeb.out" | tail -3
python3 -c "import os,sys; b=os.path.getsize('$work/aeb.in'); t=$end-$start; print(f'clean stage incl. JSON: {b/t/1e6:.1f} MB/s of input ({t:.2f} s)')"

section "extraction: Arabic news pages"
python3 scripts/eval_arabic_pages.py inputs "$eval_dir/extraction/arabic" > "$work/ar.in"
"$pipeline" stage clean < "$work/ar.in" > "$work/ar.out" 2>/dev/null
python3 scripts/eval_arabic_pages.py score "$eval_dir/extraction/arabic" "$work/ar.out"

for set in duckling_ar_time duckling_en_time duckling_ar_negative duckling_en_negative dateparser_ar_tests; do
    section "dates: $set"
    evaluate inputs dates "$eval_dir/dates/$set.jsonl" > "$work/d.in"
    config=()
    case "$set" in duckling_*) config=(--config "$work/future.json") ;; esac
    "$pipeline" stage normalize "${config[@]}" < "$work/d.in" > "$work/d.out" 2>/dev/null
    evaluate score dates "$eval_dir/dates/$set.jsonl" "$work/d.out" | tail -2
done

# evaluate.py has no verb for durations: a case is right when the widest duration annotation
# holds the expected length in seconds (Duckling's month is 30 days, its year 365).
score_durations() {
    python3 - "$1" "$2" <<'PY'
import json, sys
unit = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800,
        "month": 2592000, "quarter": 7776000, "year": 31536000}
cases = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
out = {}
for l in open(sys.argv[2], encoding="utf-8"):
    if l.strip():
        r = json.loads(l)
        out[r["id"]] = r
right = 0
for i, c in enumerate(cases):
    spans = [a for a in out.get(f"case-{i:05d}", {}).get("annotations", []) if a["kind"] == "duration"]
    got = max(spans, key=lambda a: a["end"] - a["start"])["value"] if spans else None
    want = c["expected"]["value"] * unit[c["expected"]["unit"]]
    ok = got is not None and abs(got - want) < 1e-6
    right += ok
    if not ok:
        print(f"  wrong: {c['text']!r} expected {want} s got {got}")
print(f"cases {len(cases)}  right {right}")
print(f"accuracy {right / len(cases):.3f}")
PY
}

for set in duckling_ar_duration duckling_en_duration; do
    section "durations: $set"
    evaluate inputs dates "$eval_dir/dates/$set.jsonl" > "$work/d.in"
    "$pipeline" stage normalize < "$work/d.in" > "$work/d.out" 2>/dev/null
    score_durations "$eval_dir/dates/$set.jsonl" "$work/d.out" | tail -2
done

for set in duckling_ar_numeral duckling_ar_ordinal duckling_en_numeral duckling_en_ordinal; do
    section "numbers: $set"
    evaluate inputs numbers "$eval_dir/dates/$set.jsonl" > "$work/n.in"
    "$pipeline" stage normalize < "$work/n.in" > "$work/n.out" 2>/dev/null
    evaluate score numbers "$eval_dir/dates/$set.jsonl" "$work/n.out" | tail -2
done

for set in sentences word-pairs; do
    section "langid: $set (75 languages, classes ar/en/other)"
    evaluate inputs langid "$eval_dir/langid/$set" > "$work/l.in"
    "$pipeline" stage split < "$work/l.in" > "$work/l.out" 2>/dev/null
    evaluate score langid "$eval_dir/langid/$set" "$work/l.out" | tail -5
done

section "feeds: feedparser cases"
evaluate inputs feeds "$eval_dir/feeds/feedparser" > "$work/feeds.txt"
(cd "$eval_dir/feeds/feedparser" && xargs "$pipeline" feed parse --jsonl < "$work/feeds.txt") > "$work/f.out"
evaluate score feeds "$eval_dir/feeds/feedparser" "$work/f.out" | tail -2

section "entities: Wojood val (tagger alone, then the extract stage)"
python3 scripts/eval_ner.py --eval-dir "$eval_dir"
