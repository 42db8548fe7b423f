#!/usr/bin/env python3
"""Full disk: a stage whose write fails midway must fail cleanly and leave the last run intact.

  python3 scripts/fulldisk.py [--binary .build/debug/pipeline] [--copies 3] [--pad-kb 100] [--keep]

Builds nothing. In a temporary folder (the enlarged sample of killtest.py) it makes one
complete run, then for each stage reruns it (`pipeline run --stage NAME`) under a file-size
limit (RLIMIT_FSIZE, what `ulimit -f` sets) of half that stage's output, so that its output
write fails with EFBIG. Each must exit 1 (not die of a signal: SIGXFSZ is ignored by the CLI)
with an error naming the file and "File too large", and leave every file of the run, its
manifests and the carried-over state byte-identical, no temporary file and no lock behind;
afterwards a plain `run` must find every stage fresh.

When this user may mount a tmpfs (root outside a restricted container), the same is done on
a real full disk: the corpus folder on a tmpfs just large enough for one run, then `run
--force`, which needs room for a second copy and fails with ENOSPC. Without the permission that
part is skipped with a message. Exits 1 on any failure, 2 on a setup problem.
"""
import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import runcheck  # noqa: E402
from runcheck import STAGES  # noqa: E402

RUN_ID = "d"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    runcheck.add_workspace_arguments(parser)
    return parser.parse_args()


class FullDisk:
    def __init__(self, binary, workspace):
        self.binary = str(Path(binary).resolve())
        self.ws = workspace
        self.failures = []

    def fail(self, message):
        self.failures.append(message)
        print(f"FAIL {message}", flush=True)

    def pipeline(self, config, *extra, fsize=None):
        def limit():
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
        return subprocess.run([self.binary, "run", "--config", str(config), "--run-id", RUN_ID, *extra],
                              capture_output=True, text=True, preexec_fn=limit if fsize else None)

    def snapshot(self, corpus):
        """{relative path: sha256} of every file under the corpus folder."""
        return {str(p.relative_to(corpus)): runcheck.sha256(p) for p in sorted(corpus.rglob("*")) if p.is_file()}

    def expect_clean_failure(self, label, done, corpus, before, reason):
        """A failed run: exit 1 with `reason` on stderr, and nothing under the corpus changed."""
        if done.returncode < 0:
            self.fail(f"{label}: killed by signal {-done.returncode} instead of failing with an error")
        elif done.returncode != 1:
            self.fail(f"{label}: exit status {done.returncode}, expected 1:\n{done.stderr.strip()}")
        if reason not in done.stderr or "FAILED" not in done.stderr:
            self.fail(f"{label}: no clear error on standard error (expected FAILED and {reason!r}):\n"
                      + done.stderr.strip())
        after = self.snapshot(corpus)
        changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
        if changed:
            self.fail(f"{label}: changed or left files: {', '.join(changed)}")
        problems = runcheck.check_manifests(corpus / "runs" / RUN_ID)
        for problem in problems:
            self.fail(f"{label}: {problem}")
        message = next((line for line in done.stderr.splitlines() if reason in line), "").strip()
        print(f"  {label}: exit {done.returncode}, {message[:160]}", flush=True)

    def file_size_limits(self):
        config = runcheck.write_config(self.ws, "limit.json", "out/limit")
        corpus = self.ws / "out" / "limit"
        first = self.pipeline(config)
        if first.returncode != 0:
            sys.exit(f"fulldisk: the first run failed:\n{first.stderr}")
        print("file-size limit (RLIMIT_FSIZE, as `ulimit -f`):")
        for stage, output in STAGES:
            before = self.snapshot(corpus)
            size = (corpus / "runs" / RUN_ID / f"{output}.jsonl").stat().st_size
            limit = max(1, size // 2)
            done = self.pipeline(config, "--stage", stage, fsize=limit)
            self.expect_clean_failure(f"{stage} limited to {limit} bytes", done, corpus, before, "File too large")
        again = self.pipeline(config)
        if again.returncode != 0 or "every stage is fresh" not in again.stdout:
            self.fail("after the failed runs a plain run did not find every stage fresh:\n"
                      + again.stdout + again.stderr)

    def tmpfs(self):
        mount_point = self.ws / "tmpfs"
        mount_point.mkdir()
        probe = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
                               capture_output=True, text=True)
        if probe.returncode != 0:
            print(f"tmpfs: skipped, cannot mount one here ({probe.stderr.strip() or probe.returncode})")
            return
        subprocess.run(["umount", str(mount_point)], check=True)
        # Room for one run and a little: a forced rerun writes its new files beside the old ones.
        sizer = runcheck.write_config(self.ws, "sizer.json", "out/sizer")
        if self.pipeline(sizer).returncode != 0:
            sys.exit("fulldisk: the sizing run failed")
        used = sum(p.stat().st_size for p in (self.ws / "out" / "sizer").rglob("*") if p.is_file())
        size_kb = used * 13 // 10 // 1024 + 64
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mount_point)], check=True)
        try:
            config = runcheck.write_config(self.ws, "tmpfs.json", str(mount_point))
            first = self.pipeline(config)
            if first.returncode != 0:
                self.fail(f"tmpfs: the first run does not fit in {size_kb} KB:\n{first.stderr.strip()}")
                return
            print(f"tmpfs of {size_kb} KB (one run takes {used // 1024} KB):")
            before = self.snapshot(mount_point)
            done = self.pipeline(config, "--force")
            self.expect_clean_failure("run --force on a full tmpfs", done, mount_point, before,
                                      "No space left on device")
        finally:
            subprocess.run(["umount", str(mount_point)])


def main():
    args = parse_args()
    if not os.access(args.binary, os.X_OK):
        print(f"fulldisk: no executable at {args.binary} (build it first: swift build)", file=sys.stderr)
        return 2
    root = Path(tempfile.mkdtemp(prefix="fulldisk-"))
    runcheck.make_workspace(root, args.copies, args.pad_kb * 1000)
    test = FullDisk(args.binary, root)
    test.file_size_limits()
    test.tmpfs()
    print(f"fulldisk: {len(test.failures)} failures" if test.failures else "fulldisk: ok")
    if args.keep or test.failures:
        print(f"fulldisk: files kept in {root}")
    else:
        shutil.rmtree(root, ignore_errors=True)
    return 1 if test.failures else 0


if __name__ == "__main__":
    sys.exit(main())
