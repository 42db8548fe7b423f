#!/usr/bin/env bash
# Runs one libFuzzer target over its seed corpus (issue 9, Fuzzing).
#
#   scripts/fuzz.sh TARGET [RUNS]        TARGET: clean | feed | jsonl | normalize | charset
#   FUZZ_SECONDS=600 scripts/fuzz.sh clean 1000000   stop after RUNS inputs or 600 s, first reached
#   scripts/fuzz.sh clean 0 ARTIFACT     rerun one saved input (a crash) and print its stack
#   FUZZ_DEBUG=1 scripts/fuzz.sh ...     an -Onone build (in .build-fuzz): slower, exact stacks
#
# Builds Fuzz/ (a separate package that depends on this one by path) in .build-fuzz-opt with
# `-sanitize=fuzzer,address -O`, then runs the fuzzer with a 1 s limit per input, a 2 GB RSS
# limit and leak detection. Inputs it finds go to .build-fuzz-runs/corpus/TARGET (kept between
# runs); a crash, leak or timeout goes to .build-fuzz-runs/crashes/TARGET/ and the script exits
# non-zero. The last line is the result: inputs survived, seconds, exec/s.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
target=${1:?usage: scripts/fuzz.sh clean|feed|jsonl|normalize|charset|warc [RUNS] [ARTIFACT]}
runs=${2:-1000000}
seconds=${FUZZ_SECONDS:-0}
fixtures=$root/Tests/StagesTests/Fixtures
extra=()

case $target in
    clean) product=FuzzClean; seeds=("$fixtures/clean" "$fixtures/fetch" "$root/corpus/sample/pages") ;;
    feed) product=FuzzFeed; seeds=("$fixtures/fetch" "$root/corpus/sample") ;;
    jsonl) product=FuzzJSONL; seeds=("$root/Fuzz/corpus/jsonl") ;;
    # Inputs up to 1 KB: an -Onone ASan build normalizes ~3 KB/s, so a 4 KB seed alone takes ~1 s.
    normalize) product=FuzzNormalize; extra=(-max_len=1024)
        seeds=("$fixtures/normalize" "$fixtures/extract" "$root/Fuzz/corpus/normalize") ;;
    charset) product=FuzzCharset; seeds=("$root/Fuzz/corpus/charset" "$fixtures/fetch" "$root/corpus/sample/pages") ;;
    warc) product=FuzzWARC; seeds=("$fixtures/warc" "$root/Fuzz/corpus/warc") ;;
    *) echo "fuzz: unknown target '$target' (clean, feed, jsonl, normalize, charset, warc)" >&2; exit 2 ;;
esac

scratch=$root/.build-fuzz-opt
optimize=(-Xswiftc -O)
if [[ ${FUZZ_DEBUG:-0} == 1 ]]; then scratch=$root/.build-fuzz; optimize=(); fi
swift build --package-path "$root/Fuzz" --scratch-path "$scratch" --product "$product" \
    -Xswiftc -sanitize=fuzzer,address "${optimize[@]}" >&2
binary=$scratch/debug/$product

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}
limits=(-timeout=1 -rss_limit_mb=2048 -detect_leaks=1)

if [[ $# -ge 3 ]]; then
    exec "$binary" "${limits[@]}" "$3"
fi

# Outside the build folders: SwiftPM owns $scratch/artifacts and empties it on every build.
runs_dir=$root/.build-fuzz-runs
corpus=$runs_dir/corpus/$target
artifacts=$runs_dir/crashes/$target
mkdir -p "$corpus" "$artifacts"
log=$runs_dir/$target.log

set +e
"$binary" "${limits[@]}" -runs="$runs" -max_total_time="$seconds" -print_final_stats=1 "${extra[@]}" \
    -artifact_prefix="$artifacts/" "$corpus" "${seeds[@]}" 2>&1 | tee "$log" >&2
status=${PIPESTATUS[0]}
set -e

stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
done_line=$(grep -E '^Done [0-9]+ runs in' "$log" | tail -1 || true)
if [[ $status -eq 0 && -n $done_line ]]; then
    echo "fuzz $target: survived $(stat number_of_executed_units) inputs, no crash, leak or timeout" \
        "($done_line; $(stat average_exec_per_sec) exec/s; peak RSS $(stat peak_rss_mb) MB)"
else
    echo "fuzz $target: FAILED after $(stat number_of_executed_units) inputs (exit $status);" \
        "input saved in $artifacts/, log in $log" >&2
    exit 1
fi
