#!/usr/bin/env bash
# Mutation-test the reference looper with the conformance suite as its tests (Stryker.NET, pinned in
# .config/dotnet-tools.json), then print the score and every undetected mutant read from the JSON report.
# Usage: tools/mutation/run-stryker.sh [extra dotnet-stryker options]    Takes about 5 minutes on 2 cores.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
output="$root/tools/mutation/StrykerOutput/latest"   # gitignored (StrykerOutput/)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export REQNROLL_FORMATTERS_DISABLED=true              # each mutant's test run would rewrite the Cucumber reports

cd "$root"
dotnet tool restore

# Stryker runs from the test project's folder; at the root the solution file would switch it to solution mode.
# --project is required because the test project references several projects.
rm -rf "$output"
cd "$root/tests/Looper.Reference.Tests"
dotnet stryker --config-file "$root/tools/mutation/stryker-config.json" --output "$output" "$@"

report="$output/reports/mutation-report.json"
echo
echo "Report: $report (and mutation-report.html beside it)"
if command -v python3 > /dev/null; then
  python3 "$root/tools/mutation/summarize-report.py" "$report"
fi
