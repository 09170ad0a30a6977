#!/usr/bin/env bash
# Rehearse the offline room on this machine, the way a new user would meet it:
#   1. copy the repository to a scratch folder and run prepare-room.sh there (online, once);
#   2. take a second, clean copy, an EMPTY NuGet packages folder and the feed as the ONLY package source, and
#      run `dotnet restore Looper.sln` and `dotnet test Looper.sln --no-restore`;
#   3. in the same conditions, install the kata template from the feed, make a learner repository and run its tests
#      (they must run and fail: the starter is not implemented yet).
# Steps 2 and 3 run without any network when `unshare -n` works (root, or user namespaces allowed); otherwise they
# still use the feed as the only source, and the script says so.
#
#   tools/offline/rehearse.sh [--scratch DIR] [-- dotnet test options for step 2]
#   tools/offline/rehearse.sh -- --filter "Category!=slow"
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

scratch=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scratch) [[ $# -ge 2 ]] || { echo "usage: rehearse.sh [--scratch DIR] [-- dotnet test options]" >&2; exit 2; }; scratch=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "rehearse.sh: unknown option \"$1\"; usage: rehearse.sh [--scratch DIR] [-- dotnet test options]" >&2; exit 2 ;;
  esac
done
test_options=("$@")
scratch=${scratch:-$(mktemp -d "${TMPDIR:-/tmp}/looper-room-rehearsal.XXXXXX")}
mkdir -p "$scratch"
scratch=$(cd "$scratch" && pwd)
case "$scratch/" in "$root"/*) echo "rehearse.sh: the scratch folder must lie outside the repository." >&2; exit 2 ;; esac

copy_repository() { # a checkout as a new user has it: sources only, no build output
  mkdir -p "$1"
  tar -C "$root" --exclude=./artifacts --exclude='*/bin' --exclude='*/obj' --exclude='*/TestResults' \
    --exclude='*/StrykerOutput' --exclude='*/BenchmarkDotNet.Artifacts' -cf - . | tar -C "$1" -xf -
}

echo "== Scratch folder: $scratch"
echo "== 1. The facilitator, online: prepare the room's feed"
copy_repository "$scratch/facilitator"
"$scratch/facilitator/tools/offline/prepare-room.sh" --feed "$scratch/feed"

# A network namespace of its own has only a loopback interface, brought up here: dotnet test talks to its test
# hosts over loopback sockets. Nothing else is reachable.
offline=(env)
bring_up_loopback='ip link set lo up && exec "$@"'
for unshare_options in -n -rn; do
  if command -v ip >/dev/null && unshare "$unshare_options" sh -c "$bring_up_loopback" offline true 2>/dev/null; then
    offline=(unshare "$unshare_options" sh -c "$bring_up_loopback" offline)
    break
  fi
done
if [[ ${offline[0]} == unshare ]]; then
  echo "== Steps 2 and 3 run in a network namespace of their own: loopback only, no network"
else
  echo "== unshare -n (with ip) is not available here: steps 2 and 3 rely on the feed being the only package source"
fi

mkdir -p "$scratch/learner-home/.nuget/NuGet" "$scratch/empty-nuget-packages"
cp "$scratch/feed/nuget.config" "$scratch/learner-home/.nuget/NuGet/NuGet.Config"
as_new_user=(
  "${offline[@]}" env HOME="$scratch/learner-home" NUGET_PACKAGES="$scratch/empty-nuget-packages"
  DOTNET_CLI_HOME="$scratch/learner-home" DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
)

echo "== 2. A new user, offline: restore and test a clean copy from the feed alone"
copy_repository "$scratch/learner-clone"
(
  cd "$scratch/learner-clone"
  "${as_new_user[@]}" dotnet restore Looper.sln --source "$scratch/feed"
  "${as_new_user[@]}" dotnet tool restore --configfile "$scratch/feed/nuget.config"
  "${as_new_user[@]}" dotnet test Looper.sln --no-restore "${test_options[@]}"
)

echo "== 3. A learner, offline: the kata template from the feed"
template=$(find "$scratch/feed" -maxdepth 1 -name 'Looper.Kata.Templates.*.nupkg' | head -n 1)
(
  cd "$scratch"
  "${as_new_user[@]}" dotnet new install "$template"
  "${as_new_user[@]}" dotnet new looper-kata -o "$scratch/my-kata"
  cd "$scratch/my-kata"
  "${as_new_user[@]}" dotnet restore
  if "${as_new_user[@]}" dotnet test --no-restore >"$scratch/my-kata-test.log" 2>&1; then
    echo "rehearse.sh: the new kata's tests passed, but a kata that is not written yet must fail them; see $scratch/my-kata-test.log" >&2
    exit 1
  fi
  grep -E '^(Passed|Failed)!' "$scratch/my-kata-test.log" || { tail -n 30 "$scratch/my-kata-test.log"; exit 1; }
  grep -q 'not implemented: ' "$scratch/my-kata-test.log" || { echo "rehearse.sh: the kata's tests failed for another reason than the starter's stubs; see $scratch/my-kata-test.log" >&2; exit 1; }
)

echo
echo "The room works offline: feed $scratch/feed ($(find "$scratch/feed" -maxdepth 1 -name '*.nupkg' | wc -l) packages)."
echo "Delete $scratch when done."
