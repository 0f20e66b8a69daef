# shellcheck shell=bash
# scripts/lib/common.sh — helpers shared by the Portico run scripts (sourced, not executed):
# repo paths, logging, port checks, background processes in their own process group, HTTP polling.

PORTICO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck disable=SC2034 # used by the scripts that source this file
RUN_DIR="${PORTICO_RUN_DIR:-$PORTICO_ROOT/.run}"
# shellcheck disable=SC2034
KEYCLOAK_VERSION="26.7.3"
# shellcheck disable=SC2034
MAILDEV_VERSION="2.2.1"

log()  { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die()  { printf '[%s] ERROR: %s\n' "$(date +%H:%M:%S)" "$*" >&2; exit 1; }

# now_ms: milliseconds since the epoch (for timings).
now_ms() { date +%s%3N; }

# elapsed START_MS: seconds since START_MS with one decimal.
elapsed() { awk -v s="$1" -v e="$(now_ms)" 'BEGIN { printf "%.1f", (e - s) / 1000 }'; }

# port_in_use PORT: true when something listens on 127.0.0.1:PORT (or any address).
port_in_use() {
  ss -Htln "sport = :$1" 2>/dev/null | grep -q .
}

# port_owner PORT: a short description of the listening process, for error messages.
port_owner() {
  ss -Htlnp "sport = :$1" 2>/dev/null | sed -n 's/.*users:((\("[^"]*",pid=[0-9]*\).*/\1/p' | head -n1
}

# require_free_port PORT WHAT: fail with a clear message when PORT is taken.
require_free_port() {
  if port_in_use "$1"; then
    die "port $1 (needed for $2) is already taken by another process: $(port_owner "$1" || true). Stop it first."
  fi
}

# pid_alive PIDFILE: true when the pid file exists and its process runs.
pid_alive() {
  [[ -s "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null
}

# start_bg PIDFILE LOGFILE CMD...: run CMD in the background in a new session (own process group,
# so that stopping it also stops its children), output appended to LOGFILE, pid written to PIDFILE.
start_bg() {
  local pidfile="$1" logfile="$2"
  shift 2
  mkdir -p "$(dirname "$pidfile")" "$(dirname "$logfile")"
  setsid "$@" </dev/null >>"$logfile" 2>&1 &
  echo $! >"$pidfile"
}

# stop_pidfile PIDFILE NAME [GRACE_SECONDS]: stop the process group started by start_bg; SIGTERM first,
# SIGKILL after GRACE_SECONDS (default 30). Quiet when nothing runs.
stop_pidfile() {
  local pidfile="$1" name="$2" grace="${3:-30}" pid i
  if ! pid_alive "$pidfile"; then
    rm -f "$pidfile"
    return 0
  fi
  pid="$(cat "$pidfile")"
  log "stopping $name (pid $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < grace * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name did not stop within ${grace}s; killing it"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

# http_ok URL: true when URL answers 2xx.
http_ok() {
  curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null
}

# wait_http URL TIMEOUT_SECONDS PIDFILE NAME LOGFILE: poll URL until it answers 2xx; fail (with the log's
# tail) when the process of PIDFILE dies or the time runs out.
wait_http() {
  local url="$1" timeout="$2" pidfile="$3" name="$4" logfile="$5" deadline
  deadline=$(($(date +%s) + timeout))
  until http_ok "$url"; do
    if ! pid_alive "$pidfile"; then
      tail_log "$logfile" 60
      die "$name exited before it was ready (log: $logfile)"
    fi
    if (($(date +%s) >= deadline)); then
      tail_log "$logfile" 60
      die "$name was not ready within ${timeout}s ($url; log: $logfile)"
    fi
    sleep 1
  done
}

# tail_log FILE [LINES]: print the end of a log file to stderr, framed.
tail_log() {
  local file="$1" lines="${2:-50}"
  [[ -f "$file" ]] || return 0
  printf '\n----- last %s lines of %s -----\n' "$lines" "$file" >&2
  tail -n "$lines" "$file" >&2 || true
  printf -- '----- end of %s -----\n\n' "$file" >&2
}

# --- PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres) ---
PG_ARGS=(-h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -q)

# require_postgres: fail with a clear message when PostgreSQL does not answer.
require_postgres() {
  psql "${PG_ARGS[@]}" -d postgres -tAc 'select 1' >/dev/null 2>&1 ||
    die "PostgreSQL does not answer on 127.0.0.1:5432 as user postgres (start it first)"
}

# ensure_db NAME: create database NAME when it does not exist.
ensure_db() {
  require_postgres
  if [[ -z "$(psql "${PG_ARGS[@]}" -d postgres -tAc "select 1 from pg_database where datname = '$1'")" ]]; then
    log "creating database $1"
    psql "${PG_ARGS[@]}" -d postgres -c "create database \"$1\""
  fi
}

# recreate_db NAME: drop (disconnecting any session) and create database NAME.
recreate_db() {
  require_postgres
  log "recreating database $1"
  PGOPTIONS="--client-min-messages=warning" psql "${PG_ARGS[@]}" -d postgres -c "drop database if exists \"$1\" with (force)"
  psql "${PG_ARGS[@]}" -d postgres -c "create database \"$1\""
}
