#!/usr/bin/env bash
# Appointment-booking benchmark (issue 4, item 6). Not a test, not part of the Maven build.
#
#   bench/appointment-booking.sh
#
# 1. creates a throwaway database hygie_bench_<random> on 127.0.0.1:5432 (user root, trust),
#    starts server-runtime/target/hygie-server.jar on it (HYGIE_DEMO=1 for admin and sec.petit,
#    HYGIE_USERS_BCRYPT_COST=10) on a free loopback port and waits for /api/health;
# 2. creates BENCH_DOCTORS (20) doctors as admin and BENCH_PATIENTS (2,000) patients as sec.petit,
#    all through REST (appointment-booking/AppointmentBookingBench.java, JDK only);
# 3. BENCH_CLIENTS (50) threads book a seeded month of agendas (4 weeks of 20-minute slots,
#    Mon-Fri 08:00-18:00 Europe/Paris, ~90 % planned, plus rival attempts on ~35 % of them that
#    must lose with 409) through POST /api/appointments as sec.petit, bounded to BENCH_MAX_ATTEMPTS
#    attempts and BENCH_MAX_SECONDS seconds;
# 4. checks in SQL: no two overlapping active appointments for a doctor or a patient, and the
#    rows the run created are exactly the 201s;
# 5. prints the table; stops the server and drops the database (also on failure or Ctrl-C).
#
# Needs the built server jar: mvn -B -q install -DskipTests
# Knobs (environment): BENCH_DOCTORS=20 BENCH_PATIENTS=2000 BENCH_CLIENTS=50 BENCH_WEEKS=4
#   BENCH_MAX_ATTEMPTS=20000 BENCH_FILL=0.9 BENCH_RIVALS=0.35 BENCH_WARMUP=1000
#   BENCH_MAX_SECONDS=300 (setup and booking, each) BENCH_SEED=42 BENCH_PGHOST=127.0.0.1
#   BENCH_PGPORT=5432 BENCH_PGUSER=root BENCH_JAVA_OPTS (server JVM options, default none)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE=$ROOT/bench/appointment-booking
SEED=${BENCH_SEED:-42}
PGHOST=${BENCH_PGHOST:-127.0.0.1}
PGPORT=${BENCH_PGPORT:-5432}
PGUSER=${BENCH_PGUSER:-root}

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

SERVER_JAR=$ROOT/server-runtime/target/hygie-server.jar
[[ -f $SERVER_JAR ]] || die "missing $SERVER_JAR; build first: mvn -B -q install -DskipTests"
for tool in java javac psql curl; do command -v "$tool" >/dev/null || die "$tool not found"; done

WORK=$(mktemp -d /tmp/hygie-bench.XXXXXX)
DB=hygie_bench_$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')
SERVER_PID=
DB_CREATED=
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$PGUSER")

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    log "stopping the server (pid $SERVER_PID)"
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  if [[ $rc -ne 0 && -f $WORK/server.log ]]; then
    log "server log tail ($WORK/server.log):"; tail -n 20 "$WORK/server.log" || true
  fi
  if [[ -n $DB_CREATED ]]; then
    log "dropping database $DB"
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || log "could not drop $DB: drop it by hand"
  fi
  if [[ $rc -eq 0 ]]; then rm -rf "$WORK"; else log "kept $WORK for inspection"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM

cp "$SERVER_JAR" "$WORK/"   # a copy, so that a rebuild during the run changes nothing

log "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
log "busiest processes before the run:"
ps -eo pid,pcpu,etime,comm --sort=-pcpu | head -n 6 | sed 's/^/    /'

log "compiling the bench client"
mkdir -p "$WORK/classes"
javac -nowarn -encoding UTF-8 -d "$WORK/classes" "$HERE/AppointmentBookingBench.java"
BENCH=(java -cp "$WORK/classes" -Dbench.seed="$SEED"
       -Dbench.doctors="${BENCH_DOCTORS:-20}" -Dbench.patients="${BENCH_PATIENTS:-2000}"
       -Dbench.clients="${BENCH_CLIENTS:-50}" -Dbench.weeks="${BENCH_WEEKS:-4}"
       -Dbench.maxAttempts="${BENCH_MAX_ATTEMPTS:-20000}" -Dbench.fill="${BENCH_FILL:-0.9}"
       -Dbench.rivals="${BENCH_RIVALS:-0.35}" -Dbench.warmup="${BENCH_WARMUP:-1000}"
       -Dbench.maxSeconds="${BENCH_MAX_SECONDS:-300}" AppointmentBookingBench)

# --- 1. database and server ---------------------------------------------------------------------
log "creating database $DB"
case $DB in postgres|root|template*) die "refusing to use database $DB";; esac
"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB"
DB_CREATED=1
JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB?user=$PGUSER"

PORT=
for _ in $(seq 1 50); do
  p=$((20000 + RANDOM % 40000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then PORT=$p; break; fi
done
[[ -n $PORT ]] || die "no free port found"
BASE=http://127.0.0.1:$PORT

log "starting the server on port $PORT (log: $WORK/server.log)"
T=$(now)
(cd "$WORK" && HYGIE_DB_URL=$JDBC_URL HYGIE_HTTP_HOST=127.0.0.1 HYGIE_HTTP_PORT=$PORT HYGIE_DEMO=1 \
   HYGIE_USERS_BCRYPT_COST=10 exec java ${BENCH_JAVA_OPTS:-} -jar "$WORK/hygie-server.jar" >"$WORK/server.log" 2>&1) &
SERVER_PID=$!
for i in $(seq 1 240); do
  kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited during start-up"
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/health" || true) == 200 ]] && break
  [[ $i -eq 240 ]] && die "the server is not healthy after 120 s"
  sleep 0.5
done
log "server healthy after $(since "$T") s: $(curl -s "$BASE/api/health")"
POOL=$(sed -n 's/.*Database: .*pool of \([0-9]*\).*/\1/p' "$WORK/server.log" | head -n 1)

# --- 2. doctors and patients --------------------------------------------------------------------
log "creating doctors and patients through REST"
T=$(now)
"${BENCH[@]}" setup "$BASE" "$WORK"
SETUP_S=$(since "$T")
"${PSQL[@]}" -d "$DB" -c "VACUUM ANALYZE" >/dev/null
BEFORE=$("${PSQL[@]}" -d "$DB" -A -t -c "SELECT count(*) FROM appointments_appointment")
log "setup in $SETUP_S s; appointments already in the database (demo data): $BEFORE"

# --- 3. booking ---------------------------------------------------------------------------------
HZ=$(getconf CLK_TCK)
busy() { awk '/^cpu / {print $2+$3+$4+$7+$8}' /proc/stat; }                  # user nice system irq softirq
proc_cpu() { awk '{print $14+$15}' "/proc/$1/stat" 2>/dev/null || echo 0; }    # utime + stime
BUSY0=$(busy); SRV0=$(proc_cpu "$SERVER_PID"); T=$(now)
"${BENCH[@]}" run "$BASE" "$WORK" | tee "$WORK/results.txt"
BUSY1=$(busy); SRV1=$(proc_cpu "$SERVER_PID"); STEP_S=$(since "$T")
CREATED=$(sed -n 's/^RESULT created=\([0-9]*\) .*/\1/p' "$WORK/results.txt")
CLIENT_CPU=$(sed -n 's/^RESULT .* clientcpu=\([0-9.]*\).*/\1/p' "$WORK/results.txt")
ERRORS=$(sed -n 's/^RESULT .* errors=\([0-9]*\) .*/\1/p' "$WORK/results.txt")
[[ -n $CREATED ]] || die "the booking run printed no result"

# --- 4. integrity, straight in SQL --------------------------------------------------------------
log "integrity check in SQL"
"${PSQL[@]}" -d "$DB" -c "CREATE TABLE bench_created (id uuid PRIMARY KEY)"
"${PSQL[@]}" -d "$DB" -c "\\copy bench_created FROM '$WORK/created.txt'"
read -r DOC_OVERLAPS PAT_OVERLAPS ROWS ROWS_BENCH MISSING EXTRA ACTIVE < <("${PSQL[@]}" -d "$DB" -A -F ' ' -t -c "
  WITH active AS (SELECT id, doctor_id, patient_id, tstzrange(start_at, end_at, '[)') r
                  FROM appointments_appointment WHERE status IN ('SCHEDULED', 'CHECKED_IN'))
  SELECT (SELECT count(*) FROM active a JOIN active b ON a.doctor_id = b.doctor_id AND a.id < b.id AND a.r && b.r),
         (SELECT count(*) FROM active a JOIN active b ON a.patient_id = b.patient_id AND a.id < b.id AND a.r && b.r),
         (SELECT count(*) FROM appointments_appointment),
         (SELECT count(*) FROM appointments_appointment WHERE reason LIKE 'bench %'),
         (SELECT count(*) FROM bench_created c WHERE NOT EXISTS (SELECT 1 FROM appointments_appointment a WHERE a.id = c.id)),
         (SELECT count(*) FROM appointments_appointment a WHERE a.reason LIKE 'bench %'
              AND NOT EXISTS (SELECT 1 FROM bench_created c WHERE c.id = a.id)),
         (SELECT count(*) FROM active)")
NEW_ROWS=$((ROWS - BEFORE))
OK=yes
echo
echo "Integrity (SQL, after the run):"
printf '  %-62s %s\n' "overlapping active appointment pairs, same doctor" "$DOC_OVERLAPS"
printf '  %-62s %s\n' "overlapping active appointment pairs, same patient" "$PAT_OVERLAPS"
printf '  %-62s %s\n' "201 answers" "$CREATED"
printf '  %-62s %s\n' "rows added to appointments_appointment (now $ROWS, before $BEFORE)" "$NEW_ROWS"
printf '  %-62s %s\n' "rows of the run (reason 'bench ...')" "$ROWS_BENCH"
printf '  %-62s %s\n' "active appointments in the table (the run's and the demo's)" "$ACTIVE"
printf '  %-62s %s\n' "201 ids missing from the table / rows of the run with no 201" "$MISSING / $EXTRA"
[[ $DOC_OVERLAPS -eq 0 && $PAT_OVERLAPS -eq 0 ]] || OK=no
[[ $NEW_ROWS -eq $CREATED && $ROWS_BENCH -eq $CREATED && $MISSING -eq 0 && $EXTRA -eq 0 ]] || OK=no
echo "  integrity: $([[ $OK == yes ]] && echo PASS || echo FAIL)"

echo
echo "Setup: ${BENCH_DOCTORS:-20} doctors + ${BENCH_PATIENTS:-2000} patients through REST in $SETUP_S s."
awk -v b0="$BUSY0" -v b1="$BUSY1" -v s0="$SRV0" -v s1="$SRV1" -v hz="$HZ" -v c="$CLIENT_CPU" -v w="$STEP_S" -v n="$(nproc)" '
  BEGIN { t = (b1 - b0) / hz; s = (s1 - s0) / hz; o = t - s - c; if (o < 0) o = 0
          printf "CPU over the booking step (schedule, warm-up, booking: %.1f s x %d cores = %.1f core-s): busy %.1f = server JVM %.1f + bench client %.1f + PostgreSQL and all other processes %.1f\n", w, n, w * n, t, s, c, o }'
echo "Server: DB pool of ${POOL:-?} connections; JVM: $(java -version 2>&1 | head -n 1) ${BENCH_JAVA_OPTS:-(default options)}"
echo "PostgreSQL: $("${PSQL[@]}" -d "$DB" -A -t -c "SELECT split_part(version(), ' on ', 1) || ', shared_buffers ' || current_setting('shared_buffers')")"
echo "loadavg at the end: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores shared by the client, the server and PostgreSQL"
[[ $OK == yes ]] || die "integrity check failed"
if [[ ${ERRORS:-0} -ne 0 ]]; then
  log "WARNING: $ERRORS requests answered neither 201 nor 409; the server's incidents:"
  grep -A 12 -E 'incident [0-9a-f-]{36}' "$WORK/server.log" | head -n 60 || true
fi
