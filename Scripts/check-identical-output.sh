#!/usr/bin/env bash
# Checks that a refactoring changed no output: runs the release zhtext on Corpus/ and ../shared/corpus
# (jsonl with entities in both modes, csv, and the tokenizer) and compares with a reference folder.
#
#   Scripts/check-identical-output.sh record DIR   # write the reference outputs into DIR
#   Scripts/check-identical-output.sh compare DIR  # fail (and show the first differences) when any differs
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?record or compare}; dir=${2:?reference folder}
swift build -c release --product zhtext >/dev/null
bin=.build/release/zhtext
shared=../shared/corpus
[[ -d $shared ]] || shared=Corpus/real
out=$(mktemp -d)
$bin extract --jobs 2 Corpus/ > "$out/corpus.jsonl"
$bin extract --jobs 2 "$shared" > "$out/shared.jsonl"
$bin extract --jobs 2 --format csv Corpus/ > "$out/corpus.csv"
$bin tokenize Corpus/ > "$out/corpus.tok"
$bin normalize --t2s Corpus/09_traditional-hk-2024.txt > "$out/t2s.txt"
if [[ $mode == record ]]; then
  mkdir -p "$dir"; cp "$out"/* "$dir"/; echo "recorded $(ls "$dir" | wc -l) outputs in $dir"; exit 0
fi
status=0
for f in "$out"/*; do
  name=$(basename "$f")
  if ! cmp -s "$f" "$dir/$name"; then
    echo "DIFFERS: $name"; diff <(tr "," "\n" < "$dir/$name") <(tr "," "\n" < "$f") | head -20 || true; status=1
  fi
done
[[ $status == 0 ]] && echo "identical: $(ls "$out" | wc -l) outputs"
exit $status
