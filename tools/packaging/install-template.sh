#!/usr/bin/env bash
# Install the packed dotnet new template, or reinstall it after packing again: any installed
# Looper.Kata.Templates is uninstalled first, then the package is installed.
#
#   tools/packaging/install-template.sh                         # the newest artifacts/packages/Looper.Kata.Templates.*.nupkg
#   tools/packaging/install-template.sh PATH.nupkg [--debug:custom-hive DIR]
#
# Never reinstall with `dotnet new install --force`: dotnet new then records the package twice, and
# `dotnet new looper-kata` fails with "Sequence contains more than one matching element". This script (its
# uninstall step) also repairs a template store left that way.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

package=""
hive=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --debug:custom-hive) [[ $# -ge 2 ]] || { echo "install-template.sh: --debug:custom-hive needs a folder." >&2; exit 2; }; hive=("$1" "$2"); shift 2 ;;
    -h | --help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "install-template.sh: unknown option \"$1\"." >&2; exit 2 ;;
    *) package=$1; shift ;;
  esac
done

if [[ -z $package ]]; then
  package=$(ls -t "$root"/artifacts/packages/Looper.Kata.Templates.*.nupkg 2>/dev/null | head -n 1 || true)
  [[ -n $package ]] || { echo "install-template.sh: no artifacts/packages/Looper.Kata.Templates.*.nupkg; run tools/packaging/pack.sh first, or name the package." >&2; exit 2; }
fi
[[ -f $package ]] || { echo "install-template.sh: \"$package\" is not a file; name a Looper.Kata.Templates .nupkg." >&2; exit 2; }

if dotnet new uninstall "${hive[@]}" 2>/dev/null | grep -q '^ *Looper\.Kata\.Templates$'; then
  dotnet new uninstall Looper.Kata.Templates "${hive[@]}"
fi
dotnet new install "$package" "${hive[@]}"
