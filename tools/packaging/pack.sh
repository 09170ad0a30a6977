#!/usr/bin/env bash
# Pack Looper's NuGet packages: Looper.Contract, Looper.Reference, Looper.Conformance and the dotnet new
# template Looper.Kata.Templates (which carries the contract and the suite of the same version).
#
#   tools/packaging/pack.sh                                  # version from Directory.Build.props, into artifacts/packages/
#   tools/packaging/pack.sh --version 0.2.0-beta.1           # another version
#   tools/packaging/pack.sh --output /tmp/feed --build-dir /tmp/looper-pack-build
#   tools/packaging/pack.sh --template-only                  # the template alone, over the contract and suite already in --output
#
# The build goes to --build-dir (default artifacts/pack-build/), never to the projects' own bin/ and obj/, so
# packing does not disturb a build or test run in progress.
#
# The template takes the starter, the stage guides and the features as committed (HEAD, or --from REV), never
# from the working tree: a rehearsal of the kata in this clone cannot end up in a learner's repository.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

usage() {
  echo "usage: tools/packaging/pack.sh [--version V] [--output DIR] [--build-dir DIR] [--from REV] [--template-only]" >&2
  exit 2
}

version=""
output="$root/artifacts/packages"
build_dir="$root/artifacts/pack-build"
from=HEAD
template_only=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --version) [[ $# -ge 2 ]] || usage; version=$2; shift 2 ;;
    --output) [[ $# -ge 2 ]] || usage; output=$2; shift 2 ;;
    --build-dir) [[ $# -ge 2 ]] || usage; build_dir=$2; shift 2 ;;
    --from) [[ $# -ge 2 ]] || usage; from=$2; shift 2 ;;
    --template-only) template_only=true; shift ;;
    -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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

# The committed katas/ and tests/features/, exported afresh for the template.
if ! git -C "$root" rev-parse --verify --quiet "$from^{commit}" >/dev/null; then
  echo "pack.sh: \"$from\" is not a commit of a git repository at $root. The template is packed from committed" >&2
  echo "files only: run pack.sh in a git clone, with --from naming a commit (default HEAD)." >&2
  exit 2
fi
committed="$build_dir/committed"
rm -rf "$committed"
mkdir -p "$committed"
git -C "$root" archive --format=tar "$from" katas tests/features | tar -x -C "$committed"
if [[ -n $(git -C "$root" status --porcelain -- katas tests/features) ]]; then
  echo "pack.sh: katas/ or tests/features/ has uncommitted changes; the template leaves them out and packs $from." >&2
fi

properties=(-p:LooperPackagesFolder="$output/" -p:LooperKatasFolder="$committed/katas/" -p:LooperFeaturesFolder="$committed/tests/features/")
[[ -z $version ]] || properties+=(-p:Version="$version")

# Order matters: the template embeds the contract and the suite, so they are packed first.
projects=(
  spec/Looper.Contract/Looper.Contract.csproj
  reference-impl/Looper.Reference/Looper.Reference.csproj
  tests/Looper.Conformance/Looper.Conformance.csproj
  templates/Looper.Kata.Templates.csproj
)
if $template_only; then
  projects=(templates/Looper.Kata.Templates.csproj)
fi
for project in "${projects[@]}"; do
  dotnet pack "$root/$project" --configuration Release --nologo --output "$output" \
    --artifacts-path "$build_dir" -nodeReuse:false "${properties[@]}"
done

echo
echo "Packages in $output:"
ls -1 "$output"/*.nupkg
