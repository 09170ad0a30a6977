#!/usr/bin/env bash
# Pack Looper's NuGet packages: Looper.Contract, Looper.Reference, Looper.Conformance and the dotnet new
# template Looper.Kata.Templates (which carries the contract and the suite of the same version).
#
#   tools/packaging/pack.sh                                  # version from Directory.Build.props, into artifacts/packages/
#   tools/packaging/pack.sh --version 0.2.0-beta.1           # another version
#   tools/packaging/pack.sh --output /tmp/feed --build-dir /tmp/looper-pack-build
#   tools/packaging/pack.sh --template-only                  # the template alone, over the contract and suite already in --output
#   tools/packaging/pack.sh --no-build Debug                 # pack the libraries' own Debug builds (bin/Debug), build only the template
#
# The build goes to --build-dir (default artifacts/pack-build/), never to the projects' own bin/ and obj/, so
# packing does not disturb a build or test run in progress. With --no-build CONFIG the libraries are not built
# again: their packages take what a build of CONFIG already left in their bin/ folders (the packaging tests use
# the builds their own run just made), and only the template, which compiles nothing, is built in --build-dir.
#
# The template takes the starter, the stage guides and the features as committed (HEAD, or --from REV), never
# from the working tree: a rehearsal of the kata in this clone cannot end up in a learner's repository.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

usage() {
  echo "usage: tools/packaging/pack.sh [--version V] [--output DIR] [--build-dir DIR] [--from REV] [--template-only] [--no-build CONFIG]" >&2
  exit 2
}

version=""
output="$root/artifacts/packages"
build_dir="$root/artifacts/pack-build"
from=HEAD
template_only=false
no_build=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --version) [[ $# -ge 2 ]] || usage; version=$2; shift 2 ;;
    --output) [[ $# -ge 2 ]] || usage; output=$2; shift 2 ;;
    --build-dir) [[ $# -ge 2 ]] || usage; build_dir=$2; shift 2 ;;
    --from) [[ $# -ge 2 ]] || usage; from=$2; shift 2 ;;
    --template-only) template_only=true; shift ;;
    --no-build) [[ $# -ge 2 && $2 =~ ^(Debug|Release)$ ]] || { echo "pack.sh: --no-build needs the configuration that was built: Debug or Release." >&2; usage; }; no_build=$2; shift 2 ;;
    -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
  if [[ -n $no_build && $project != templates/* ]]; then
    assembly="$root/$(dirname "$project")/bin/$no_build/net10.0/$(basename "$project" .csproj).dll"
    [[ -f $assembly ]] || { echo "pack.sh: --no-build $no_build packs $project's own build, but $assembly is missing; build it first (dotnet build -c $no_build)." >&2; exit 1; }
    # The package's intermediate .nuspec goes to the build folder, so the project's obj/ is only read.
    dotnet pack "$root/$project" --no-build --configuration "$no_build" --nologo --output "$output" -nodeReuse:false \
      -p:NuspecOutputPath="$build_dir/nuspec/$(basename "$project" .csproj)/" "${properties[@]}"
  else
    dotnet pack "$root/$project" --configuration Release --nologo --output "$output" \
      --artifacts-path "$build_dir" -nodeReuse:false "${properties[@]}"
  fi
done

echo
echo "Packages in $output:"
ls -1 "$output"/*.nupkg
