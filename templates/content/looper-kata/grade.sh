#!/usr/bin/env bash
# Grade the kata stage by stage and print a Markdown table: passed, failed and total scenarios per stage.
# The stages (numbers and topics) come from the stage table of spec/looper-spec.md, section 13. A scenario of an
# optional extension the looper does not implement is not applicable: the suite does not run it, and it counts
# neither as passed nor as failed nor in the total, exactly as `looper grade` scores it.
# Exits 0 when every scenario listed passed, 1 otherwise. CI appends the table to the job's summary.
#   ./grade.sh              build, then run each stage
#   ./grade.sh --no-build   use the last build
set -uo pipefail
cd "$(dirname "$0")" || exit 2

build=true
case "${1:-}" in
  "") ;;
  --no-build) build=false ;;
  *) echo "usage: ./grade.sh [--no-build]" >&2; exit 2 ;;
esac

spec=spec/looper-spec.md
[[ -f $spec ]] || { echo "grade.sh: $spec is missing; it lists the stages. Restore it from the template." >&2; exit 2; }
# The rows of the stage table, in order: the first column is the stage's tag, the second its topic.
mapfile -t stage_rows < <(awk -F'|' '/^\| *Stage *\|/ { table = 1; next } table && /^\| *-/ { next } table && /^\|/ { gsub(/^ *| *$/, "", $2); gsub(/^ *| *$/, "", $3); print $2 "\t" $3; next } table { exit }' "$spec")
[[ ${#stage_rows[@]} -gt 0 ]] || { echo "grade.sh: $spec has no stage table (section 13)." >&2; exit 2; }
results=TestResults/grade
rm -rf "$results"
mkdir -p "$results"

if $build && ! dotnet build --nologo -v quiet >"$results/build.log" 2>&1; then
  echo "## Looper kata: the build failed"
  echo
  echo "Fix the compile errors (\`dotnet build\` lists them; this run kept them in $results/build.log), then run the grade again."
  exit 1
fi

counter() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$2"; }

echo "## Looper kata: scenarios per stage"
echo
echo "| stage | passed | failed | total | not applicable |"
echo "| --- | ---: | ---: | ---: | ---: |"
all_passed=true
n=0
for row in "${stage_rows[@]}"; do
  n=$((n + 1))
  tag=${row%%$'\t'*}
  name=${row#*$'\t'}
  trx="$results/$tag.trx"
  dotnet test --no-build --nologo --filter "Category=$tag" \
    --logger "trx;LogFileName=$tag.trx" --results-directory "$results" >"$results/$tag.log" 2>&1
  counters=$(grep -o '<Counters [^>]*>' "$trx" 2>/dev/null || true)
  if [[ -z $counters ]]; then
    echo "| $n. $name | | | not run (see $results/$tag.log) | |"
    all_passed=false
    continue
  fi
  # Scenarios the suite lists but does not run (not applicable) are counted in total but not in executed.
  not_applicable=$(( $(counter total "$counters") - $(counter executed "$counters") ))
  total=$(( $(counter total "$counters") - not_applicable ))
  passed=$(counter passed "$counters")
  failed=$((total - passed))
  mark=$([[ $total -gt 0 && $failed -eq 0 ]] && echo " ✅" || echo "")
  echo "| $n. $name$mark | $passed | $failed | $total | ${not_applicable:-0} |"
  [[ $failed -eq 0 ]] || all_passed=false
done
echo
if $all_passed; then
  echo "Every scenario listed passed."
else
  echo "Run \`./katas/stage.sh N\` to see what a stage still gets wrong."
  exit 1
fi
