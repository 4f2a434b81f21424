#!/usr/bin/env bash
# Scores `zhtext tokenize` on the SIGHAN 2005 PKU and MSR test sets (evaluation only: nothing
# from these files goes into a lexicon or a test). Needs ../shared/eval/sighan2005 or EVAL_DIR.
# usage: Scripts/score-segmentation.sh [--mode standard|icu]
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${EVAL_DIR:-../shared/eval/sighan2005}
[[ -d $eval_dir ]] || { echo "no evaluation data at $eval_dir (set EVAL_DIR)" >&2; exit 2; }
swift build -c release --product zhtext >/dev/null
out=.build-eval
mkdir -p "$out"
for set in pku msr; do
  .build/release/zhtext tokenize "$@" "$eval_dir/${set}_test.utf8" > "$out/$set.txt"
  printf '%s ' "$set"
  python3 "$eval_dir/score.py" /dev/null "$eval_dir/${set}_test_gold.utf8" "$out/$set.txt" --json 2>/dev/null \
    | python3 -c 'import json,sys; r=json.load(sys.stdin); print("P %.4f  R %.4f  F1 %.4f" % (r["P"], r["R"], r["F1"]))'
done
