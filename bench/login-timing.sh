#!/usr/bin/env bash
# Login timing and throttle benchmark (issue 16, item 2). Not a test, not part of the Maven build:
# timing in a test would be flaky, so the figures are measured here and reported in the README.
#
#   bench/login-timing.sh
#
# 1. creates a throwaway database hygie_bench_<random> on 127.0.0.1:5432 (user root, trust),
#    starts server-runtime/target/hygie-server.jar on it (HYGIE_DEMO=1, the default BCrypt cost 12
#    unless BENCH_BCRYPT_COST, the default throttle) on a free loopback port;
# 2. locks one account (five failures from five addresses) and deactivates another, then times
#    BENCH_TRIES (100) refused logins of each kind (unknown name, wrong password, locked account
#    with its right password, deactivated account with its right password) and as many successful
#    ones, interleaved, each from a loopback address of its own so that no throttle answers
#    instead (login-timing/LoginTimingBench.java, JDK only);
# 3. sprays BENCH_SPRAY (130) names with one password from one address as fast as it answers, and
#    counts the 401s (passwords checked) and 429s (refused without a check);
# 4. prints the table; stops the server and drops the database (also on failure or Ctrl-C).
#
# Needs the built server jar (mvn -B -q install -DskipTests), java, psql and curl.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE=$ROOT/bench/login-timing
PGHOST=${BENCH_PGHOST:-127.0.0.1}
PGPORT=${BENCH_PGPORT:-5432}
PGUSER=${BENCH_PGUSER:-root}

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }

SERVER_JAR=$ROOT/server-runtime/target/hygie-server.jar
[[ -f $SERVER_JAR ]] || die "missing $SERVER_JAR; build first: mvn -B -q install -DskipTests"
for tool in java psql curl; do command -v "$tool" >/dev/null || die "$tool not found"; done

WORK=$(mktemp -d /tmp/hygie-bench.XXXXXX)
DB=hygie_bench_$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')
SERVER_PID=
DB_CREATED=
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$PGUSER")

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  if [[ $rc -ne 0 && -f $WORK/server.log ]]; then tail -n 20 "$WORK/server.log" || true; fi
  if [[ -n $DB_CREATED ]]; then
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || log "could not drop $DB: drop it by hand"
  fi
  if [[ $rc -eq 0 ]]; then rm -rf "$WORK"; else log "kept $WORK for inspection"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM

cp "$SERVER_JAR" "$WORK/"
log "machine: $(nproc) cores, loadavg $(cut -d' ' -f1-3 /proc/loadavg)"

case $DB in postgres|root|template*) die "refusing to use database $DB";; esac
"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB"
DB_CREATED=1
PORT=
for _ in $(seq 1 50); do
  p=$((20000 + RANDOM % 40000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then PORT=$p; break; fi
done
[[ -n $PORT ]] || die "no free port found"

log "starting the server on port $PORT, BCrypt cost ${BENCH_BCRYPT_COST:-12}"
(cd "$WORK" && HYGIE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB?user=$PGUSER" HYGIE_HTTP_HOST=127.0.0.1 \
   HYGIE_HTTP_PORT=$PORT HYGIE_DEMO=1 HYGIE_USERS_BCRYPT_COST=${BENCH_BCRYPT_COST:-12} \
   exec java -jar "$WORK/hygie-server.jar" >"$WORK/server.log" 2>&1) &
SERVER_PID=$!
for i in $(seq 1 240); do
  kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited during start-up"
  [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/health" || true) == 200 ]] && break
  [[ $i -eq 240 ]] && die "the server is not healthy after 120 s"
  sleep 0.5
done

log "timing ${BENCH_TRIES:-100} logins of each kind, then a spray of ${BENCH_SPRAY:-130} names"
java "$HERE/LoginTimingBench.java" "$PORT" "${BENCH_TRIES:-100}" "${BENCH_SPRAY:-130}"
log "failed logins logged by the server: $(grep -c 'Failed login for' "$WORK/server.log")"
