#!/usr/bin/env bash
# Exercism's test runner interface: bin/run.sh <exercise-slug> <input-dir> <output-dir>.
# Grades the solution in <input-dir> (only read: the build runs in a scratch copy) and writes
# <output-dir>/results.json, version 3. Exits 0 whenever it ran, whatever the solution's result; exits non-zero only
# when it could not run (wrong arguments, no output folder, no looper to run).
# LOOPER names the looper command (default: looper on the PATH); LOOPER_ARGS adds options, such as --config.
set -uo pipefail

if [ "$#" -ne 3 ]; then
  echo "usage: bin/run.sh <exercise-slug> <input-dir> <output-dir>" >&2
  exit 2
fi

slug="$1"
input="${2%/}"
output="${3%/}"
looper="${LOOPER:-looper}"

if [ ! -d "$input" ]; then
  echo "The input folder '$input' does not exist. Pass the folder that holds the solution." >&2
  exit 2
fi

mkdir -p "$output" || exit 2
results="$output/results.json"
rm -f "$results"

echo "$slug: grading $input"
# shellcheck disable=SC2086 # LOOPER_ARGS is a list of options
"$looper" grade "$input" --no-hidden ${LOOPER_ARGS:-} --exercism "$results"
status=$?

# Exit codes 0 (all passed), 3 (some did not), 5 (does not compile) and 6 (no single implementation) are results,
# written to results.json. Anything else means the grader itself could not run.
if [ -s "$results" ]; then
  echo "$slug: wrote $results (looper exit code $status)"
  exit 0
fi

echo "$slug: looper exited with $status and wrote no results" >&2
exit 1
