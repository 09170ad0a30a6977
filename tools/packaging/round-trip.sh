#!/usr/bin/env bash
# Prove the packages work from the outside, as a learner meets them. In temporary folders outside the repository:
#   1. pack.sh packs every package with a version no earlier run used;
#   2. a fresh test project that references Looper.Conformance, Looper.Contract and Looper.Reference, plus the
#      one-line seam, runs every scenario green;
#   3. the template, installed into a template store of its own, makes a learner repository whose dotnet test
#      lists every core scenario, all red with the starter's "not implemented" message.
# These are the [Category("slow")] tests of tests/Looper.Packaging.Tests (about 1 to 2 minutes); they delete their
# folders, and their version from the global packages folder, when they end.
#
#   tools/packaging/round-trip.sh [dotnet test options]
set -euo pipefail
cd "$(dirname "$0")/../.."
exec dotnet test tests/Looper.Packaging.Tests --filter "Category=slow" --logger "console;verbosity=normal" "$@"
