#!/usr/bin/env bash
# CI on a real Slurm: runs the bundled sample as job arrays of 2 shards per stage (`pipeline
# slurm --array-size 2 --submit`; dedupe too: its signatures as the array, its join as the
# merge) on a one-node cluster started here, and checks that every stage's output, rejects,
# corpus.jsonl and the dedupe index equal a local unsharded run's byte for byte.
#
# Installs Debian's slurmctld, slurmd, slurm-client and munge when missing, and starts the
# daemons directly (no systemd), as /work/shared/slurm's recipe does, but with a config, state,
# logs and ports of its own under a temporary folder (SLURM_CONF), so that it neither needs
# nor touches /etc/slurm. It stops only the daemons it started, by their pids. Prints
# "slurm: skipped (reason)" and exits 0 only when Slurm cannot be installed or started.
#
# Environment: PIPELINE (default: the debug build's binary, built when missing),
# SLURM_CI_TIMEOUT (seconds to wait for the jobs, default 900).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
started_at=$(date +%s)
skip() { echo "slurm: skipped ($1)"; exit 0; }

PIPELINE="${PIPELINE:-$(swift build --show-bin-path)/pipeline}"
[ -x "$PIPELINE" ] || swift build --product pipeline >/dev/null
PIPELINE="$(readlink -f "$PIPELINE")"

# 1. Install.
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null \
    || ! command -v munged >/dev/null; then
    [ "$(id -u)" = 0 ] || skip "Slurm is not installed and installing it needs root"
    command -v apt-get >/dev/null || skip "Slurm is not installed and there is no apt-get"
    echo "slurm: installing slurmctld slurmd slurm-client munge"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        slurmctld slurmd slurm-client munge; } >/dev/null 2>&1 || skip "apt-get could not install Slurm"
fi
[ "$(id -u)" = 0 ] || skip "starting slurmd needs root"

# 2. A private one-node cluster: everything under $work, ports of our own.
work="$(mktemp -d /tmp/slurm-ci.XXXXXX)"
chmod 755 "$work"
ctld_port=${SLURM_CI_CTLD_PORT:-6917}
slurmd_port=${SLURM_CI_SLURMD_PORT:-6918}
for port in "$ctld_port" "$slurmd_port"; do
    if ss -ltn 2>/dev/null | grep -q ":$port "; then skip "port $port is in use (set SLURM_CI_CTLD_PORT / SLURM_CI_SLURMD_PORT)"; fi
done
mkdir -p "$work/state" "$work/spool" "$work/log"
host="$(hostname -s)"
# The node as slurmd sees it (CPUs, sockets, memory): a config that claims more makes the node invalid.
node="$(slurmd -C 2>/dev/null | head -n 1)"
[[ "$node" == NodeName=* ]] || skip "slurmd -C did not describe this machine: $node"
export SLURM_CONF="$work/slurm.conf"
cat >"$SLURM_CONF" <<EOF
ClusterName=ci
SlurmctldHost=$host(127.0.0.1)
AuthType=auth/munge
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
$node NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=ci Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF

munged_pid=""
ctld_pid=""
slurmd_pid=""
stop() {
    local status=$?
    # Only what this script started, by pid; slurmctld takes a few seconds to save its state.
    for pid in $slurmd_pid $ctld_pid $munged_pid; do kill "$pid" 2>/dev/null || true; done
    for _ in $(seq 1 50); do
        alive=""
        for pid in $slurmd_pid $ctld_pid $munged_pid; do kill -0 "$pid" 2>/dev/null && alive=1; done
        [ -z "$alive" ] && break
        sleep 0.2
    done
    rm -rf "$work"
    exit "$status"
}
trap stop EXIT

# munge: reuse a running munged (its socket is shared), else start one as user munge.
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
    mkdir -p /run/munge && chown munge:munge /run/munge && chmod 0755 /run/munge
    [ -s /etc/munge/munge.key ] || skip "no /etc/munge/munge.key"
    runuser -u munge -- /usr/sbin/munged || skip "munged did not start"
    for _ in $(seq 1 25); do [ -s /run/munge/munged.pid ] && break; sleep 0.2; done
    munged_pid="$(cat /run/munge/munged.pid 2>/dev/null || true)"
    munge -n | unmunge >/dev/null 2>&1 || skip "munge credentials do not round-trip"
fi
/usr/sbin/slurmctld -D -f "$SLURM_CONF" >"$work/log/slurmctld.out" 2>&1 &
ctld_pid=$!
/usr/sbin/slurmd -D -f "$SLURM_CONF" >"$work/log/slurmd.out" 2>&1 &
slurmd_pid=$!
up=""
for _ in $(seq 1 100); do
    if sinfo -h -o %T 2>/dev/null | grep -q '^idle'; then up=1; break; fi
    sleep 0.2
done
if [ -z "$up" ]; then
    tail -n 20 "$work/log/slurmctld.log" "$work/log/slurmd.log" "$work/log/"*.out 2>/dev/null || true
    skip "the one-node cluster did not come up (sinfo: $(sinfo -h 2>&1 | head -n 1))"
fi
echo "slurm: one-node cluster up ($node) in $(( $(date +%s) - started_at )) s"

# 3. The same sample twice: once locally, once on Slurm.
for side in local slurm; do
    mkdir -p "$work/$side/corpus"
    cp -r corpus/sample "$work/$side/corpus/sample"
    cp pipeline.json "$work/$side/pipeline.json"
done
"$PIPELINE" run --config "$work/local/pipeline.json" --run-id ci --quiet
submitted="$("$PIPELINE" slurm --config "$work/slurm/pipeline.json" --run-id ci --array-size 2 --time 00:10:00 --submit)"
echo "$submitted"
last="$(sed -n 's/^last job: //p' <<<"$submitted")"
[ -n "$last" ] || { echo "slurm: FAILED: no job id from pipeline slurm --submit"; exit 1; }

# 4. Wait for the queue to drain (a failing job cancels the ones after it).
deadline=$(( $(date +%s) + ${SLURM_CI_TIMEOUT:-900} ))
while [ -n "$(squeue -h -o %i 2>/dev/null)" ]; do
    if [ "$(date +%s)" -gt "$deadline" ]; then squeue; echo "slurm: FAILED: jobs still queued after the timeout"; exit 1; fi
    sleep 1
done

# 5. Compare every file with the local run's.
failed=0
logs="$work/slurm/corpus/out/slurm/ci"
for name in fetched cleaned split normalized extracted deduped corpus \
    fetch.rejects clean.rejects split.rejects normalize.rejects extract.rejects dedupe.rejects; do
    a="$work/local/corpus/out/runs/ci/$name.jsonl"
    b="$work/slurm/corpus/out/runs/ci/$name.jsonl"
    if ! cmp -s "$a" "$b"; then echo "slurm: $name.jsonl differs from the local run's (or is missing)"; failed=1; fi
done
# Dedupe's join commits the index later nights compare with: it must be the local run's too.
if ! cmp -s "$work/local/corpus/out/state/dedupe-index.bin" "$work/slurm/corpus/out/state/dedupe-index.bin"; then
    echo "slurm: state/dedupe-index.bin differs from the local run's (or is missing)"; failed=1
fi
fresh=$("$PIPELINE" status --config "$work/slurm/pipeline.json" --run-id ci --json | grep -c '"state" : "fresh"' || true)
[ "$fresh" -eq 6 ] || { echo "slurm: only $fresh of 6 stages are fresh after the Slurm run"; failed=1; }
leftover=$(find "$work/slurm/corpus/out/runs/ci" -name '*.shard-*' | wc -l)
[ "$leftover" -eq 0 ] || { echo "slurm: $leftover shard files left after the merges"; failed=1; }
if [ "$failed" -ne 0 ]; then
    for f in "$logs"/*.log; do echo "--- $f"; tail -n 20 "$f"; done
    echo "slurm: FAILED"
    exit 1
fi
records=$(wc -l <"$work/slurm/corpus/out/runs/ci/corpus.jsonl")
echo "slurm: ok, $(grep -c '^submitted' <<<"$submitted") jobs (arrays of 2 shards), every stage equals the unsharded run, $records records in corpus.jsonl, $(( $(date +%s) - started_at )) s"
