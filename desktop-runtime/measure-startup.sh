#!/usr/bin/env bash
# Measures the desktop's start-up: wall-clock time from `java -jar hygie-desktop.jar` to the first
# paint of the login window (the workbench logs that paint), over several runs. No server needed:
# the login window shows before any call. Target: under 2 s.
#
#   desktop-runtime/measure-startup.sh [runs]     (default 5; after `mvn install`)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$PWD/desktop-runtime/target/hygie-desktop.jar
runs=${1:-5}
[ -f "$jar" ] || { echo "Missing $jar: run mvn install first" >&2; exit 1; }

work=$(mktemp -d /tmp/hygie-startup.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${DISPLAY:-}" ]; then
  exec 5> "$work/display"
  Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 50); do [ -s "$work/display" ] && break; sleep 0.1; done
  export DISPLAY=":$(head -1 "$work/display")"
fi

walls=()
for run in $(seq 1 "$runs"); do
  log=$work/run$run.log
  start=$(date +%s%N)
  java -jar "$jar" --server http://127.0.0.1:9 >"$log" 2>&1 &
  pid=$!
  until grep -qs "Login window painted" "$log"; do
    kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.01
  done
  end=$(date +%s%N)
  wall=$(( (end - start) / 1000000 ))
  walls+=("$wall")
  inside=$(sed -n 's/.*Login window painted \([0-9]*\) ms.*/\1/p' "$log")
  echo "run $run: ${wall} ms from java -jar to the painted login window (JVM start to paint: ${inside} ms)"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
sorted=$(printf '%s\n' "${walls[@]}" | sort -n)
echo "min $(echo "$sorted" | head -1) ms, median $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms, max $(echo "$sorted" | tail -1) ms over $runs runs; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
