#!/usr/bin/env bash
# Measure bin/run.sh's wall time against Exercism's 20-second window, on the kata starter and on the reference,
# each after one warm-up run. Prints one line per run; docs/grading-timings.md records the figures.
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
  start=$(date +%s%N)
  "$here/bin/run.sh" looper "$input" "$out/$name" >/dev/null
  end=$(date +%s%N)
  status=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["status"])' "$out/$name/results.json")
  elapsed_ms=$(( (end - start) / 1000000 ))
  printf '%s: %d.%03d s (status %s)\n' "$name" $((elapsed_ms / 1000)) $((elapsed_ms % 1000)) "$status"
done
