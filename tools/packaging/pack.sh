#!/usr/bin/env bash
# Pack Looper's NuGet packages: Looper.Contract, Looper.Reference, Looper.Conformance and the dotnet new
# template Looper.Kata.Templates (which carries the contract and the suite of the same version).
#
#   tools/packaging/pack.sh                                  # version from Directory.Build.props, into artifacts/packages/
#   tools/packaging/pack.sh --version 0.2.0-beta.1           # another version
#   tools/packaging/pack.sh --output /tmp/feed --build-dir /tmp/looper-pack-build
#
# The build goes to --build-dir (default artifacts/pack-build/), never to the projects' own bin/ and obj/, so
# packing does not disturb a build or test run in progress.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

usage() {
  echo "usage: tools/packaging/pack.sh [--version V] [--output DIR] [--build-dir DIR]" >&2
  exit 2
}

version=""
output="$root/artifacts/packages"
build_dir="$root/artifacts/pack-build"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --version) [[ $# -ge 2 ]] || usage; version=$2; shift 2 ;;
    --output) [[ $# -ge 2 ]] || usage; output=$2; shift 2 ;;
    --build-dir) [[ $# -ge 2 ]] || usage; build_dir=$2; shift 2 ;;
    -h | --help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "pack.sh: unknown option \"$1\"." >&2; usage ;;
  esac
done
if [[ -n $version && ! $version =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]]; then
  echo "pack.sh: \"$version\" is not a NuGet version such as 0.2.0 or 0.2.0-beta.1." >&2
  exit 2
fi

mkdir -p "$output" "$build_dir"
output=$(cd "$output" && pwd)
build_dir=$(cd "$build_dir" && pwd)

properties=(-p:LooperPackagesFolder="$output/")
[[ -z $version ]] || properties+=(-p:Version="$version")

# Order matters: the template embeds the contract and the suite, so they are packed first.
projects=(
  spec/Looper.Contract/Looper.Contract.csproj
  reference-impl/Looper.Reference/Looper.Reference.csproj
  tests/Looper.Conformance/Looper.Conformance.csproj
  templates/Looper.Kata.Templates.csproj
)
for project in "${projects[@]}"; do
  dotnet pack "$root/$project" --configuration Release --nologo --output "$output" \
    --artifacts-path "$build_dir" -nodeReuse:false "${properties[@]}"
done

echo
echo "Packages in $output:"
ls -1 "$output"/*.nupkg
