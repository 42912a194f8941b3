#!/usr/bin/env bash
# Makes the pictures of docs/screenshots: the desktop's UI test ScreenshotsUiTest, alone, drives the
# real workbench against the exported server with its demo data (a throwaway database of the
# machine's PostgreSQL), through the widgets' own ids rather than screen coordinates, checks on the
# way what it shows (the issue's "done when") and saves each window as the screen shows it, the main
# window at 1280x800. On a virtual display of that size when there is none.
#
#   desktop-runtime/screenshots.sh                  (extra arguments go to Maven, e.g. -o)
set -euo pipefail
cd "$(dirname "$0")/.."
bin/setup-machine
shots=bundles/platform/desktop-itest/target/screenshots
out=docs/screenshots
rm -rf "$shots"
build=(mvn -B -ntp verify -pl bundles/platform/desktop-itest -am -DskipTests -Pscreenshots "$@")
if [ -z "${DISPLAY:-}" ]; then
  xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" "${build[@]}"
else
  "${build[@]}"
fi
ls "$shots"/*.png >/dev/null # none: the test did not get to its pictures
rm -f "$out"/*.png
mkdir -p "$out"
cp "$shots"/*.png "$out"/
ls "$out"
