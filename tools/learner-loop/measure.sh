#!/usr/bin/env bash
# Measure a learner's edit-to-result loop against its floor, on this machine:
#   1. first red: a fresh clone of the committed repository, `katas/stage.sh 1` until its red result;
#   2. edit to result: one edit of the starter, then `katas/stage.sh 1` again (median of --runs runs);
#   3. the floor: a one-test NUnit project (same SDK, same test packages) edited and run with `dotnet test` the same
#      way (median of --runs runs), and once more with `dotnet test --no-restore`, since stage.sh skips the restore
#      when nothing a restore reads has changed.
# It prints the figures and the ratios edit-to-result / floor. The clone and the floor project live in a
# temporary folder that is deleted at the end. Record results in docs/learner-loop.md.
#
#   tools/learner-loop/measure.sh [--runs N]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) [[ $# -ge 2 && $2 =~ ^[1-9][0-9]*$ ]] || { echo "measure.sh: --runs needs a positive number." >&2; exit 2; }; runs=$2; shift 2 ;;
    -h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "measure.sh: unknown option \"$1\"; use --runs N." >&2; exit 2 ;;
  esac
done

work=$(mktemp -d "${TMPDIR:-/tmp}/looper-learner-loop.XXXXXX")
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

seconds() { # run a command quietly and print its wall time in seconds
  local start end
  start=$(date +%s.%N)
  "$@" >"$work/last-run.log" 2>&1 || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
ratio() { LC_ALL=C printf '%.2f' "$(echo "scale=4; $1 / $2" | bc)"; } # rounded, not cut: 1.496 is 1.50
version_of() { sed -n "s/.*Include=\"$1\" Version=\"\([^\"]*\)\".*/\1/p" "$root/Directory.Packages.props"; }

# 1. First red from a fresh clone.
git clone --quiet "$root" "$work/clone"
first_red=$(printf '%.1f' "$(seconds bash "$work/clone/katas/stage.sh" 1)")
grep -q "^Failed!" "$work/last-run.log" || { echo "measure.sh: the first stage run did not end red:" >&2; cat "$work/last-run.log" >&2; exit 1; }

# 2 and 3. Edit to result on the starter, and its floor: one NUnit test, the same packages, rebuilt and run the
# same way. The runs alternate, so a machine whose load changes weighs on both sides alike.
starter="$work/clone/katas/starter/Looper.Kata/KataLooperImplementation.cs"
mkdir -p "$work/floor"
cat >"$work/floor/Floor.Tests.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <IsTestProject>true</IsTestProject>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="$(version_of Microsoft.NET.Test.Sdk)" />
    <PackageReference Include="NUnit" Version="$(version_of NUnit)" />
    <PackageReference Include="NUnit3TestAdapter" Version="$(version_of NUnit3TestAdapter)" />
  </ItemGroup>
</Project>
PROJECT
cat >"$work/floor/FloorTest.cs" <<'CODE'
using NUnit.Framework;

public sealed class FloorTest
{
    [Test]
    public void Fails() => Assert.That(1, Is.EqualTo(2));
}
CODE
cp "$root/global.json" "$work/floor/"
(cd "$work/floor" && dotnet test >/dev/null 2>&1) || true
stage_times=()
floor_times=()
floor_nr_times=()
ratios=()
for ((i = 1; i <= runs; i++)); do
  echo "// edit $i" >>"$starter"
  stage_time=$(seconds bash "$work/clone/katas/stage.sh" 1)
  grep -q "^Failed!" "$work/last-run.log" || { echo "measure.sh: stage run $i did not end red:" >&2; cat "$work/last-run.log" >&2; exit 1; }
  echo "// edit $i" >>"$work/floor/FloorTest.cs"
  floor_time=$(cd "$work/floor" && seconds env MSBUILDTERMINALLOGGER=off dotnet test)
  grep -q "^Failed!" "$work/last-run.log" || { echo "measure.sh: floor run $i did not end red:" >&2; cat "$work/last-run.log" >&2; exit 1; }
  echo "// edit $i again" >>"$work/floor/FloorTest.cs"
  floor_nr_time=$(cd "$work/floor" && seconds env MSBUILDTERMINALLOGGER=off dotnet test --no-restore)
  grep -q "^Failed!" "$work/last-run.log" || { echo "measure.sh: floor run $i (--no-restore) did not end red:" >&2; cat "$work/last-run.log" >&2; exit 1; }
  floor_nr_times+=("$(printf '%.1f' "$floor_nr_time")")
  stage_times+=("$(printf '%.1f' "$stage_time")")
  floor_times+=("$(printf '%.1f' "$floor_time")")
  ratios+=("$(ratio "$stage_time" "$floor_time")")
done

stage=$(median "${stage_times[@]}")
floor=$(median "${floor_times[@]}")
floor_nr=$(median "${floor_nr_times[@]}")
echo "command:        tools/learner-loop/measure.sh --runs $runs"
echo "machine:        $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version)"
echo "first red:      ${first_red} s  (fresh clone, katas/stage.sh 1)"
echo "edit to result: ${stage} s  (median of: ${stage_times[*]})"
echo "floor:          ${floor} s  (median of: ${floor_times[*]})"
echo "floor, no restore: ${floor_nr} s  (median of: ${floor_nr_times[*]})"
echo "ratio:          $(ratio "$stage" "$floor")x  (of the medians; per pair: ${ratios[*]})"
echo "ratio to the floor without restore: $(ratio "$stage" "$floor_nr")x"
