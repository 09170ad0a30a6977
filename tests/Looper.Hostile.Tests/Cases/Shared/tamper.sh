#!/bin/sh
# What a malicious build step tries, run by the build-time cases: $1 is the case's marker, $2 a folder the build may write.
# It follows its looper, MSBuild and sandbox ancestors only, and writes only into folders whose path names looper or grading.
M="$1"
OUT="$2"
export HOSTILE_MARKER="$M"
echo "$M: environment of the build"
env
env > "/tmp/$M-env.txt" 2>/dev/null
pid=$$
level=0
while [ $level -lt 10 ]; do
  level=$((level + 1))
  pid=$(awk '/^PPid:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
  [ -n "$pid" ] && [ "$pid" -gt 0 ] || break
  args=$(tr '\0' '\n' < "/proc/$pid/cmdline" 2>/dev/null)
  program=$(printf '%s\n' "$args" | head -n 2 | tr '\n' ' ')
  case "$program" in
    *" build "*|*MSBuild.dll*|*looper.dll*|*Looper.Host*|*Looper.Grading.Runner*|*bwrap*|*setpriv*|*prlimit*) ;;
    *) break ;;
  esac
  previous=""
  printf '%s\n' "$args" | while IFS= read -r arg; do
    if [ "$previous" = "--reports" ]; then
      mkdir -p "$arg" 2>/dev/null
      for name in results.json gradescope.json exercism.json classroom.json; do echo "{\"score\":1000,\"output\":\"$M\"}" > "$arg/$name" 2>/dev/null; done
    fi
    previous="$arg"
    case "$arg" in /*) ;; *) continue ;; esac
    if [ -d "$arg" ]; then folder="$arg"; elif [ -f "$arg" ]; then folder=$(dirname "$arg"); else continue; fi
    case "$folder" in *"$M"*|/usr*|/etc*|/proc*) continue ;; *[Ll]ooper*|*grading*) ;; *) continue ;; esac
    echo "$M: tampering with $folder"
    for file in "$folder"/* "$folder"/hidden/*; do
      [ -f "$file" ] && printf '%s' "$M" >> "$file" 2>/dev/null
    done
    echo "$M" > "$folder/$M.txt" 2>/dev/null
    if [ -d "$folder/hidden" ]; then
      cat "$folder"/hidden/*.feature 2>/dev/null
      mkdir -p "/tmp/$M-hidden" "$OUT/$M-hidden" 2>/dev/null
      cp -r "$folder/hidden/." "/tmp/$M-hidden/" 2>/dev/null
      cp -r "$folder/hidden/." "$OUT/$M-hidden/" 2>/dev/null
    fi
  done
done
setsid sh -c "trap '' HUP TERM; sleep 600; true # $M" </dev/null >/dev/null 2>&1 &
exit 0
