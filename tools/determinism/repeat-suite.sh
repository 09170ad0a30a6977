#!/usr/bin/env bash
# Run `dotnet test Looper.sln` several times, each with another NUnit random seed and another number of test
# workers, and stop at the first red run, printing what reproduces it.
# Usage: tools/determinism/repeat-suite.sh [runs (default 5)] [first seed (default: random)]
set -euo pipefail

runs="${1:-5}"
seed="${2:-$(( (RANDOM << 15) | RANDOM ))}"
if ! [[ "$runs" =~ ^[1-9][0-9]*$ && "$seed" =~ ^[0-9]+$ ]]; then
  echo "usage: $0 [runs, a positive number] [first seed, a number]; got runs='$runs' seed='$seed'" >&2
  exit 2
fi

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build Looper.sln

for run in $(seq 1 "$runs"); do
  workers=$(( 2 + run % 3 ))   # 2, 3 or 4 NUnit workers on a 2-core machine: parallel fixtures interleave differently
  echo
  echo "=== Run $run of $runs: NUnit.RandomSeed=$seed NUnit.NumberOfTestWorkers=$workers"
  if ! dotnet test Looper.sln --no-build -- NUnit.RandomSeed="$seed" NUnit.NumberOfTestWorkers="$workers"; then
    echo
    echo "Run $run of $runs failed. Reproduce it with:"
    echo "  dotnet test Looper.sln -- NUnit.RandomSeed=$seed NUnit.NumberOfTestWorkers=$workers"
    exit 1
  fi
  seed=$(( seed + 1 ))
done

echo
echo "All $runs runs passed."
