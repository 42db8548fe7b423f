"""Helpers shared by killtest.py and fulldisk.py: a scratch workspace with an enlarged copy of
the bundled sample, and checks of a run folder against its manifests.

Python 3 standard library only. Not a script: imported from scripts/.
"""
import hashlib
import json
import re
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# (stage, output base name) in pipeline order, as Runner/StageRegistry.swift lists them.
STAGES = [("fetch", "fetched"), ("clean", "cleaned"), ("split", "split"),
          ("normalize", "normalized"), ("extract", "extracted"), ("dedupe", "deduped")]
# The stage that also writes corpus.jsonl, and the one that may give several outputs per input.
PUBLISHING = "dedupe"
ONE_TO_MANY = {"split"}
# AtomicFile's temporary names: `.<final name>.tmp-<pid>` in the final file's folder.
TEMP_NAME = re.compile(r"^\.(?P<final>.+)\.tmp-(?P<pid>\d+)$")
# Manifest fields that differ between two runs that made the same files.
VOLATILE_MANIFEST_FIELDS = {"seconds", "workers", "finished_at"}


def expected_names():
    """Every file name a run folder may hold."""
    names = {"corpus.jsonl"}
    for stage, output in STAGES:
        names |= {f"{output}.jsonl", f"{stage}.manifest.json", f"{stage}.rejects.jsonl"}
    return names


def add_workspace_arguments(parser):
    """The options every crash test shares: the binary, and how the sample is enlarged."""
    parser.add_argument("--binary", default=str(REPO / ".build" / "debug" / "pipeline"),
                        help="the pipeline executable (default: .build/debug/pipeline)")
    parser.add_argument("--copies", type=int, default=3,
                        help="copies of each sample page added to the input (default 3)")
    parser.add_argument("--pad-kb", type=int, default=100,
                        help="KB of HTML comment added to each copy, so that stages take a while (default 100)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")


def make_workspace(root, copies, pad_bytes=0):
    """Copies corpus/sample into `root` and adds `copies` renamed copies of each sample page
    under corpus/bulk/ (each with its own comment, so bodies and ids differ, padded with
    `pad_bytes` of comment so that fetch has bytes to move), and a few pages that fetch or
    clean rejects, all read by the sources write_config adds. Everything stays offline."""
    root = Path(root)
    shutil.copytree(REPO / "corpus" / "sample", root / "corpus" / "sample")
    pages = sorted((REPO / "corpus" / "sample" / "pages").glob("*.html"))
    bulk = root / "corpus" / "bulk"
    padding = b"<!-- " + b"x" * pad_bytes + b" -->\n" if pad_bytes else b""
    for n in range(copies):
        folder = bulk / f"batch-{n // 50:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        for page in pages:
            body = page.read_bytes() + f"\n<!-- copy {n} of {page.name} -->\n".encode() + padding
            (folder / f"c{n:04d}-{page.name}").write_bytes(body)
    broken = bulk / "broken"
    broken.mkdir(parents=True, exist_ok=True)
    (broken / "json.html").write_text('{"not": "a page"}\n')
    (broken / "binary.html").write_bytes(bytes(range(256)) * 8)
    (broken / "empty.html").write_text("<html><head><title>t</title></head><body></body></html>\n")
    return root


def write_config(root, name, corpus):
    """pipeline.json of the repository with `corpus` replaced, the bulk pages added, and two
    local pages that do not exist (fetch rejects them)."""
    config = json.loads((REPO / "pipeline.json").read_text(encoding="utf-8"))
    config["corpus"] = corpus
    config["sources"] = list(config.get("sources", [])) + [
        {"name": "bulk", "type": "files", "path": "corpus/bulk", "pattern": "*.html"},
        {"name": "gone", "type": "urls", "urls": ["corpus/gone/one.html", "corpus/gone/two.html"]}]
    path = Path(root) / name
    path.write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def count_lines(path):
    """`\\n`-terminated lines; a last line without one counts too."""
    count, last = 0, b"\n"
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (last != b"\n")


def count_records(path):
    """Non-blank lines: what a stage counts as records read."""
    with open(path, "rb") as f:
        return sum(1 for line in f if line.strip())


def final_files(run_dir):
    """{name: sha256} of the files in a run folder that are not temporary (dot) files."""
    run_dir = Path(run_dir)
    if not run_dir.is_dir():
        return {}
    return {p.name: sha256(p) for p in run_dir.iterdir() if p.is_file() and not p.name.startswith(".")}


def temp_files(folder):
    """[(name, final name, pid)] of the AtomicFile temporaries in a folder."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for p in folder.iterdir():
        m = TEMP_NAME.match(p.name)
        if m:
            found.append((p.name, m.group("final"), int(m.group("pid"))))
    return found


def read_manifest(path):
    """The manifest as a dict, None when absent; raises ValueError when it does not parse."""
    path = Path(path)
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def check_manifests(run_dir):
    """Every manifest of a run folder against the files beside it: output hash, line counts,
    the counts invariant and the hash chain. Returns a list of problem strings."""
    run_dir = Path(run_dir)
    problems = []
    previous_output = None
    for stage, output in STAGES:
        out_path = run_dir / f"{output}.jsonl"
        try:
            manifest = read_manifest(run_dir / f"{stage}.manifest.json")
        except ValueError as error:
            problems.append(f"{stage}: manifest does not parse: {error}")
            manifest = None
        if manifest is not None:
            problems += _check_stage(stage, manifest, run_dir, out_path, previous_output)
        previous_output = out_path
    return problems


def _check_stage(stage, manifest, run_dir, out_path, previous_output):
    problems = []
    counts = manifest["counts"]
    if not out_path.exists():
        return [f"{stage}: has a manifest but no {out_path.name}"]
    if sha256(out_path) != manifest["output_sha256"]:
        problems.append(f"{stage}: {out_path.name} does not match the manifest's output_sha256")
    lines = count_lines(out_path)
    if lines != counts["records_out"]:
        problems.append(f"{stage}: {out_path.name} has {lines} lines, records_out is {counts['records_out']}")
    rejects = run_dir / f"{stage}.rejects.jsonl"
    rejected = count_lines(rejects) if rejects.exists() else None
    if rejected != counts["rejected"]:
        problems.append(f"{stage}: rejects file has {rejected} lines, rejected is {counts['rejected']}")
    accounted = counts["rejected"] + counts["filtered"]
    if stage in ONE_TO_MANY:
        if counts["records_in"] - accounted > counts["records_out"] or counts["records_in"] < accounted:
            problems.append(f"{stage}: counts do not add up: {counts}")
    elif counts["records_in"] != counts["records_out"] + accounted:
        problems.append(f"{stage}: records_in != records_out + rejected + filtered: {counts}")
    if sum(counts.get("reject_reasons", {}).values()) != counts["rejected"]:
        problems.append(f"{stage}: reject_reasons do not sum to rejected")
    if sum(counts.get("filter_reasons", {}).values()) != counts["filtered"]:
        problems.append(f"{stage}: filter_reasons do not sum to filtered")
    if stage == PUBLISHING:
        corpus = run_dir / "corpus.jsonl"
        published = count_lines(corpus) if corpus.exists() else None
        if published != counts.get("published"):
            problems.append(f"{stage}: corpus.jsonl has {published} lines, published is {counts.get('published')}")
    if previous_output is not None:
        if not previous_output.exists():
            problems.append(f"{stage}: its input {previous_output.name} is gone")
        elif sha256(previous_output) != manifest["input_sha256"]:
            problems.append(f"{stage}: input_sha256 is not the hash of {previous_output.name}")
        elif count_records(previous_output) != counts["records_in"]:
            problems.append(f"{stage}: records_in {counts['records_in']} != records in {previous_output.name}")
    return problems


def compare_runs(reference_dir, run_dir):
    """Files of two run folders byte for byte, and their manifests without the fields that
    legitimately differ. Returns a list of problem strings."""
    reference_dir, run_dir = Path(reference_dir), Path(run_dir)
    problems = []
    ref, got = final_files(reference_dir), final_files(run_dir)
    for name in sorted(set(ref) | set(got)):
        if name not in got:
            problems.append(f"{name}: missing (the reference run has it)")
        elif name not in ref:
            problems.append(f"{name}: not in the reference run")
        elif name.endswith(".manifest.json"):
            a = {k: v for k, v in read_manifest(reference_dir / name).items() if k not in VOLATILE_MANIFEST_FIELDS}
            b = {k: v for k, v in read_manifest(run_dir / name).items() if k not in VOLATILE_MANIFEST_FIELDS}
            if a != b:
                keys = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
                problems.append(f"{name}: differs from the reference in {', '.join(keys)}")
        elif ref[name] != got[name]:
            line = first_difference(reference_dir / name, run_dir / name)
            problems.append(f"{name}: differs from the reference at line {line}")
    return problems


def first_difference(a, b):
    with open(a, "rb") as fa, open(b, "rb") as fb:
        for number, (la, lb) in enumerate(zip(_lines_or_end(fa), _lines_or_end(fb)), 1):
            if la is None and lb is None:
                return None
            if la != lb:
                return number
    return None


def _lines_or_end(f):
    yield from f
    while True:
        yield None
