#!/usr/bin/env bash
# Measure bin/run.sh's wall time against Exercism's 20-second window, on the kata starter and on the reference,
# each after one warm-up run. Prints wall time and CPU time per run (CPU time says more on a shared machine);
# docs/grading-timings.md records the figures.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
tool="$(mktemp -d)"
out="$(mktemp -d)"
trap 'rm -rf "$tool" "$out"' EXIT

dotnet pack "$repo/tools/Looper.Cli" -c Release -o "$tool/packages" --nologo >/dev/null
dotnet tool install Looper.Tool --tool-path "$tool/bin" --add-source "$tool/packages" >/dev/null
export LOOPER="$tool/bin/looper"

for name in starter reference; do
  case "$name" in
    starter) input="$repo/katas/starter/Looper.Kata" ;;
    reference) input="$repo/reference-impl/Looper.Reference" ;;
  esac
  "$here/bin/run.sh" looper "$input" "$out/$name-warm-up" >/dev/null
  TIMEFORMAT='%R %U %S'
  { time "$here/bin/run.sh" looper "$input" "$out/$name" >/dev/null 2>&1; } 2>"$out/$name.time"
  read -r real user sys <"$out/$name.time"
  status=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["status"])' "$out/$name/results.json")
  echo "$name: ${real} s wall, ${user} s user + ${sys} s system CPU (status $status; load average $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo unknown))"
done
