#!/usr/bin/env bash
# Run the kata's scenarios up to a stage against your Python looper: ./katas/python/stage.sh 2 runs stages 1 and 2.
#   ./katas/python/stage.sh 2 --only              runs stage 2 alone
#   ./katas/python/stage.sh 3 --module PATH.py    grades another module (the exemplar, a pair's copy)
# Any other argument goes to dotnet test unchanged. Needs python3 (Debian: apt-get install -y python3) and .NET.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."

usage() {
  echo "usage: katas/python/stage.sh STAGE [--only] [--module PATH.py] [dotnet test options...]" >&2
  echo "  STAGE is a stage of spec section 13, from 1: the scenarios of stages 1..STAGE run (only STAGE with --only)." >&2
  exit 2
}

[[ $# -ge 1 ]] || usage
stage="$1"
shift
# The stages are the rows of the stage table in spec section 13, in order; its first column holds each stage's tag.
mapfile -t tags < <(awk -F'|' '/^\| *Stage *\|/ { table = 1; next } table && /^\| *-/ { next } table && /^\|/ { gsub(/^ *| *$/, "", $2); print $2; next } table { exit }' "$root/spec/looper-spec.md")
last=${#tags[@]}
[[ $last -gt 0 ]] || { echo "katas/python/stage.sh: spec/looper-spec.md has no stage table (section 13); restore it from the repository." >&2; exit 2; }
[[ "$stage" =~ ^[0-9]+$ && $stage -ge 1 && $stage -le $last ]] || { echo "katas/python/stage.sh: '$stage' is not a stage; use a number from 1 to $last (spec section 13)." >&2; usage; }

only=false
module="$here/looper.py"
passthrough=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --only) only=true; shift ;;
    --module) [[ $# -ge 2 ]] || usage; module="$2"; shift 2 ;;
    *) passthrough+=("$1"); shift ;;
  esac
done
[[ -e "$module" ]] || { echo "katas/python/stage.sh: $module does not exist; pass your looper module with --module PATH.py." >&2; exit 2; }

if $only; then
  filter="Category=${tags[stage - 1]}"
else
  filter=""
  for ((n = 1; n <= stage; n++)); do filter+="${filter:+|}Category=${tags[n - 1]}"; done
fi

export LOOPER_PYTHON_MODULE="$(cd "$(dirname "$module")" && pwd)/$(basename "$module")"
export MSBUILDTERMINALLOGGER=off
project="$root/tests/Looper.Python.Tests"
echo "LOOPER_PYTHON_MODULE=$LOOPER_PYTHON_MODULE dotnet test $project --filter \"FullyQualifiedName~LearnerModuleTests&($filter)\"" >&2
exec dotnet test "$project" --filter "FullyQualifiedName~LearnerModuleTests&($filter)" "${passthrough[@]}"
