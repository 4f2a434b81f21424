#!/usr/bin/env bash
# Builds the libFuzzer target over decode → normalize → tokenize → extract and runs it.
# usage: Fuzz/run.sh [RUNS] [extra libFuzzer flags...]     (default: 1,000,000 runs)
# Recipe (../shared/FUZZING.md): the library is built instrumented with SwiftPM, and the fuzz
# entry point is linked with swiftc directly, because SwiftPM cannot link a fuzzer executable.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1000000}
shift || true
scratch=.build-fuzz
swift build -c release --target ZhText -Xswiftc -sanitize=fuzzer -Xcc -fsanitize=fuzzer-no-link --scratch-path "$scratch"
modulemap="$scratch/cicu.modulemap"
cat > "$modulemap" <<MAP
module CICU { header "$PWD/Sources/CICU/include/cicu.h" export * }
module ZhTextData { header "$PWD/Sources/ZhTextData/include/zhtext_data.h" export * }
MAP
swiftc -O -sanitize=fuzzer -parse-as-library Fuzz/main.swift -I "$scratch/release/Modules" \
  -Xcc -fmodule-map-file="$modulemap" \
  "$scratch"/release/ZhText.build/*.o "$scratch"/release/CICU.build/*.o "$scratch"/release/ZhTextData.build/*.o \
  -licuuc -licui18n -o "$scratch/zhtext-fuzz"
mkdir -p "$scratch/corpus"
cp Fuzz/corpus/* "$scratch/corpus/" 2>/dev/null || true
"$scratch/zhtext-fuzz" -runs="$runs" -max_len=4096 "$@" "$scratch/corpus"
