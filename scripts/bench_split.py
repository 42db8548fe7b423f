#!/usr/bin/env python3
"""Split-stage speed in sentences per second: a benchmark, not a test (nothing asserts).

Builds article records from the sentences of ../shared/eval/langid/sentences (75 languages;
skips with a message when ../shared is absent): each record holds paragraphs of 4 sentences,
as the clean stage writes them. Runs `pipeline stage split` (release build) with 1 and 2
workers and prints sentences/s, MB/s, peak memory and sentences per CPU-second — the per-worker
figure that other load on the machine does not distort.

Usage: swift build -c release && python3 scripts/bench_split.py [--repeat 3] [--eval DIR] [--pipeline PATH]
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent


def make_input(path, repeat, sentences_dir):
    sentences = 0
    with open(path, "w", encoding="utf-8") as out:
        for copy in range(repeat):
            for file in sorted(sentences_dir.glob("*.txt")):
                lines = [l.strip() for l in file.read_text(encoding="utf-8").splitlines() if l.strip()]
                for start in range(0, len(lines), 20):
                    chunk = lines[start:start + 20]
                    blocks = [{"kind": "paragraph", "text": " ".join(chunk[i:i + 4])} for i in range(0, len(chunk), 4)]
                    record = {"id": f"{file.stem}-{copy}-{start}", "blocks": blocks}
                    out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
                    sentences += len(chunk)
    return sentences


def run(pipeline, path, workers):
    stats = tempfile.NamedTemporaryFile(delete=False)
    stats.close()
    with open(path, "rb") as source, open(os.devnull, "wb") as sink:
        subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", stats.name, pipeline, "stage", "split",
                        "--workers", str(workers)], stdin=source, stdout=sink, stderr=subprocess.DEVNULL, check=True)
    wall, user, system, peak = open(stats.name).read().split()[-4:]
    os.unlink(stats.name)
    return float(wall), float(user) + float(system), int(peak)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="copies of the sentence set (default 3)")
    parser.add_argument("--pipeline", default=str(ROOT / ".build" / "release" / "pipeline"))
    parser.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"), help="the shared evaluation sets")
    args = parser.parse_args()
    sentences_dir = pathlib.Path(args.eval) / "langid" / "sentences"
    if not sentences_dir.is_dir():
        print(f"skipped: {sentences_dir} is absent (the shared evaluation sets sit beside the checkout)")
        return 0
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "split.in.jsonl")
        sentences = make_input(path, args.repeat, sentences_dir)
        size = os.path.getsize(path) / 1e6
        print(f"input: {sentences:,} sentences in paragraphs of 4, {size:.1f} MB of JSON lines")
        for workers in (1, 2):
            wall, cpu, peak = run(args.pipeline, path, workers)
            print(f"split  workers {workers}: {wall:.2f} s wall, {sentences / wall:,.0f} sentences/s, "
                  f"{size / wall:.1f} MB/s, {sentences / cpu:,.0f} sentences per CPU-second, peak {peak / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
