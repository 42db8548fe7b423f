#!/usr/bin/env bash
# The nightly job for cron: one quiet run of pipeline.json, logs appended to
# corpus/out/pipeline.log, the 14 newest runs kept. Prints one summary line; exits non-zero
# (and cron mails the output) when a stage fails or another run still holds the lock.
#   0 2 * * * /path/to/corpus-pipeline/scripts/nightly.sh
# PIPELINE (the binary), CONFIG and KEEP_RUNS override the defaults; extra arguments go to `run`.
set -uo pipefail
cd "$(dirname "$0")/.."
pipeline="${PIPELINE:-.build/release/pipeline}"
if [ ! -x "$pipeline" ]; then
    swift build -c release --product pipeline >/dev/null || { echo "nightly: cannot build pipeline" >&2; exit 1; }
fi
mkdir -p corpus/out
exec "$pipeline" run --config "${CONFIG:-pipeline.json}" --quiet --log-file corpus/out/pipeline.log \
    --keep-runs "${KEEP_RUNS:-14}" "$@"
