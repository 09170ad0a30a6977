#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image (Ubuntu). It installs the .NET SDK,
# bubblewrap (the sandbox the grader can run submissions in) and the looper tool from the package in this zip.
set -euo pipefail

root="${AUTOGRADER_ROOT:-/autograder}"
source="$root/source"
dotnet_root="${DOTNET_ROOT:-/usr/share/dotnet}"
sdk_channel="${LOOPER_SDK_CHANNEL:-10.0}"

apt-get update
apt-get install -y --no-install-recommends ca-certificates curl libicu-dev bubblewrap

if ! "$dotnet_root/dotnet" --list-sdks 2>/dev/null | grep -q "^${sdk_channel}\."; then
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel "$sdk_channel" --install-dir "$dotnet_root"
fi
ln -sf "$dotnet_root/dotnet" /usr/local/bin/dotnet

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool install Looper.Tool --tool-path "$source/tool" --add-source "$source/packages"

# Warm the SDK and the NuGet cache once, so the first submission does not pay for it.
"$source/tool/looper" grade --no-hidden >/dev/null || true
