#!/usr/bin/env bash
# Checks that a package using only the ZhText library (with `traits: []`) resolves no
# command-line dependency: swift-argument-parser and GRDB.swift are behind the `CommandLine` package trait.
# usage: Scripts/check-library-consumer.sh [--build]   (--build also builds and runs the consumer)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
consumer=$(mktemp -d)
trap 'rm -rf "$consumer"' EXIT
mkdir -p "$consumer/Sources/App"
cat > "$consumer/Package.swift" <<MANIFEST
// swift-tools-version: 6.1
import PackageDescription
let package = Package(
    name: "Consumer",
    dependencies: [.package(path: "$root", traits: [])],
    targets: [.executableTarget(name: "App", dependencies: [.product(name: "ZhText", package: "$(basename "$root")")])]
)
MANIFEST
echo 'import ZhText; print(DocumentAnalyzer().analyze("收入512.6亿元").quantities[0].value!)' > "$consumer/Sources/App/main.swift"
(cd "$consumer" && swift package resolve >/dev/null)
for dependency in swift-argument-parser GRDB.swift; do
  if [[ -d "$consumer/.build/checkouts/$dependency" ]]; then
    echo "a library-only user still resolves $dependency" >&2
    exit 1
  fi
done
echo "a library-only consumer resolves: $(ls "$consumer/.build/checkouts" 2>/dev/null | tr '\n' ' ')(nothing else)"
if [[ ${1:-} == --build ]]; then
  (cd "$consumer" && swift run -c release App 2>/dev/null) | grep -qx 51260000000
  echo "and it builds and runs"
fi
