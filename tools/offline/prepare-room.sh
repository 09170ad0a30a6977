#!/usr/bin/env bash
# Prepare a workshop room without network: restore the solution and its tools once (online), then gather every
# package they used into one folder, a flat NuGet feed, together with the Looper packages and the kata template.
#
#   tools/offline/prepare-room.sh                   # feed in artifacts/room-feed/
#   tools/offline/prepare-room.sh --feed /media/usb/looper-feed
#
# Afterwards the feed folder holds:
#   *.nupkg             every package of Looper.sln, of .config/dotnet-tools.json, and the Looper packages
#   nuget.config        a config whose only source is the feed: copy it to the folder above the learners' repositories
#   packages.txt        the list, "id version" per line
# See tools/offline/README.md for the room's steps.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

usage() {
  echo "usage: tools/offline/prepare-room.sh [--feed DIR]" >&2
  exit 2
}

feed="$root/artifacts/room-feed"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --feed) [[ $# -ge 2 ]] || usage; feed=$2; shift 2 ;;
    -h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "prepare-room.sh: unknown option \"$1\"." >&2; usage ;;
  esac
done
mkdir -p "$feed"
feed=$(cd "$feed" && pwd)

echo "== 1. Restore the solution and the local tools (this needs the network once)"
dotnet restore Looper.sln
dotnet tool restore

global_packages=$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p')
global_packages=${global_packages%/}
if [[ -z $global_packages || ! -d $global_packages ]]; then
  echo "prepare-room.sh: could not find the global packages folder (dotnet nuget locals global-packages --list)." >&2
  exit 1
fi

echo "== 2. List the packages the restore used (obj/project.assets.json of every project in Looper.sln)"
assets=()
while IFS= read -r project; do
  assets+=("$root/$(dirname "$project")/obj/project.assets.json")
done < <(dotnet sln Looper.sln list | grep -E '\.(cs|fs|vb)proj$' | sed 's#\\#/#g')
list="$feed/packages.txt"
dotnet run tools/offline/RestoredPackages.cs -- "${assets[@]}" >"$list"
# Local tools: "Package Id  Version  Commands  Manifest" after two header lines.
dotnet tool list --local | tail -n +3 | awk 'NF >= 2 { print $1, $2 }' >>"$list"
sort -u -f -o "$list" "$list"

echo "== 3. Copy $(wc -l <"$list") packages from $global_packages into $feed"
missing=0
while read -r id version; do
  id_lower=${id,,}
  version_lower=${version,,}
  nupkg="$global_packages/$id_lower/$version_lower/$id_lower.$version_lower.nupkg"
  if [[ -f $nupkg ]]; then
    cp "$nupkg" "$feed/"
  else
    echo "   missing: $nupkg" >&2
    missing=$((missing + 1))
  fi
done <"$list"
if [[ $missing -gt 0 ]]; then
  echo "prepare-room.sh: $missing packages are not in the global packages folder; run dotnet restore Looper.sln online, then run this again." >&2
  exit 1
fi

echo "== 4. Pack the Looper packages and the kata template into the feed"
tools/packaging/pack.sh --output "$feed"

cat >"$feed/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<!-- The Looper workshop room: every package comes from the room's feed; no network source is used. -->
<configuration>
  <packageSources>
    <clear />
    <add key="looper-room" value="$feed" />
  </packageSources>
</configuration>
EOF

echo
echo "The room's feed is ready: $feed ($(find "$feed" -maxdepth 1 -name '*.nupkg' | wc -l) packages)."
echo "Its nuget.config (only source: the feed): $feed/nuget.config"
