#!/usr/bin/env bash
# Saves PNGs of the desktop into docs/screenshots/: the login window, then each demo role's
# workbench with real demo data. Starts the exported server (demo data, embedded PostgreSQL in a
# scratch folder) and the exported desktop on a virtual X display, and types like a user would.
#
#   desktop-runtime/screenshots.sh            (after `mvn install`, so that both jars exist)
#   HYGIE_SERVER_JAR=... HYGIE_DESKTOP_JAR=... desktop-runtime/screenshots.sh   (other builds)
#   HYGIE_SHOT_WAIT=10 desktop-runtime/screenshots.sh      (a busy machine: more time for each view)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
server_jar=${HYGIE_SERVER_JAR:-$root/server-runtime/target/hygie-server.jar}
desktop_jar=${HYGIE_DESKTOP_JAR:-$root/desktop-runtime/target/hygie-desktop.jar}
wait_s=${HYGIE_SHOT_WAIT:-3}
out=$root/docs/screenshots
for jar in "$server_jar" "$desktop_jar"; do
  [ -f "$jar" ] || { echo "Missing $jar: run mvn install first" >&2; exit 1; }
done

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
ldconfig -p | grep 'libgtk-3\.so\.0' >/dev/null || need+=(libgtk-3-0)
if ((${#need[@]})); then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

work=$(mktemp -d /tmp/hygie-screenshots.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A display of our own: Xvfb picks a free number and writes it to the given descriptor.
exec 5> "$work/display"
Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$work/display")"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$work/server"
# exec: the recorded pid is the server's own, so that the clean-up really stops it.
(cd "$work/server" && exec env -u HYGIE_DB_URL HYGIE_DEMO=1 HYGIE_HTTP_PORT="$port" \
  java -jar "$server_jar" >"$work/server.log" 2>&1) &
pids+=($!)
echo "Waiting for the server on port $port..."
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health")" = 200 ] && break
  sleep 1
done
curl -sf "http://127.0.0.1:$port/api/health" >/dev/null || { tail -30 "$work/server.log"; exit 1; }

mkdir -p "$out"

# Waits for the desktop's login window and prints its X id.
login_window() {
  for _ in $(seq 1 100); do grep -q 'Login window painted' "$1" && break; sleep 0.2; done
  sleep 0.5
  xdotool search --sync --name 'Hygie — Connexion' | head -1
}

# Waits until the main window (titled "Hygie — <user's name>") is there: on a busy machine the
# login (BCrypt on the server) can take many seconds.
await_main() {
  local id
  for _ in $(seq 1 600); do
    for id in $(xdotool search --name '^Hygie — ' 2>/dev/null); do
      [ "$(xdotool getwindowname "$id" 2>/dev/null)" != 'Hygie — Connexion' ] && return 0
    done
    sleep 0.2
  done
  echo "Still on the login window" >&2
  return 1
}

# The whole screen, trimmed of the empty (black) desktop around the windows: no window manager
# here, and GTK's toplevel X windows come and go, so a window id is not a stable thing to shoot.
shot() { # file [seconds to wait before]
  sleep "${2:-0}"
  import -window root -trim +repage "$out/$1"
  echo "  $out/$1"
}

stop_last() {
  local pid=${pids[-1]}
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  unset 'pids[-1]'
}

# The main window is 1200x760, centred on the 1280x800 screen (40 px from the left, 20 from the
# top); the area chosen in the navigation shows in the first tab of the work area, whose row of
# tabs (the area's, then one per open patient chart) takes the first tab_h pixels.
tab_h=${HYGIE_SHOT_TAB_H:-26}

# role login file
roles=("Médecin:dr.martin:doctor-patients.png" "Biologiste:bio.durand:biologist-patients.png"
       "Secrétariat:sec.petit:secretary-patients.png" "Administrateur:admin:admin-users.png")
first=1
for entry in "${roles[@]}"; do
  IFS=: read -r role user file <<<"$entry"
  echo "$role ($user)"
  java -jar "$desktop_jar" --server "http://127.0.0.1:$port" --lang fr >"$work/desktop-$user.log" 2>&1 &
  pids+=($!)
  win=$(login_window "$work/desktop-$user.log")
  xdotool windowfocus --sync "$win"
  if ((first)); then
    shot login.png
    first=0
  fi
  xdotool type --delay 15 "$user"
  xdotool key Tab
  xdotool type --delay 15 'Hygie-demo-1'
  xdotool key Return
  await_main
  shot "$file" "$wait_s"
  if [ "$user" = dr.martin ]; then
    # Opens the first patient of the list: the form and, for a doctor, the allergies.
    # The main window fills the 1280x800 screen; its first patient row is 90 px down, under the tabs.
    xdotool mousemove 340 $((90 + tab_h)) click 1
    shot doctor-patient-record.png "$wait_s"
    # Hélène Dupont's chart: searched in the list's field, her row chosen, Enter opens the chart.
    xdotool mousemove 260 $((16 + tab_h)) click 1
    xdotool key ctrl+a
    xdotool type --delay 15 'dupont helene 1948'
    sleep "$wait_s"
    xdotool mousemove 340 $((90 + tab_h)) click 1
    xdotool key Return
    shot doctor-chart.png "$wait_s"
  fi
  if [ "$user" = sec.petit ]; then
    # The agenda, second in the navigation: the doctors' day as a time grid, then their week. On a
    # day no doctor works (a weekend), the agenda opens on the next working day and says so.
    xdotool mousemove 30 38 click 1
    shot secretary-agenda-day.png "$wait_s"
    # "Semaine", the second radio of the agenda's bar: the week of the three doctors, a column per
    # doctor per day.
    xdotool mousemove 290 $((26 + tab_h)) click 1
    shot secretary-agenda-week.png "$wait_s"
  fi
  stop_last
done
echo "Screenshots in $out"
