#!/usr/bin/env bash
# Time each test project of the solution side by side in two checkouts (a baseline, such as main, and this one),
# on one machine, and print a table: per project the wall time of `dotnet test PROJECT --no-build` in each, the
# ratio, and the totals. Both checkouts are built first (not timed); the runs alternate baseline / this checkout
# project by project, so a change of the machine's load weighs on both sides alike.
#
#   tools/suite-timing/measure.sh --baseline /tmp/looper-main                  # every test project of the baseline's Looper.sln
#   tools/suite-timing/measure.sh --baseline /tmp/looper-main --project tests/Looper.Katas.Tests
#   tools/suite-timing/measure.sh --baseline /tmp/looper-main --no-build       # both already built
#   tools/suite-timing/measure.sh --baseline /tmp/looper-main --solution       # one `dotnet test` of the solution each
#
# --solution times what `dotnet test Looper.sln` does instead, projects side by side as the solution runs them: one
# run of the baseline's solution, then one of this checkout restricted to the baseline's test projects (a solution
# filter written to --logs), both with --no-build. It takes no --project.
#
# A baseline is made with: git clone --quiet <this repository> /tmp/looper-main && git -C /tmp/looper-main checkout <rev>
# The logs of every run stay in --logs (default a new temporary folder), whose path is printed at the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
baseline=""
build=true
solution=false
projects=()
logs=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --baseline) [[ $# -ge 2 ]] || { echo "measure.sh: --baseline needs a folder." >&2; exit 2; }; baseline=$2; shift 2 ;;
    --project) [[ $# -ge 2 ]] || { echo "measure.sh: --project needs a test project folder such as tests/Looper.Katas.Tests." >&2; exit 2; }; projects+=("$2"); shift 2 ;;
    --logs) [[ $# -ge 2 ]] || { echo "measure.sh: --logs needs a folder." >&2; exit 2; }; logs=$2; shift 2 ;;
    --no-build) build=false; shift ;;
    --solution) solution=true; shift ;;
    -h | --help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "measure.sh: unknown option \"$1\"; see --help." >&2; exit 2 ;;
  esac
done
[[ -n $baseline && -f $baseline/Looper.sln ]] || {
  echo "measure.sh: --baseline must name a checkout with a Looper.sln (for example a clone of main in /tmp/looper-main)." >&2
  exit 2
}
baseline=$(cd "$baseline" && pwd)
logs=${logs:-$(mktemp -d "${TMPDIR:-/tmp}/looper-suite-timing.XXXXXX")}
mkdir -p "$logs"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# The test projects that exist in the baseline: the ones whose wall time is compared.
if $solution && [[ ${#projects[@]} -gt 0 ]]; then
  echo "measure.sh: --solution times the baseline's whole solution; leave out --project." >&2
  exit 2
fi
if [[ ${#projects[@]} -eq 0 ]]; then
  mapfile -t projects < <(grep -o '"[^"]*Tests\.csproj"' "$baseline/Looper.sln" | tr -d '"' | tr '\\' '/' | xargs -n1 dirname)
fi

if $build; then
  for tree in "$baseline" "$root"; do
    echo "building $tree/Looper.sln ..." >&2
    (cd "$tree" && dotnet build Looper.sln >"$logs/build-$(basename "$tree").log" 2>&1) ||
      { echo "measure.sh: the build of $tree failed; see $logs/build-$(basename "$tree").log" >&2; exit 1; }
  done
fi

ratio() { LC_ALL=C printf '%.2f' "$(echo "scale=4; $1 / $2" | bc)"; } # rounded, not cut: 0.886 is 0.89
run_tests() { local log=$1 tree=$2 project=$3; (cd "$tree" && dotnet test "$project" --no-build) >"$log" 2>&1; }
timed() { # timed LOG TREE PROJECT: print "seconds exit-code"
  local start end status=0
  start=$(date +%s.%N)
  run_tests "$@" || status=$?
  end=$(date +%s.%N)
  printf '%.1f %d\n' "$(echo "$end - $start" | bc)" "$status"
}

machine() {
  echo "baseline:       $baseline ($(git -C "$baseline" rev-parse --short HEAD))"
  echo "this checkout:  $root ($(git -C "$root" rev-parse --short HEAD)$([[ -z $(git -C "$root" status --porcelain) ]] || echo ', with uncommitted changes'))"
  echo "machine:        $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), load average at the end $(cut -d' ' -f1-3 /proc/loadavg), .NET SDK $(dotnet --version)"
  echo "logs:           $logs"
}

if $solution; then
  # This checkout's test projects that the baseline also has, as a solution filter of this checkout's Looper.sln.
  filter="$logs/baseline-test-projects.slnf"
  {
    printf '{ "solution": { "path": "%s", "projects": [' "$root/Looper.sln"
    first=true
    for project in "${projects[@]}"; do
      file=$(cd "$root" && ls "$project"/*.csproj 2>/dev/null | head -n1) || true
      [[ -n $file ]] || continue
      $first || printf ','
      first=false
      printf '\n "%s"' "$file"
    done
    printf '\n] } }\n'
  } >"$filter"
  read -r base_time base_status < <(timed "$logs/solution.baseline.log" "$baseline" Looper.sln)
  read -r this_time this_status < <(timed "$logs/solution.this.log" "$root" "$filter")
  mark() { [[ $1 -eq 0 ]] || echo " (exit $1)"; }
  echo "| run | baseline (s) | this checkout (s) | ratio |"
  echo "| --- | --- | --- | --- |"
  echo "| \`dotnet test\` of the baseline's ${#projects[@]} test projects | $base_time$(mark "$base_status") | $this_time$(mark "$this_status") | $(ratio "$this_time" "$base_time") |"
  echo
  machine
  exit 0
fi

echo "| test project | baseline (s) | this checkout (s) | ratio |"
echo "| --- | --- | --- | --- |"
base_total=0
this_total=0
for project in "${projects[@]}"; do
  name=$(basename "$project")
  read -r base_time base_status < <(timed "$logs/$name.baseline.log" "$baseline" "$project")
  if [[ -d $root/$project ]]; then
    read -r this_time this_status < <(timed "$logs/$name.this.log" "$root" "$project")
  else
    this_time=0 this_status=0
  fi
  base_total=$(echo "$base_total + $base_time" | bc)
  this_total=$(echo "$this_total + $this_time" | bc)
  mark() { [[ $1 -eq 0 ]] || echo " (exit $1)"; }
  echo "| $name | $base_time$(mark "$base_status") | $this_time$(mark "$this_status") | $(ratio "$this_time" "$base_time") |"
done
echo "| total | $base_total | $this_total | $(ratio "$this_total" "$base_total") |"
echo
machine
