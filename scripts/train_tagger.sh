#!/usr/bin/env bash
# Trains the entity tagger on Wojood's train.txt and writes its weights into the library
# (Sources/Stages/Extract/Tagger/TaggerModelData.swift). Fixed seed and epochs: the same
# train.txt gives the same file, byte for byte. Trains on train.txt only; val.txt is for
# scripts/eval_ner.py.
# Usage: scripts/train_tagger.sh [SHARED_EVAL_DIR]   (default: ../shared/eval beside the repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
eval_dir="${1:-$root/../shared/eval}"
train="$eval_dir/ner/wojood/train.txt"
if [ ! -f "$train" ]; then
    echo "skip: no Wojood train.txt at $train"
    exit 0
fi
cd "$root"
swift build -c release --product train-tagger >/dev/null
time .build/release/train-tagger train "$train" Sources/Stages/Extract/Tagger/TaggerModelData.swift \
    --epochs 12 --seed 20240601 --prune 1
