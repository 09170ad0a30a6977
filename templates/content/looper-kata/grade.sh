#!/usr/bin/env bash
# Grade the kata stage by stage and print a Markdown table: passed, failed and total scenarios per stage.
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

stage_names=("" "Futures and wait" "The loop" "Dynamic adds" "Lookup and kill" "Wrapper callbacks" "Failures and extensions")
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
echo "| stage | passed | failed | total |"
echo "| --- | ---: | ---: | ---: |"
all_passed=true
for n in 1 2 3 4 5 6; do
  trx="$results/stage-$n.trx"
  dotnet test --no-build --nologo --filter "Category=stage-$n" \
    --logger "trx;LogFileName=stage-$n.trx" --results-directory "$results" >"$results/stage-$n.log" 2>&1
  counters=$(grep -o '<Counters [^>]*>' "$trx" 2>/dev/null || true)
  if [[ -z $counters ]]; then
    echo "| $n. ${stage_names[$n]} | | | not run (see $results/stage-$n.log) |"
    all_passed=false
    continue
  fi
  total=$(counter total "$counters")
  passed=$(counter passed "$counters")
  failed=$((total - passed))
  mark=$([[ $total -gt 0 && $failed -eq 0 ]] && echo " ✅" || echo "")
  echo "| $n. ${stage_names[$n]}$mark | $passed | $failed | $total |"
  [[ $failed -eq 0 ]] || all_passed=false
done
echo
if $all_passed; then
  echo "Every scenario listed passed."
else
  echo "Run \`./katas/stage.sh N\` to see what a stage still gets wrong."
  exit 1
fi
