#!/usr/bin/env bash
# Patient-search benchmark (issue 2, item 9). Not a test, not part of the Maven build.
#
#   bench/patient-search.sh
#
# 1. creates a throwaway database hygie_bench_<random> on 127.0.0.1:5432 (user root, trust),
#    starts server-runtime/target/hygie-server.jar on it (its migrations create the schema,
#    HYGIE_DEMO=1 adds the demo accounts) and waits for /api/health;
# 2. loads BENCH_PATIENTS (1,000,000) synthetic patients in SQL (patient-search/generate.sql, names
#    normalised by the server's own NameNormalizer, MRNs from the sequence with their Luhn digit,
#    last-name dictionary filled by the schema's trigger), VACUUM ANALYZE, then verifies the rows
#    against the server's rules and finds a few of them through REST;
# 3. measures GET /api/patients?q=...&size=20 with a seeded query mix, 1 and 2 clients;
# 4. replays the same queries as the same SQL sequence over JDBC, 1 and 2 clients;
# 5. stops the server and drops the database (also on failure or Ctrl-C);
# 6. prints the table (target: p95 < 20 ms at 1,000,000 patients).
#
# Needs the built jars: mvn -B -q install -DskipTests -pl server-runtime -am
# Knobs (environment): BENCH_PATIENTS=1000000 BENCH_QUERIES=10000 BENCH_WARMUP=2000
#   BENCH_MAX_SECONDS=120 (per measured run) BENCH_SEED=42 BENCH_PGHOST=127.0.0.1 BENCH_PGPORT=5432
#   BENCH_PGUSER=root BENCH_JAVA_OPTS (server JVM options, default none)
#   BENCH_MODE=all (recall, then latency) or recall (recall only: load, verify, recall per form)
#   BENCH_SAMPLE_PERCENT=0.2 (patients sampled for the recall set) BENCH_MISSES=40 (misses printed)
#   BENCH_KEEP_DB=1 (keep the database at the end, to look into it; drop it by hand)
#   BENCH_DB=name (reuse a database kept so, its patients already loaded: no load, nothing dropped)
#   BENCH_SERVER_JAR=path (another server jar, e.g. an older commit's, for "before" figures)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE=$ROOT/bench/patient-search
PATIENTS=${BENCH_PATIENTS:-1000000}
QUERIES=${BENCH_QUERIES:-10000}
WARMUP=${BENCH_WARMUP:-2000}
MAX_SECONDS=${BENCH_MAX_SECONDS:-120}
SEED=${BENCH_SEED:-42}
PGHOST=${BENCH_PGHOST:-127.0.0.1}
PGPORT=${BENCH_PGPORT:-5432}
PGUSER=${BENCH_PGUSER:-root}
MODE=${BENCH_MODE:-all}
BATCH=100000

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# --- inputs ----------------------------------------------------------------------------------
PGJDBC_VERSION=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$ROOT/pom.xml")
M2=${MAVEN_REPO:-$HOME/.m2/repository}
SERVER_JAR=${BENCH_SERVER_JAR:-$ROOT/server-runtime/target/hygie-server.jar}
CP_JARS=(
  "$ROOT/bundles/patients/patients-server/target/patients-server-0.2.0-SNAPSHOT.jar"
  "$ROOT/bundles/patients/patients-api/target/patients-api-0.2.0-SNAPSHOT.jar"
  "$ROOT/core-api/target/core-api-0.2.0-SNAPSHOT.jar"
  "$M2/org/postgresql/postgresql/$PGJDBC_VERSION/postgresql-$PGJDBC_VERSION.jar"
)
for f in "$SERVER_JAR" "${CP_JARS[@]}"; do
  [[ -f $f ]] || die "missing $f; build first: mvn -B -q install -DskipTests -pl server-runtime -am"
done
for tool in java javac psql curl; do command -v "$tool" >/dev/null || die "$tool not found"; done

WORK=$(mktemp -d /tmp/hygie-bench.XXXXXX)
DB=${BENCH_DB:-hygie_bench_$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')}
SERVER_PID=
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
  if [[ -n ${BENCH_KEEP_DB:-} || -n ${BENCH_DB:-} ]]; then
    log "kept database $DB (BENCH_KEEP_DB): drop it by hand"
  else
    log "dropping database $DB"
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || log "could not drop $DB: drop it by hand"
  fi
  if [[ $rc -eq 0 ]]; then rm -rf "$WORK"; else log "kept $WORK for inspection"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM

# Copies, so that a rebuild during the run changes nothing.
cp "$SERVER_JAR" "${CP_JARS[@]}" "$WORK/"
CP=$(printf "$WORK/%s:" $(for f in "${CP_JARS[@]}"; do basename "$f"; done))
CP=${CP%:}

log "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
log "busiest processes before the run:"
ps -eo pid,pcpu,etime,comm --sort=-pcpu | head -n 6 | sed 's/^/    /'

log "compiling the bench client"
mkdir -p "$WORK/classes"
javac -nowarn -encoding UTF-8 -d "$WORK/classes" -cp "$CP" "$HERE/PatientSearchBench.java" "$HERE/PatientSearchRecall.java"
BENCH=(java -cp "$WORK/classes:$CP" -Dbench.seed="$SEED" -Dbench.queries="$QUERIES" -Dbench.warmup="$WARMUP"
       -Dbench.maxSeconds="$MAX_SECONDS" org.hygie.patients.server.internal.PatientSearchBench)

# --- 1. database and server ---------------------------------------------------------------------
log "database $DB"
[[ -n ${BENCH_DB:-} ]] || "${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB"
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
   exec java ${BENCH_JAVA_OPTS:-} -jar "$WORK/hygie-server.jar" >"$WORK/server.log" 2>&1) &
SERVER_PID=$!
for i in $(seq 1 240); do
  kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited during start-up"
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/health" || true) == 200 ]] && break
  [[ $i -eq 240 ]] && die "the server is not healthy after 120 s"
  sleep 0.5
done
log "server healthy after $(since "$T") s: $(curl -s "$BASE/api/health")"

# --- 2. load ----------------------------------------------------------------------------------
if [[ -n ${BENCH_DB:-} ]]; then
  log "reusing the patients of database $DB (BENCH_DB)"
  LOAD_S=- ANALYZE_S=-
else
  log "loading $PATIENTS patients in batches of $BATCH"
  "${BENCH[@]}" dict >"$WORK/dict.sql"
  "${PSQL[@]}" -d "$DB" -f "$WORK/dict.sql"
  T=$(now)
  for ((lo = 1; lo <= PATIENTS; lo += BATCH)); do
    hi=$((lo + BATCH - 1)); ((hi > PATIENTS)) && hi=$PATIENTS
    "${PSQL[@]}" -d "$DB" -o /dev/null -v lo="$lo" -v hi="$hi" \
      -v seed="$(awk -v s="$SEED" -v l="$lo" 'BEGIN { printf "%.6f", ((s * 7919 + l) % 1000003) / 1000003 }')" \
      -f "$HERE/generate.sql"
    el=$(since "$T")
    log "  $hi / $PATIENTS patients, $el s ($(awk -v n="$hi" -v t="$el" 'BEGIN { printf "%.0f", n / t }') rows/s)"
  done
  LOAD_S=$(since "$T")
  "${PSQL[@]}" -d "$DB" -c "DROP TABLE bench_last, bench_first, bench_syl; DROP FUNCTION bench_mrn(bigint)"
  log "inserted in $LOAD_S s; VACUUM ANALYZE"
  T=$(now)
  "${PSQL[@]}" -d "$DB" -c "VACUUM ANALYZE"
  ANALYZE_S=$(since "$T")
  log "VACUUM ANALYZE in $ANALYZE_S s"
fi
"${PSQL[@]}" -d "$DB" -A -F ' ' -t -c "
  SELECT 'patients', count(*), 'distinct last names', count(DISTINCT last_norm), 'distinct first names', count(DISTINCT first_norm),
         'database size', pg_size_pretty(pg_database_size(current_database())) FROM patients_patient" | sed 's/^/    /'
"${PSQL[@]}" -d "$DB" -A -F ' ' -t -c "
  SELECT 'top last names:', string_agg(last_norm || ' ' || round(100.0 * n / t, 2) || '%', ', ')
  FROM (SELECT last_norm, count(*) n, sum(count(*)) OVER () t FROM patients_patient GROUP BY last_norm ORDER BY 2 DESC LIMIT 5) x" \
  | sed 's/^/    /'

log "verifying the loaded rows against the server's rules, and through REST"
"${BENCH[@]}" verify "$JDBC_URL" "$BASE"

# --- 3. recall ---------------------------------------------------------------------------------
log "recall: labelled queries of every form through REST"
java -cp "$WORK/classes:$CP" -Dbench.seed="$SEED" -Dbench.misses="${BENCH_MISSES:-40}" \
  -Dbench.samplePercent="${BENCH_SAMPLE_PERCENT:-0.2}" org.hygie.patients.server.internal.PatientSearchRecall recall "$JDBC_URL" "$BASE" \
  | tee "$WORK/recall.txt"
if [[ $MODE == recall ]]; then
  echo "loadavg at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi

# --- 4-5. measurements ------------------------------------------------------------------------
log "measuring: REST x1, SQL x1, REST x2, SQL x2 (each run bounded to $MAX_SECONDS s)"
"${BENCH[@]:0:1}" -Dbench.serverPid="$SERVER_PID" "${BENCH[@]:1}" run "$JDBC_URL" "$BASE" | tee "$WORK/results.txt"

echo
echo "Load: $PATIENTS patients inserted in $LOAD_S s (with the schema's indexes and trigger), VACUUM ANALYZE $ANALYZE_S s."
echo "PostgreSQL: $("${PSQL[@]}" -d "$DB" -A -t -c "SELECT split_part(version(), ' on ', 1) || ', shared_buffers ' || current_setting('shared_buffers')")," \
     "server JVM: $(java -version 2>&1 | head -n 1) ${BENCH_JAVA_OPTS:-(default options)}"
echo "loadavg at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
