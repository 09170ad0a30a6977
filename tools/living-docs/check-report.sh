#!/usr/bin/env bash
# Render the suite's Cucumber HTML report in headless Chromium and check that every scenario and its status is on the page.
# Usage: tools/living-docs/check-report.sh [path/to/looper-report.html]
# Without an argument it runs the suite against the reference first and checks the report that run wrote.
# Installs Debian's chromium package when it is missing (needs root, as on CI machines).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

report="${1:-}"
if [[ -z "$report" ]]; then
  REQNROLL_FORMATTERS_HTML="outputFilePath=reports/looper-report.html" \
  REQNROLL_FORMATTERS_MESSAGE="outputFilePath=reports/looper-messages.ndjson" \
    dotnet test tests/Looper.Reference.Tests --nologo >/dev/null
  report="tests/Looper.Reference.Tests/bin/Debug/net10.0/reports/looper-report.html"
fi
if [[ ! -f "$report" ]]; then
  echo "No report at '$report': run the suite first (dotnet test tests/Looper.Reference.Tests) or pass the report's path." >&2
  exit 2
fi
messages="$(dirname "$report")/looper-messages.ndjson"

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium package..."
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi

out="$(mktemp -d)"
chromium_flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --user-data-dir="$out/profile" --virtual-time-budget=20000)
chromium "${chromium_flags[@]}" --window-size=1400,6000 --dump-dom "file://$(realpath "$report")" >"$out/dom.html" 2>/dev/null
chromium "${chromium_flags[@]}" --window-size=1400,1600 --screenshot="$out/report.png" "file://$(realpath "$report")" >/dev/null 2>&1 || true

python3 "$root/tools/living-docs/check_rendered_report.py" "$out/dom.html" "$messages" "$root/tests/features"
if [[ -f "$out/report.png" ]]; then
  cp "$out/report.png" "$root/docs/living-documentation.png"
  echo "Screenshot: docs/living-documentation.png"
fi
