#!/usr/bin/env python3
"""Checks a run's outputs the way their users load them.

  check_outputs.py RUN_DIR [--require-datasets]

Every record of every stage output, rejects file and manifest is validated against schema/;
corpus.jsonl is loaded with pandas.read_json(lines=True) and datasets.load_dataset("json").
A library that is not installed is skipped with a message, unless --require-datasets is given
(CI installs them in a virtualenv). Exits non-zero on the first kind of failure it finds.
"""
import json
import sys
from pathlib import Path

SCHEMAS = Path(__file__).resolve().parent.parent / "schema"
OUTPUTS = {"fetched": "fetched", "cleaned": "cleaned", "split": "split", "normalized": "normalized",
           "extracted": "extracted", "deduped": "deduped", "corpus": "deduped"}


def lines(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                yield n, json.loads(line)


def main():
    run = Path(sys.argv[1])
    require = "--require-datasets" in sys.argv
    import jsonschema

    def validate(kind, path, records):
        validator = jsonschema.Draft202012Validator(json.loads((SCHEMAS / f"{kind}.schema.json").read_text()))
        count = 0
        for n, record in records:
            errors = sorted(validator.iter_errors(record), key=str)
            if errors:
                sys.exit(f"{path}:{n}: not a {kind} record: {errors[0].message} at {list(errors[0].absolute_path)}")
            count += 1
        print(f"schema ok: {path.name} ({count} records)")

    for name, kind in OUTPUTS.items():
        validate(kind, run / f"{name}.jsonl", lines(run / f"{name}.jsonl"))
    for path in sorted(run.glob("*.rejects.jsonl")):
        validate("reject", path, lines(path))
    for path in sorted(run.glob("*.manifest.json")):
        validate("manifest", path, [(1, json.loads(path.read_text()))])

    corpus = run / "corpus.jsonl"
    kept = sum(1 for _ in lines(corpus))
    try:
        import pandas
    except ImportError:
        if require:
            sys.exit("pandas is not installed")
        print("skip: pandas is not installed")
    else:
        frame = pandas.read_json(corpus, lines=True)
        assert len(frame) == kept and {"id", "text", "lang"} <= set(frame.columns), frame.columns
        print(f"pandas ok: {len(frame)} rows")
    try:
        import datasets
    except ImportError:
        if require:
            sys.exit("datasets is not installed")
        print("skip: datasets is not installed (pip install datasets)")
    else:
        data = datasets.load_dataset("json", data_files=str(corpus), split="train")
        assert data.num_rows == kept and "text" in data.column_names, data
        print(f"datasets ok: {data.num_rows} rows, columns {sorted(data.column_names)[:6]}...")


if __name__ == "__main__":
    main()
