#!/usr/bin/env bash
# Run the kata's scenarios up to a stage: ./katas/stage.sh 2 runs stages 1 and 2 against your looper.
#   ./katas/stage.sh 2 --only           runs stage 2 alone
#   ./katas/stage.sh 3 --project PATH   runs another test project (an exemplar's, a pair's copy)
#   ./katas/stage.sh 1 --trace          also prints each scenario's Given/When/Then steps and how they ended
# Any other argument goes to dotnet test unchanged, for example: ./katas/stage.sh 1 --logger "console;verbosity=detailed"
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

usage() {
  echo "usage: katas/stage.sh STAGE [--only] [--trace] [--project PATH] [dotnet test options...]" >&2
  echo "  STAGE is a stage of spec section 13, from 1: the scenarios of stages 1..STAGE run (only STAGE with --only)." >&2
  exit 2
}

[[ $# -ge 1 ]] || usage
stage="$1"
shift
# The stages are the rows of the stage table in spec section 13, in order; its first column holds each stage's tag.
mapfile -t tags < <(awk -F'|' '/^\| *Stage *\|/ { table = 1; next } table && /^\| *-/ { next } table && /^\|/ { gsub(/^ *| *$/, "", $2); print $2; next } table { exit }' "$here/../spec/looper-spec.md")
last=${#tags[@]}
[[ $last -gt 0 ]] || { echo "katas/stage.sh: spec/looper-spec.md has no stage table (section 13); restore it from the repository." >&2; exit 2; }
[[ "$stage" =~ ^[0-9]+$ && $stage -ge 1 && $stage -le $last ]] || { echo "katas/stage.sh: '$stage' is not a stage; use a number from 1 to $last (spec section 13)." >&2; usage; }

only=false
trace=false
project="$here/starter/Looper.Kata.Tests"
passthrough=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --only) only=true; shift ;;
    --trace) trace=true; shift ;;
    --project) [[ $# -ge 2 ]] || usage; project="$2"; shift 2 ;;
    *) passthrough+=("$1"); shift ;;
  esac
done

if $only; then
  filter="Category=${tags[stage - 1]}"
else
  filter=""
  for ((n = 1; n <= stage; n++)); do filter+="${filter:+|}Category=${tags[n - 1]}"; done
fi

if $trace; then
  # Test run parameters come after a single "--"; add one unless the caller already did.
  [[ " ${passthrough[*]} " == *" -- "* ]] || passthrough+=("--")
  passthrough+=('TestRunParameters.Parameter(name="LooperTrace", value="true")')
fi

# .NET's terminal logger reports each failed test as "error TESTERROR" and ends with "Build failed with N
# error(s)", which reads as if the code did not compile. The classic console output says "Failed!" instead.
export MSBUILDTERMINALLOGGER=off

# A restore evaluates every project of the build a second time. stage.sh restores on its own and leaves a stamp
# (obj/stage.restored); later runs skip the restore until something a restore reads (a project file, package
# versions, build settings) is newer than that stamp.
restore=()
stamp="$project/obj/stage.restored"
if [[ -d $project && " ${passthrough[*]} " != *" --no-restore "* ]]; then
  if [[ ! -f $stamp || -n $(find "$here/.." \( -name bin -o -name obj -o -name .git -o -name node_modules -o -name artifacts -o -name templates \) -prune -o \
    \( -name '*.csproj' -o -name 'Directory.Build.*' -o -name 'Directory.Packages.props' -o -name 'packages.lock.json' \
    -o -name 'nuget.config' -o -name 'NuGet.Config' -o -name 'global.json' \) -newer "$stamp" -print -quit 2>/dev/null) ]]; then
    dotnet restore "$project" || exit $?
    touch "$stamp"
  fi
  restore=(--no-restore)
fi

echo "dotnet test $project --filter \"$filter\"${restore[*]:+ ${restore[*]}}" >&2
exec dotnet test "$project" --filter "$filter" "${restore[@]}" "${passthrough[@]}"
