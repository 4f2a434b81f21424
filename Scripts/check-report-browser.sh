#!/usr/bin/env bash
# Opens a `zhtext report` HTML file in headless Chromium (Debian's package, installed when
# missing, with the Noto CJK fonts) with every network name unresolvable, and fails when the page
# writes anything to the console (a script error, a resource it could not load), when it names
# anything on the network, or when it has no chart or table. Prints the counts of charts, tables
# and documents in the DOM after the scripts ran, and saves a screenshot.
# usage: Scripts/check-report-browser.sh REPORT.html [SCREENSHOT.png]   (default: REPORT.png)
set -euo pipefail
report=$(realpath "$1")
screenshot=${2:-${report%.html}.png}

# (grep reads all of fc-list, so that pipefail never sees a SIGPIPE)
if ! command -v chromium >/dev/null || ! fc-list : family 2>/dev/null | grep "Noto Sans CJK" >/dev/null; then
  echo "installing chromium and fonts-noto-cjk (Debian's packages)" >&2
  (apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk) >/dev/null
fi

# Nothing may come from the network: no remote URL in the page.
if grep -Eq '(src|href)="(https?:)?//|url\((https?:)?//|@import' "$report"; then
  echo "FAIL: the report refers to the network" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-extensions
       --host-resolver-rules="MAP * ~NOTFOUND" --user-data-dir="$work/profile")
timeout 120 chromium "${flags[@]}" --enable-logging=stderr --v=0 --virtual-time-budget=5000 \
  --dump-dom "file://$report" > "$work/dom.html" 2> "$work/log"
# Every console message counts: the report writes none of its own.
if grep -q ':CONSOLE' "$work/log"; then
  echo "FAIL: console messages:" >&2
  grep ':CONSOLE' "$work/log" | head -20 >&2
  exit 1
fi
charts=$(grep -o '<svg class="chart"' "$work/dom.html" | wc -l)
tables=$(grep -o '<table class="facts' "$work/dom.html" | wc -l)
documents=$(grep -o '<details class="doc"' "$work/dom.html" | wc -l)
echo "charts: $charts, tables: $tables, documents: $documents, console messages: 0"
if (( charts < 1 || tables < 1 )); then echo "FAIL: no chart or no table in the DOM" >&2; exit 1; fi

timeout 120 chromium "${flags[@]}" --hide-scrollbars --window-size=1400,1100 --virtual-time-budget=5000 \
  --screenshot="$screenshot" "file://$report" 2>/dev/null
echo "screenshot: $screenshot"
