#!/usr/bin/env python3
"""Benchmarks our pipeline against the peer (scripts/peer_pipeline.py: trafilatura, py3langid,
dateparser, datasketch) on a corpus of real pages (scripts/make_bench_corpus.py).

  1. makes a corpus of 2N pages (the first N are the benchmark corpus; all 2N show whether
     our memory stays flat), or reuses --corpus DIR (a folder make_bench_corpus.py wrote);
  2. makes a virtualenv (--venv, default .build/peer-venv) with the peer's packages from PyPI
     when they are missing;
  3. runs ours (--binary, default .build/release/pipeline: `swift build -c release` first)
     stage by stage (`pipeline run --stage S`) on a `files` source in a temporary corpus
     folder, with 1 and 2 workers, each stage under /usr/bin/time -v; a stage's seconds are
     its manifest's `seconds`;
  4. runs the peer stage by stage the same way, with 1 process and with --peer-workers;
  5. prints per stage and in total: pages/s and MB/s (of the input HTML, for every stage, so
     stages compare), peak memory (largest process, from time -v; and, for process pools,
     the whole process tree, sampled), our speed over the peer's, our 2 workers over 1, and
     our peak memory on N and on 2N pages.

A benchmark, not a test: nothing asserts. Skips with a message when ../shared is absent.
Usage: scripts/bench_peer.py [--pages N] [--corpus DIR] [--binary PATH] [--work DIR]
                             [--peer-workers 2] [--no-double] [--keep]
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
OUR_STAGES = ("fetch", "clean", "split", "normalize", "extract", "dedupe")
PEER_STAGES = ("extract", "split", "dates", "dedupe")
# Rows of the comparison: what each side does for one step of the job.
GROUPS = (("read + extract", ("fetch", "clean"), ("extract",)),
          ("language split", ("split",), ("split",)),
          ("numbers, dates / dates", ("normalize", "extract"), ("dates",)),
          ("dedupe", ("dedupe",), ("dedupe",)))
PEER_PACKAGES = ("trafilatura", "lxml_html_clean", "py3langid", "dateparser", "datasketch")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- machine and memory

def machine():
    model = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = " ".join(open("/proc/loadavg").read().split()[:3])
    return os.cpu_count(), model, load


def tree_rss_kb(root_pid):
    """Sum of VmRSS over root_pid and its descendants."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = open(f"/proc/{entry}/stat").read()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
        except (OSError, ValueError, IndexError):
            continue
    total, todo = 0, [root_pid]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            for line in open(f"/proc/{pid}/status"):
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def timed(cmd, cwd=None, sample_tree=False):
    """Runs cmd under /usr/bin/time -v; returns (wall s, peak RSS MB of the largest process,
    peak MB of the process tree or None, stdout)."""
    stats = tempfile.NamedTemporaryFile(delete=False, suffix=".time")
    stats.close()
    started = time.monotonic()
    proc = subprocess.Popen(["/usr/bin/time", "-v", "-o", stats.name] + cmd, cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_tree = [0]
    done = threading.Event()

    def sample():
        while not done.wait(0.25):
            peak_tree[0] = max(peak_tree[0], tree_rss_kb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True) if sample_tree else None
    if sampler:
        sampler.start()
    out, err = proc.communicate()
    done.set()
    wall = time.monotonic() - started
    text = open(stats.name).read()
    os.unlink(stats.name)
    if proc.returncode != 0:
        sys.exit(f"bench_peer: {' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}\n{text[-500:]}")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    peak = int(m.group(1)) / 1024 if m else 0.0
    return wall, peak, (peak_tree[0] / 1024 if sampler else None), out


# ---------------------------------------------------------------- corpus

def corpus_pages(folder):
    """Relative paths of the pages of a make_bench_corpus.py folder, in index order."""
    index = Path(folder) / "index.tsv"
    if not index.exists():
        sys.exit(f"bench_peer: {index} is missing: --corpus takes a folder make_bench_corpus.py wrote")
    rows = [line.rstrip("\n").split("\t") for line in open(index, encoding="utf-8")][1:]
    return [r[1] for r in rows]


def linked_subset(src, paths, dest):
    """dest holds hard links (copies across file systems) of the given pages of src."""
    if dest.exists():
        shutil.rmtree(dest)
    for rel in paths:
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(src / rel, target)
        except OSError:
            shutil.copyfile(src / rel, target)
    return dest


def html_mb(folder, paths):
    return sum((folder / p).stat().st_size for p in paths) / 1e6


# ---------------------------------------------------------------- the two pipelines

def ensure_venv(venv):
    python = venv / "bin" / "python"
    probe = "import trafilatura, py3langid, dateparser.search, datasketch"
    if python.exists() and subprocess.run([python, "-c", probe], capture_output=True).returncode == 0:
        return python
    if not python.exists():
        log(f"bench_peer: making the virtualenv {venv}")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    log(f"bench_peer: pip install {' '.join(PEER_PACKAGES)}")
    subprocess.run([python, "-m", "pip", "install", "-q", *PEER_PACKAGES], check=True)
    return python


def run_ours(binary, corpus, work, workers):
    """Our pipeline stage by stage; {stage: {seconds, wall, peak, records_in, records_out}}."""
    root = work / f"ours-{corpus.name}-w{workers}"
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    config = {"corpus": "out", "workers": workers,
              "sources": [{"name": "bench", "type": "files", "path": str(corpus.resolve()), "pattern": "*.html"}],
              "normalize": {"prefer": "past"},
              "dedupe": {"ngram": 3, "bands": 28, "rows": 4, "threshold": 0.7}}
    (root / "pipeline.json").write_text(json.dumps(config, indent=2))
    result = {}
    for stage in OUR_STAGES:
        log(f"bench_peer: ours, {corpus.name}, {workers} worker(s): {stage}")
        wall, peak, _, _ = timed([str(binary), "run", "--config", str(root / "pipeline.json"), "--workers", str(workers),
                                  "--run-id", "bench", "--stage", stage, "--quiet"], cwd=root)
        manifest = json.loads((root / "out" / "runs" / "bench" / f"{stage}.manifest.json").read_text())
        result[stage] = {"seconds": manifest["seconds"], "wall": wall, "peak": peak,
                         "records_in": manifest["counts"]["records_in"], "records_out": manifest["counts"]["records_out"]}
    return result


def run_peer(python, corpus, work, workers):
    out = work / f"peer-{corpus.name}-w{workers}"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    timings = out / "timings.jsonl"
    result = {}
    for stage in PEER_STAGES:
        log(f"bench_peer: peer, {corpus.name}, {workers} process(es): {stage}")
        cmd = [str(python), str(SCRIPTS / "peer_pipeline.py"), "--input", str(corpus), "--out", str(out),
               "--stage", stage, "--workers", str(workers), "--timings", str(timings)]
        wall, peak, tree, _ = timed(cmd, sample_tree=workers > 1)
        t = [json.loads(l) for l in open(timings)][-1]
        result[stage] = {"seconds": t["seconds"], "wall": wall, "peak": peak, "tree": tree,
                         "records_in": t["records_in"], "records_out": t["records_out"]}
    return result


# ---------------------------------------------------------------- report

def group(result, stages):
    seconds = sum(result[s]["seconds"] for s in stages)
    peak = max(result[s]["peak"] for s in stages)
    trees = [result[s].get("tree") for s in stages if result[s].get("tree")]
    return seconds, peak, (max(trees) if trees else None)


def rate(pages, mb, seconds):
    seconds = max(seconds, 1e-3)
    return f"{pages / seconds:8.1f} p/s {mb / seconds:6.2f} MB/s"


def print_run(title, stages, res, pages, mb):
    """One run's table, printed as soon as it is done (a long benchmark shows figures early)."""
    print(title)
    for s in stages:
        r = res[s]
        tree = f"  tree {r['tree']:7.1f} MB" if r.get("tree") else ""
        print(f"  {s:10s} {r['seconds']:8.2f} s  {rate(pages, mb, r['seconds'])}  peak {r['peak']:7.1f} MB{tree}"
              f"  records {r['records_in']} -> {r['records_out']}  (wall {r['wall']:.2f} s)")
    total = sum(res[s]["seconds"] for s in stages)
    print(f"  {'total':10s} {total:8.2f} s  {rate(pages, mb, total)}  peak {max(res[s]['peak'] for s in stages):7.1f} MB\n",
          flush=True)


def report(pages, mb, ours, peers, double):
    print("ours against the peer (speed = peer seconds / our seconds, >1: ours faster; memory = our peak / peer peak):")
    rows = list(GROUPS) + [("total", OUR_STAGES, PEER_STAGES)]
    for w in sorted(set(ours) & set(peers)) or []:
        print(f"  {w} worker(s) / {w} process(es)")
        for name, o, p in rows:
            os_, op, _ = group(ours[w], o)
            ps, pp, pt = group(peers[w], p)
            mem_peer = max(pp, pt or 0)
            print(f"    {name:24s} ours {os_:8.2f} s {op:7.1f} MB | peer {ps:8.2f} s {mem_peer:7.1f} MB | "
                  f"speed x{ps / max(os_, 1e-3):6.2f}  memory x{op / max(mem_peer, 1e-3):5.2f}")
    if 1 in ours:
        for w in sorted(set(ours) - {1}):
            print(f"\nours, {w} workers over 1 (seconds with 1 / seconds with {w}):")
            for s in OUR_STAGES + ("total",):
                a = sum(ours[1][x]["seconds"] for x in (OUR_STAGES if s == "total" else (s,)))
                b = sum(ours[w][x]["seconds"] for x in (OUR_STAGES if s == "total" else (s,)))
                print(f"  {s:10s} x{a / max(b, 1e-3):5.2f}")
    if 1 in peers:
        for w in sorted(set(peers) - {1}):
            print(f"\npeer, {w} processes over 1:")
            for s in PEER_STAGES + ("total",):
                a = sum(peers[1][x]["seconds"] for x in (PEER_STAGES if s == "total" else (s,)))
                b = sum(peers[w][x]["seconds"] for x in (PEER_STAGES if s == "total" else (s,)))
                print(f"  {s:10s} x{a / max(b, 1e-3):5.2f}")
    if double:
        (w, pages2, mb2, res2) = double
        res1 = ours[w]
        print(f"\nours, {w} worker(s): peak memory on {pages} pages ({mb:.0f} MB) and on {pages2} pages ({mb2:.0f} MB):")
        for s in OUR_STAGES:
            print(f"  {s:10s} {res1[s]['peak']:7.1f} MB  {res2[s]['peak']:7.1f} MB   "
                  f"({res2[s]['seconds']:.2f} s, {rate(pages2, mb2, res2[s]['seconds'])})")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=20000)
    ap.add_argument("--corpus", help="reuse a folder make_bench_corpus.py wrote (with 2N pages for the 2x run)")
    ap.add_argument("--binary", default=str(ROOT / ".build" / "release" / "pipeline"))
    ap.add_argument("--venv", default=str(ROOT / ".build" / "peer-venv"))
    ap.add_argument("--work", help="folder for corpora and outputs (default: a new temporary folder)")
    ap.add_argument("--peer-workers", type=int, default=2, help="processes for the peer's second run (0: no second run)")
    ap.add_argument("--no-double", action="store_true", help="skip our run on 2N pages")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    args = ap.parse_args()
    cores, model, load = machine()
    print(f"machine: {cores} cores, {model}, load average {load} at start")
    if not (ROOT.parent / "shared" / "eval" / "extraction").is_dir():
        print(f"bench_peer: {ROOT.parent / 'shared'} is absent (the eval pages sit beside the checkout); skipped")
        return 0
    binary = Path(args.binary)
    if not binary.exists():
        sys.exit(f"bench_peer: no binary at {binary}; build it first: swift build -c release")
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="bench-peer-"))
    if work.resolve().is_relative_to(ROOT.resolve()):
        sys.exit(f"bench_peer: {work} is inside the repository; the eval pages must stay out of it (use a temp folder)")
    work.mkdir(parents=True, exist_ok=True)
    want = args.pages if args.no_double else 2 * args.pages
    if args.corpus:
        source = Path(args.corpus)
    else:
        source = work / "generated"
        log(f"bench_peer: making {want} pages in {source}")
        subprocess.run([sys.executable, str(SCRIPTS / "make_bench_corpus.py"), "--pages", str(want),
                        "--out", str(source)], check=True)
    paths = corpus_pages(source)
    if len(paths) < args.pages:
        sys.exit(f"bench_peer: {source} holds {len(paths)} pages, fewer than --pages {args.pages}")
    python = ensure_venv(Path(args.venv))
    corpus = linked_subset(source, paths[:args.pages], work / f"pages{args.pages}")
    mb = html_mb(source, paths[:args.pages])
    print(f"\ncorpus: {args.pages} pages, {mb:.1f} MB of HTML in {corpus}; rates are input pages and HTML MB "
          f"over each stage's seconds; peak = largest process (/usr/bin/time -v), tree = all processes (sampled)\n")
    ours, peers = {}, {}
    for w in (1, 2):
        ours[w] = run_ours(binary, corpus, work, w)
        print_run(f"ours, {w} worker(s), per stage (seconds from the manifests):", OUR_STAGES, ours[w], args.pages, mb)
    double = None
    if not args.no_double:
        if len(paths) >= 2 * args.pages:
            corpus2 = linked_subset(source, paths[:2 * args.pages], work / f"pages{2 * args.pages}")
            double = (2, 2 * args.pages, html_mb(source, paths[:2 * args.pages]), run_ours(binary, corpus2, work, 2))
            print_run(f"ours, 2 workers, on {2 * args.pages} pages ({double[2]:.1f} MB):", OUR_STAGES, double[3],
                      2 * args.pages, double[2])
        else:
            log(f"bench_peer: {source} holds {len(paths)} pages, fewer than 2 x {args.pages}: no 2x run")
    for w in (1, args.peer_workers) if args.peer_workers > 1 else (1,):
        peers[w] = run_peer(python, corpus, work, w)
        print_run(f"peer, {w} process(es), per stage:", PEER_STAGES, peers[w], args.pages, mb)
    print(f"machine: load average {' '.join(open('/proc/loadavg').read().split()[:3])} at the end")
    report(args.pages, mb, ours, peers, double)
    if not args.keep and not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
