#!/usr/bin/env bash
# Make the Gradescope autograder zip: setup.sh, run_autograder, the looper tool's package and the grading config
# (with its hidden pack). Run from anywhere; writes artifacts/gradescope-autograder.zip unless given another path.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
zip_path="$(realpath -m "${1:-$repo/artifacts/gradescope-autograder.zip}")"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

dotnet pack "$repo/tools/Looper.Cli" -c Release -o "$stage/packages" --nologo
cp "$here/setup.sh" "$here/run_autograder" "$stage/"
chmod +x "$stage/setup.sh" "$stage/run_autograder"
mkdir -p "$stage/grading"
cp "$repo/grading/grading.json" "$stage/grading/"
if [ -d "$repo/grading/hidden" ]; then
  cp -r "$repo/grading/hidden" "$stage/grading/"
fi

mkdir -p "$(dirname "$zip_path")"
rm -f "$zip_path"
(cd "$stage" && python3 -c 'import os,sys,zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for folder, _, files in os.walk("."):
        for name in files:
            path = os.path.join(folder, name)
            info = zipfile.ZipInfo.from_file(path, os.path.relpath(path, "."))
            with open(path, "rb") as f:
                z.writestr(info, f.read())' "$zip_path")
echo "Wrote $zip_path"
