#!/usr/bin/env python3
"""Crash safety: kill `pipeline run` at random moments and check that what it leaves is sound.

  python3 scripts/killtest.py [--binary .build/debug/pipeline] [--kills 100] [--seed 1]
                              [--workers-list 1,2,4] [--copies 3] [--pad-kb 100] [--keep] [-v]

Builds nothing: it runs an existing binary. In a temporary folder it enlarges the bundled
sample (the six pages copied --copies times under new names, read offline by a `files`
source, and a few pages that fetch and clean reject) so that each stage runs long enough to
be hit, and makes one uninterrupted reference run. Then it starts `pipeline run --run-id k
--workers W` again and again and SIGKILLs it at a moment drawn with --seed: startup or one of
the six stages, each as likely, then a delay within that stage's time in the reference run,
counted from when the stage starts writing (its temporary output appears), so that short
stages are hit as often as long ones. After every kill it checks what is left:

- every manifest agrees with the files beside it: output sha256, output lines == records_out,
  rejects lines == rejected, records_in == out + rejected + filtered (1:1 stages), corpus.jsonl
  lines == published, input_sha256 == the previous output's hash, records_in == its records;
- every file under a final name is complete: byte-identical to the reference run's (the
  pipeline is deterministic offline), or, for an output without a manifest, the previous
  complete file; temporary files keep their `.NAME.tmp-PID` names and belong to killed runs;
- the state carried to later nights (corpus/state/*.json) parses;
- the next run takes over the lock the killed one left (it must not fail on it).

Each killed run is continued by the next (plain `run`), or a stage already done is rerun with
`run --from STAGE`, so that every stage is hit. At the end a run goes to completion and every
file must equal the reference byte for byte (manifests too, but for seconds, workers and
finished_at), and so must corpus/state/ (both corpora hold the one run); `pipeline verify`
must pass when the binary has it. Prints a summary; exits 1 on any failure, 2 on a setup
problem.
"""
import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import runcheck  # noqa: E402
from runcheck import STAGES  # noqa: E402

RUN_ID = "k"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    runcheck.add_workspace_arguments(parser)
    parser.add_argument("--kills", type=int, default=100, help="how many runs to kill (default 100)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the kill delays (default 1)")
    parser.add_argument("--workers-list", default="1,2,4", help="worker counts used in turn (default 1,2,4)")
    parser.add_argument("--verbose", "-v", action="store_true", help="print a line per attempt")
    args = parser.parse_args()
    args.workers = [int(w) for w in args.workers_list.split(",") if w.strip()]
    if args.kills < 0 or not args.workers or min(args.workers) < 1:
        parser.error("--kills must be >= 0 and --workers-list hold numbers >= 1")
    return args


class KillTest:
    def __init__(self, args, workspace):
        self.args = args
        self.binary = str(Path(args.binary).resolve())
        self.ws = workspace
        self.rng = random.Random(args.seed)
        self.failures = []
        self.landed = Counter()
        self.finished_before_kill = 0
        self.killed_pids = set()
        self.previous_complete = {}  # stage -> sha256 of its last output that agreed with a manifest

    def pipeline(self, config, *extra):
        return [self.binary, "run", "--config", str(config), "--run-id", RUN_ID, *extra]

    # The reference run -------------------------------------------------------------------

    def reference(self):
        config = runcheck.write_config(self.ws, "reference.json", "out/reference")
        started = time.monotonic()
        done = subprocess.run(self.pipeline(config, "--workers", str(self.args.workers[0]), "--quiet"),
                              capture_output=True, text=True)
        self.duration = time.monotonic() - started
        if done.returncode != 0:
            sys.exit(f"killtest: the reference run failed ({done.returncode}):\n{done.stderr}")
        self.ref_dir = self.ws / "out" / "reference" / "runs" / RUN_ID
        self.ref_files = runcheck.final_files(self.ref_dir)
        self.stage_seconds = {s: runcheck.read_manifest(self.ref_dir / f"{s}.manifest.json")["seconds"]
                              for s, _ in STAGES}
        self.startup = max(0.0, self.duration - sum(self.stage_seconds.values()))
        again = subprocess.run(self.pipeline(config, "--quiet"), capture_output=True, text=True)
        if again.returncode != 0 or "every stage is fresh" not in again.stdout:
            sys.exit(f"killtest: a second reference run did not find every stage fresh:\n{again.stdout}{again.stderr}")
        # `run --from STAGE` neither expands the sources nor hashes earlier stages: time its
        # startup on the last stage (which rewrites the same files).
        last = STAGES[-1][0]
        started = time.monotonic()
        rerun = subprocess.run(self.pipeline(config, "--quiet", "--from", last), capture_output=True, text=True)
        elapsed = time.monotonic() - started
        if rerun.returncode != 0:
            sys.exit(f"killtest: `run --from {last}` failed on the reference:\n{rerun.stderr}")
        last_seconds = runcheck.read_manifest(self.ref_dir / f"{last}.manifest.json")["seconds"]
        self.from_startup = max(0.0, elapsed - last_seconds)
        for name, sha in runcheck.final_files(self.ref_dir).items():
            if not name.endswith(".manifest.json") and sha != self.ref_files.get(name):
                self.fail(f"`run --from {last}` with the default workers changed {name} of the reference run")
        if self.args.verbose:
            print(f"  reference run: {self.duration:.2f} s, startup {self.startup:.2f} s "
                  f"(--from {self.from_startup:.2f} s), "
                  + ", ".join(f"{s} {t:.2f} s" for s, t in self.stage_seconds.items()), flush=True)
        problems = runcheck.check_manifests(self.ref_dir)
        if problems:
            sys.exit("killtest: the reference run is inconsistent:\n  " + "\n  ".join(problems))

    # The kills ---------------------------------------------------------------------------

    def run(self):
        self.config = runcheck.write_config(self.ws, "kill.json", "out/kill")
        self.corpus = self.ws / "out" / "kill"
        self.run_dir = self.corpus / "runs" / RUN_ID
        kills, attempt = 0, 0
        max_attempts = 3 * self.args.kills + 10
        while kills < self.args.kills and attempt < max_attempts:
            workers = self.args.workers[attempt % len(self.args.workers)]
            attempt += 1
            options, target, delay = self.plan_kill()
            outcome = self.one_attempt(attempt, workers, options, target, delay)
            if outcome == "killed":
                kills += 1
            elif outcome == "finished":
                self.finished_before_kill += 1
        self.kills = kills
        if kills < self.args.kills:
            self.fail(f"only {kills} of {self.args.kills} kills landed in {attempt} attempts")

    def plan_kill(self):
        """Where to aim the next kill: startup or one of the stages, each as likely. Returns the
        extra `run` options, the stage to wait for (None: startup) and the delay. A stage still
        to do is reached by resuming (`run`); one already done is rerun (`run --from STAGE`)."""
        target = self.rng.choice([None] + [s for s, _ in STAGES])
        if target is None:
            # Shorter than any run's startup (`--from` skips expanding the sources).
            return [], None, self.rng.uniform(0.0, self.from_startup)
        options = [] if target in self.pending_stages() else ["--from", target]
        return options, target, self.rng.uniform(0.0, self.stage_seconds[target])

    def pending_stages(self):
        """Stages from the first one whose output is not yet the reference's, with its manifest."""
        got = runcheck.final_files(self.run_dir)
        for index, (stage, output) in enumerate(STAGES):
            manifest_name, output_name = f"{stage}.manifest.json", f"{output}.jsonl"
            if got.get(manifest_name) is None or got.get(output_name) != self.ref_files[output_name]:
                return [s for s, _ in STAGES[index:]]
        return []

    def one_attempt(self, attempt, workers, options, target, delay):
        """Runs `pipeline run` and SIGKILLs it `delay` seconds after it starts `target` (after
        it starts, for None); a stage's start is when its output's temporary file appears."""
        lock = self.corpus / "pipeline.lock"
        lock_left = lock.exists()
        before = self.manifest_times()
        log_path = self.ws / f"attempt-{attempt}.stderr"
        with open(log_path, "wb") as log:
            extra = ["--workers", str(workers)] + options
            proc = subprocess.Popen(self.pipeline(self.config, *extra), stdout=subprocess.DEVNULL, stderr=log)
            if target is not None:
                self.wait_for_stage(proc, target)
            try:
                proc.wait(timeout=delay)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
        stderr = log_path.read_text(encoding="utf-8", errors="replace")
        label = (f"attempt {attempt} (workers {workers}{''.join(' ' + o for o in options)}, "
                 f"kill {delay:.2f} s after {target or 'the start'})")
        if proc.returncode == -signal.SIGKILL:
            self.killed_pids.add(proc.pid)
            stage = self.landing(proc.pid, before)
            self.landed[stage] += 1
            self.check_state(f"{label}, killed in {stage}")
            outcome = "killed"
            if self.args.verbose:
                print(f"  {label}: killed in {stage}", flush=True)
        elif proc.returncode == 0:
            self.check_state(f"{label}, finished before the kill")
            outcome = "finished"
        else:
            self.fail(f"{label}: exited {proc.returncode}:\n{stderr.strip()}")
            outcome = "failed"
        if "another run" in stderr:
            self.fail(f"{label}: did not take over the lock left by a killed run:\n{stderr.strip()}")
        if lock_left and outcome == "finished" and "took over a stale lock" not in stderr:
            self.fail(f"{label}: finished over a stale lock without the take-over warning")
        if outcome == "finished" and lock.exists():
            self.fail(f"{label}: finished but left {lock}")
        return outcome

    def wait_for_stage(self, proc, stage):
        """Returns once `proc` has begun writing `stage`'s output, has exited, or after a while."""
        output = dict(STAGES)[stage]
        temp = self.run_dir / f".{output}.jsonl.tmp-{proc.pid}"
        deadline = time.monotonic() + 10 * self.duration + 10
        while proc.poll() is None and not temp.exists() and time.monotonic() < deadline:
            time.sleep(0.002)

    def manifest_times(self):
        return {s: (self.run_dir / f"{s}.manifest.json").stat().st_mtime_ns
                for s, _ in STAGES if (self.run_dir / f"{s}.manifest.json").exists()}

    def landing(self, pid, manifests_before):
        """Which stage the kill hit: the one whose temporary files the killed process left, else
        the one after the last manifest it wrote ("startup" when it wrote none)."""
        names = {final for _, final, owner in runcheck.temp_files(self.run_dir) if owner == pid}
        for stage, output in STAGES:
            files = {f"{output}.jsonl", f"{stage}.rejects.jsonl"}
            if stage == runcheck.PUBLISHING:
                files.add("corpus.jsonl")
            if files & names:
                return stage
            if f"{stage}.manifest.json" in names:
                return f"{stage} (manifest)"
        after = self.manifest_times()
        written = [s for s, _ in STAGES if after.get(s) != manifests_before.get(s)]
        if not written:
            return "startup"
        last = [s for s, _ in STAGES].index(written[-1])
        return f"between {STAGES[last][0]} and {STAGES[last + 1][0]}" if last + 1 < len(STAGES) else "exit"

    def check_state(self, label):
        """What a killed (or finished) run left must be sound; see the module docstring."""
        problems = runcheck.check_manifests(self.run_dir)
        got = runcheck.final_files(self.run_dir)
        for name in sorted(set(got) - runcheck.expected_names()):
            problems.append(f"unexpected file {name}")
        for name, sha in sorted(got.items()):
            if name in self.ref_files and sha != self.ref_files[name] and not name.endswith(".manifest.json"):
                problems.append(f"{name} is not a complete file (differs from the reference)")
        for stage, output in STAGES:
            name = f"{output}.jsonl"
            has_manifest = f"{stage}.manifest.json" in got
            complete = (self.previous_complete.get(stage), self.ref_files[name])
            if name in got and not has_manifest and got[name] not in complete:
                problems.append(f"{name} has no manifest and is not the previous complete file")
            if name in got and has_manifest and not problems:
                self.previous_complete[stage] = got[name]
        for path in sorted((self.corpus / "state").glob("*.json")):
            try:
                json.loads(path.read_text(encoding="utf-8"))
            except ValueError as error:
                problems.append(f"state/{path.name} does not parse: {error}")
        for folder in self.temp_folders():
            for temp, final, pid in runcheck.temp_files(folder):
                if pid not in self.killed_pids:
                    problems.append(f"temporary file {temp} of a process that was not killed")
                if temp in runcheck.expected_names():
                    problems.append(f"temporary file {temp} under a final name")
        for problem in problems:
            self.fail(f"{label}: {problem}")

    def temp_folders(self):
        """Where AtomicFile leaves temporaries: the run, the corpus root (last-run), the state."""
        return [self.run_dir, self.corpus, self.corpus / "state"]

    # The end -----------------------------------------------------------------------------

    def finish(self):
        done = subprocess.run(self.pipeline(self.config, "--workers", str(self.args.workers[0])),
                              capture_output=True, text=True)
        if done.returncode != 0:
            self.fail(f"the final run failed ({done.returncode}):\n{done.stderr.strip()}")
            return
        for problem in runcheck.check_manifests(self.run_dir) + runcheck.compare_runs(self.ref_dir, self.run_dir):
            self.fail(f"after the final run: {problem}")
        # Both corpora hold one run, `k`, however often it was killed and rerun: the state it
        # carries to later nights must be the same.
        ref_state = runcheck.final_files(self.ref_dir.parent.parent / "state")
        state = runcheck.final_files(self.corpus / "state")
        for name in sorted(set(ref_state) | set(state)):
            if ref_state.get(name) != state.get(name):
                self.fail(f"after the final run: state/{name} differs from the reference run's")
        commands = subprocess.run([self.binary, "--help"], capture_output=True, text=True).stdout
        if "verify" not in commands:
            print("killtest: this binary has no `verify` command; skipped it")
            return
        verify = subprocess.run([self.binary, "verify", "--config", str(self.config), "--run-id", RUN_ID],
                                capture_output=True, text=True)
        if verify.returncode != 0:
            self.fail(f"pipeline verify failed ({verify.returncode}):\n{verify.stdout}{verify.stderr}")

    def fail(self, message):
        self.failures.append(message)
        print(f"FAIL {message}", flush=True)

    def summary(self, seconds):
        temps = sum(len(runcheck.temp_files(folder)) for folder in self.temp_folders())
        pages = sum(1 for _ in (self.ws / "corpus").rglob("*.html"))
        print(f"killtest: {self.kills} kills (seed {self.args.seed}, workers {self.args.workers_list}), "
              f"{self.finished_before_kill} runs finished before their kill; {pages} pages, "
              f"reference run {self.duration:.2f} s; {seconds:.1f} s in all")
        stages = [s for s, _ in STAGES]
        order = ["startup"] + [x for s in stages for x in (s, f"{s} (manifest)")] + \
                [f"between {a} and {b}" for a, b in zip(stages, stages[1:])] + ["exit"]
        print("  kills landed: " + ", ".join(f"{k} {self.landed[k]}" for k in order if self.landed[k]))
        print(f"  temporary files left by killed runs (never read as outputs): {temps}")
        print(f"killtest: {len(self.failures)} failures" if self.failures else "killtest: ok")


def main():
    args = parse_args()
    if not os.access(args.binary, os.X_OK):
        print(f"killtest: no executable at {args.binary} (build it first: swift build)", file=sys.stderr)
        return 2
    started = time.monotonic()
    root = Path(tempfile.mkdtemp(prefix="killtest-"))
    runcheck.make_workspace(root, args.copies, args.pad_kb * 1000)
    test = KillTest(args, root)
    test.reference()
    test.run()
    test.finish()
    test.summary(time.monotonic() - started)
    if args.keep or test.failures:
        print(f"killtest: files kept in {root}")
    else:
        import shutil
        shutil.rmtree(root, ignore_errors=True)
    return 1 if test.failures else 0


if __name__ == "__main__":
    sys.exit(main())
