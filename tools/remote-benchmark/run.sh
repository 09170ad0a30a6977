#!/usr/bin/env bash
# Time the whole conformance suite against the reference three ways, side by side in one run:
# in process, through the protocol (host process), and through the protocol with the host in the sandbox.
# Usage: tools/remote-benchmark/run.sh [rounds]   (default 3; prints a Markdown table)
# Each figure is the test run's own start-to-finish time from the TRX report (no build, no test discovery),
# best of the rounds; the remote paths include starting their host process.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
rounds="${1:-3}"
project="$root/tests/Looper.Remote.Tests/Looper.Remote.Tests.csproj"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

dotnet build "$project" -c Release -v quiet -nologo >/dev/null

seconds() { # TRX file -> seconds between the run's start and finish
  local times start finish
  times="$(grep -o '<Times [^>]*>' "$1")"
  start="$(sed -E 's/.* start="([^"]+)".*/\1/' <<<"$times")"
  finish="$(sed -E 's/.* finish="([^"]+)".*/\1/' <<<"$times")"
  awk -v a="$(date -d "$start" +%s.%N)" -v b="$(date -d "$finish" +%s.%N)" 'BEGIN { printf "%.3f", b - a }' 
}

declare -A best
for ((round = 1; round <= rounds; round++)); do
  for fixture in InProcessReferenceConformance RemoteReferenceConformance SandboxedReferenceConformance; do
    trx="$fixture-$round.trx"
    dotnet test "$project" -c Release --no-build --nologo -v quiet \
      --settings "$root/tools/remote-benchmark/no-coverage.runsettings" \
      --filter "FullyQualifiedName~$fixture" --logger "trx;LogFileName=$trx" --results-directory "$out" >/dev/null
    took="$(seconds "$out/$trx")"
    if [[ -z "${best[$fixture]:-}" ]] || awk -v a="$took" -v b="${best[$fixture]}" 'BEGIN { exit !(a < b) }'; then
      best[$fixture]="$took"
    fi
  done
done

base="${best[InProcessReferenceConformance]}"
echo "| Path | Suite run (s), best of $rounds | Ratio to in process |"
echo "|---|---|---|"
for fixture in InProcessReferenceConformance RemoteReferenceConformance SandboxedReferenceConformance; do
  awk -v name="$fixture" -v t="${best[$fixture]}" -v b="$base" 'BEGIN { printf "| %s | %.2f | %.2fx |\n", name, t, t / b }' 
done
