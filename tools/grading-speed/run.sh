#!/usr/bin/env bash
# Time `looper grade` of the reference (the hidden pack included, no build needed) side by side in one run:
# the grader as it was before the judge moved into the grader (a runner child process that loads the
# submission in process), and the grader of this checkout (the judge in the grader, the submission in a
# Looper.Host process in the bubblewrap sandbox).
# Usage: tools/grading-speed/run.sh [rounds] [base commit]   (default 3 rounds, base = merge-base with main)
# Prints a Markdown table: each figure is the wall time of one `looper grade` process, best of the rounds,
# both built in Release before timing.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
rounds="${1:-3}"
base="${2:-$(git -C "$root" merge-base HEAD main)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

git -C "$root" archive "$base" | tar -x -C "$work"
dotnet build "$work/tools/Looper.Cli" -c Release -v quiet -nologo >/dev/null
dotnet build "$root/tools/Looper.Cli" -c Release -v quiet -nologo >/dev/null

grade() { # repository root -> seconds of one `looper grade` of the reference, run from that root
  local start end
  start="$(date +%s.%N)"
  (cd "$1" && dotnet "$1/tools/Looper.Cli/bin/Release/net10.0/looper.dll" grade >/dev/null 2>&1) || true
  end="$(date +%s.%N)"
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}

declare -A best
for ((round = 1; round <= rounds; round++)); do
  for path in before now; do
    folder="$work"; [[ "$path" == now ]] && folder="$root"
    took="$(grade "$folder")"
    if [[ -z "${best[$path]:-}" ]] || awk -v a="$took" -v b="${best[$path]}" 'BEGIN { exit !(a < b) }'; then
      best[$path]="$took"
    fi
  done
done

echo "| Grader | looper grade of the reference (s), best of $rounds | Ratio |"
echo "|---|---|---|"
echo "| before ($(git -C "$root" rev-parse --short "$base")): runner child process, submission loaded in process | ${best[before]} | 1.00x |"
echo "| now: judge in the grader, submission in a sandboxed host | ${best[now]} | $(awk -v a="${best[now]}" -v b="${best[before]}" 'BEGIN { printf "%.2fx", a / b }') |"
