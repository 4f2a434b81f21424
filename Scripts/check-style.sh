#!/usr/bin/env bash
# Checks the style of the Swift sources: `swift format lint --strict` with the repository's
# .swift-format (120 columns), then no line over 120 DISPLAY columns in Sources/ (a CJK character
# counts 2: East Asian Width W or F, as a terminal or an editor shows it; swift-format counts
# characters, so a line of Chinese can pass its lint and still be too wide).
#
#   Scripts/check-style.sh                       # Sources Tests Benchmarks
#   Scripts/check-style.sh Sources/zhtext Tests  # only these files or folders
#   Scripts/check-style.sh --exclude 'Tests/ZhTextTests/*SpecTests.swift' Tests
#
# --exclude GLOB (repeatable) skips the files whose path matches GLOB (paths as given, relative to
# the repository root). Files with `// swift-format-ignore-file` are skipped by the lint (generated
# code such as Tests/ZhTextTests/ReadmeExamples.swift). To fix what the lint reports, most of it:
# `swift format format -i FILES`; long string literals: a multi-line literal with `\` at the end
# of a line keeps the same string.
set -euo pipefail
cd "$(dirname "$0")/.."

excludes=()
paths=()
while (($#)); do
  case $1 in
    --exclude) excludes+=("${2:?--exclude needs a glob}"); shift 2 ;;
    -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) paths+=("${1%/}"); shift ;;
  esac
done
((${#paths[@]})) || paths=(Sources Tests Benchmarks)

# swift-format ships with the Swift 6 toolchains as `swift format`; a standalone swift-format on
# the PATH (older toolchains, Homebrew) works too.
if swift format --version >/dev/null 2>&1; then
  format=(swift format)
elif command -v swift-format >/dev/null 2>&1; then
  format=(swift-format)
else
  echo "check-style: swift format is missing. It ships with the Swift 6 toolchains (swift.org/install)" \
    "as \`swift format\`; install one, or put a swift-format binary on the PATH." >&2
  exit 1
fi
command -v python3 >/dev/null || { echo "check-style: python3 is needed for the display-width check" >&2; exit 1; }

# The Swift files under the given paths, without build folders and fetched packages.
files=()
for path in "${paths[@]}"; do
  [[ -e $path ]] || { echo "check-style: no such file or folder: $path" >&2; exit 1; }
  while IFS= read -r -d '' file; do
    file=${file#./}
    for glob in "${excludes[@]+"${excludes[@]}"}"; do
      # shellcheck disable=SC2053  # the glob is meant to match
      [[ $file == $glob ]] && continue 2
    done
    files+=("$file")
  done < <(find "$path" \( -name '.build*' -o -name '.swiftpm' -o -name checkouts \) -prune \
    -o -type f -name '*.swift' -print0 | sort -z)
done
((${#files[@]})) || { echo "check-style: no Swift files under ${paths[*]}" >&2; exit 1; }

status=0
if ! "${format[@]}" lint --strict --parallel --configuration .swift-format "${files[@]}"; then
  echo "check-style: swift format lint found the problems above (swift format format -i FILE fixes most)" >&2
  status=1
fi

# Display width, in Sources/ only.
wide=()
for file in "${files[@]}"; do [[ $file == Sources/* ]] && wide+=("$file"); done
if ((${#wide[@]})) && ! python3 - "${wide[@]}" <<'EOF'; then
import sys, unicodedata

limit, failed = 120, False
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as source:
        for number, line in enumerate(source, 1):
            line = line.rstrip("\n")
            width = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
            if width > limit:
                print(f"{path}:{number}: {width} display columns (limit {limit}, a CJK character counts 2)")
                failed = True
sys.exit(1 if failed else 0)
EOF
  status=1
fi

if ((status == 0)); then
  echo "style: ${#files[@]} Swift files lint-clean; ${#wide[@]} under Sources/ within 120 display columns"
fi
exit $status
