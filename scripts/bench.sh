#!/usr/bin/env bash
# Times one stage as a filter on a JSONL input, with 1 and 2 workers, in a release build.
# Prints input MB/s, records/s and peak memory. A benchmark, not a test: nothing asserts.
# Usage: scripts/bench.sh STAGE INPUT.jsonl [CONFIG.json]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
stage="$1"
input="$2"
config=()
[ $# -ge 3 ] && config=(--config "$3")
swift build -c release --product pipeline --package-path "$root" >/dev/null
pipeline="$root/.build/release/pipeline"
bytes=$(stat -c %s "$input")
records=$(grep -c . "$input" || true)
for workers in 1 2; do
    stats=$(mktemp)
    /usr/bin/time -f "%e %M" -o "$stats" "$pipeline" stage "$stage" "${config[@]}" --workers "$workers" \
        < "$input" > /dev/null 2>/dev/null
    read -r seconds peak_kb < "$stats"
    rm -f "$stats"
    python3 - "$stage" "$workers" "$bytes" "$records" "$seconds" "$peak_kb" <<'PY'
import sys
stage, workers, size, records, seconds, peak = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
seconds = max(seconds, 0.01)
print(f"{stage}  workers {workers}  {size / 1e6:.1f} MB, {records} records in {seconds:.2f} s: "
      f"{size / 1e6 / seconds:.1f} MB/s, {records / seconds:,.0f} records/s, peak memory {peak / 1024:.0f} MB")
PY
done
