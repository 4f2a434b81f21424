#!/usr/bin/env bash
# Builds the DocC documentation of the ZhText library into .build/docs with the toolchain's own
# `docc` (no package plugin, so library users resolve nothing more), and reports how many public
# symbols lack a doc comment. usage: Scripts/build-docs.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# SwiftPM's own symbol graph dump (built in, no plugin), the library's public symbols only.
swift package dump-symbol-graph --minimum-access-level public >/dev/null
graphs=.build/docs-symbol-graphs
rm -rf "$graphs" && mkdir -p "$graphs"
cp "$(swift build --show-bin-path)"/../symbolgraph/ZhText*.symbols.json "$graphs"/
docc convert Sources/ZhText/ZhText.docc --additional-symbol-graph-dir "$graphs" --output-dir .build/docs \
  --fallback-display-name ZhText --fallback-bundle-identifier org.zhtext.ZhText \
  --experimental-documentation-coverage --coverage-summary-level brief 2>&1 | tail -n 20
echo "documentation: .build/docs (static site; serve it with any web server, or open index.html)"
