#!/usr/bin/env bash
# scripts/test.sh — run every test (README command 2; .ci/run calls exactly this).
#
#   bash scripts/test.sh
#
# 1. installs what is missing: Chromium (apt), the SPA's node_modules (npm ci), the Keycloak
#    distribution and the mail catcher (into .run/);
# 2. the contract judged: Spectral (OpenAPI + OWASP API Security rules) and Redocly (recommended rules) on
#    openapi/openapi.yaml, 0 errors (cd openapi && npm run lint)
#    SPA unit tests:      (cd frontend && npm test) 2>&1 | tee "$RUN_DIR/test-unit.out"
# 3. backend tests:       ./mvnw -B verify against the real PostgreSQL (database portico_test); this
#                         also builds target/quarkus-app/quarkus-run.jar with the SPA inside; every response the
#                         suite receives is validated against openapi/openapi.yaml, and a Java client generated
#                         from it (openapi-generator, spec validation on) drives the integration scenario
# 4. end-to-end tests:    a fresh database portico_e2e, a Keycloak with fresh data and the demo users (its
#                         clients and scopes checked by scripts/keycloak.sh check),
#                         the mail catcher and the packaged app on http://localhost:8080, then
#                         (cd frontend && npm run e2e) with PORTAL_URL and MAIL_API_URL.
# Everything it starts is stopped again, also on failure (then the logs' tails are printed).
# For work on one part, PORTICO_TEST_STEPS picks steps (default "lint unit backend e2e scale"; e2e alone uses the jar
# already built, e.g. by ./mvnw -B package -DskipTests) and PORTICO_E2E_FILES picks suites (default e2e/*.e2e.mjs).
# Needs the ports 8080, 9000, 8180, 1025 and 1080 free. Logs: .run/e2e-app.log, .run/e2e-keycloak.log,
# .run/e2e-maildev.log.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$PORTICO_ROOT"

T0=$(now_ms)
STEP="setup"
APP_PIDFILE="$RUN_DIR/e2e-app.pid"
APP_LOG="$RUN_DIR/e2e-app.log"
export PORTICO_KC_LOG="$RUN_DIR/e2e-keycloak.log"
export PORTICO_KC_DATA_DIR="$RUN_DIR/keycloak-data/e2e"
export PORTICO_MAIL_LOG="$RUN_DIR/e2e-maildev.log"
STARTED_E2E=0
APP_STARTUP=""
APP_RSS_READY=""
APP_STARTED_IN=""

app_rss() { # VmRSS of the app in MiB
  local pid
  pid="$(cat "$APP_PIDFILE" 2>/dev/null)" || return 0
  awk '/^VmRSS:/ { printf "%.0f MiB", $2 / 1024 }' "/proc/$pid/status" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if ((STARTED_E2E)); then
    if ((rc != 0)); then
      tail_log "$APP_LOG" 80
      tail_log "$PORTICO_KC_LOG" 40
    fi
    local rss_end
    rss_end="$(app_rss)"
    stop_pidfile "$APP_PIDFILE" "portal (e2e)" 30
    bash scripts/keycloak.sh stop || true
    bash scripts/mailcatcher.sh stop || true
    [[ -n "$APP_STARTUP" ]] && log "app startup: ${APP_STARTUP}s until /q/health/ready answered${APP_STARTED_IN:+ (Quarkus: started in ${APP_STARTED_IN}s)}"
    [[ -n "$APP_RSS_READY" ]] && log "app RSS: $APP_RSS_READY when ready${rss_end:+, $rss_end after the e2e tests}"
  fi
  if ((rc == 0)); then
    log "ALL TESTS PASSED; total wall time $(elapsed "$T0")s"
    echo "portico: $(count_tests)"
  else
    log "FAILED in step: $STEP (exit $rc); total wall time $(elapsed "$T0")s"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# count_tests: "N passed, N failed" over the three suites' outputs (vitest, Surefire/Failsafe, node --test).
count_tests() {
  local passed=0 failed=0 n
  if [[ -f "$RUN_DIR/test-unit.out" ]]; then # vitest: " Tests  12 passed | 1 failed (13)"
    n=$(sed -n 's/\x1b\[[0-9;]*m//g; s/^ *Tests  *\(.*\)$/\1/p' "$RUN_DIR/test-unit.out" | tail -n1)
    passed=$((passed + $(grep -o '[0-9]* passed' <<<"$n" | grep -o '[0-9]*' || echo 0)))
    failed=$((failed + $(grep -o '[0-9]* failed' <<<"$n" | grep -o '[0-9]*' || echo 0)))
    # node --test style (# pass N / # fail N), should the SPA switch runners
    passed=$((passed + $(awk '/^# pass /{s+=$3} END{print s+0}' "$RUN_DIR/test-unit.out")))
    failed=$((failed + $(awk '/^# fail /{s+=$3} END{print s+0}' "$RUN_DIR/test-unit.out")))
  fi
  if [[ -f "$RUN_DIR/test-backend.out" ]]; then # Surefire/Failsafe summaries (not the per-class lines)
    read -r n f <<<"$(awk '/Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$/ {
        gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "run:") r += $(i+1); if ($i == "Failures:" || $i == "Errors:") f += $(i+1); if ($i == "Skipped:") k += $(i+1) }
      } END { print r - f - k + 0, f + 0 }' "$RUN_DIR/test-backend.out")"
    passed=$((passed + n)); failed=$((failed + f))
  fi
  for out in "$RUN_DIR/test-e2e.out" "$RUN_DIR/test-scale.out"; do
    [[ -f "$out" ]] || continue
    passed=$((passed + $(awk '/^# pass /{s+=$3} END{print s+0}' "$out")))
    failed=$((failed + $(awk '/^# fail /{s+=$3} END{print s+0}' "$out")))
  done
  echo "$passed passed, $failed failed"
}

section() {
  STEP="$1"
  printf '\n==== %s (%ss) ====\n' "$1" "$(elapsed "$T0")" >&2
}

mkdir -p "$RUN_DIR"
rm -f "$RUN_DIR"/test-unit.out "$RUN_DIR"/test-backend.out "$RUN_DIR"/test-e2e.out "$RUN_DIR"/test-scale.out

# --- 0. prerequisites and installs ----------------------------------------------------------------------
section "prerequisites"
for tool in java node npm psql curl ss setsid; do
  command -v "$tool" >/dev/null || die "$tool is missing"
done
# Fail early (before a long build) when another process holds a port the end-to-end step needs.
for port_what in "8080:the portal" "9000:the portal (metrics)" "8180:Keycloak" "1025:the mail catcher (SMTP)" "1080:the mail catcher (web)"; do
  require_free_port "${port_what%%:*}" "${port_what#*:}"
done
require_postgres

if [[ ! -x /usr/bin/chromium ]]; then
  section "install chromium"
  [[ $(id -u) == 0 ]] || die "/usr/bin/chromium is missing: install it (apt-get install chromium) or run as root"
  DEBIAN_FRONTEND=noninteractive apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi

section "install frontend and contract-lint dependencies"
# npm ci when node_modules is missing or was installed from another lock file.
for dir in frontend openapi; do
  if ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.portico-lock-stamp"; then
    (cd "$dir" && npm ci --no-audit --no-fund)
    mkdir -p "$dir/node_modules" && cp "$dir/package-lock.json" "$dir/node_modules/.portico-lock-stamp"
  else
    log "$dir/node_modules is up to date"
  fi
done

section "install Keycloak and the mail catcher"
bash scripts/keycloak.sh install
bash scripts/mailcatcher.sh install

# --- 1. the contract, judged by Spectral and Redocly -----------------------------------------------------------------
STEPS=" ${PORTICO_TEST_STEPS:-lint unit backend e2e scale} "
step() { [[ "$STEPS" == *" $1 "* ]]; }

if step lint; then
section "contract lint (Spectral: OpenAPI + OWASP; Redocly: recommended)"
(cd openapi && npm run --silent lint) 2>&1 | tee "$RUN_DIR/test-contract-lint.out"
fi

# --- 1. SPA unit tests --------------------------------------------------------------------------------------
if step unit; then
section "SPA unit tests (npm test)"
(cd frontend && npm test) 2>&1 | tee "$RUN_DIR/test-unit.out"
fi

# --- 2. backend tests ------------------------------------------------------------------------------------------
if step backend; then
section "backend tests (./mvnw -B verify)"
ensure_db portico_test
./mvnw -B verify 2>&1 | tee "$RUN_DIR/test-backend.out"
for judged in contract-coverage contract-fuzz authorization-matrix; do
  [[ -f "target/$judged.txt" ]] && log "$(head -n1 "target/$judged.txt") (details: target/$judged.txt)"
done
fi
if ! step e2e; then
  STEP="done"
  exit 0
fi

# --- 3. end-to-end tests ---------------------------------------------------------------------------------------
section "end-to-end: start services"
[[ -f target/quarkus-app/quarkus-run.jar ]] || die "target/quarkus-app/quarkus-run.jar was not built by ./mvnw verify"
recreate_db portico_e2e
STARTED_E2E=1
bash scripts/mailcatcher.sh start
bash scripts/keycloak.sh start --demo --fresh
bash scripts/keycloak.sh check

require_free_port 8080 "the portal"
: >"$APP_LOG"
log "starting the packaged app (log: $APP_LOG)"
app_t0=$(now_ms)
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/portico_e2e \
  PORTICO_DEMO_DATA_ENABLED=true \
  QUARKUS_MAILER_MOCK=false \
  QUARKUS_MAILER_HOST=127.0.0.1 \
  QUARKUS_MAILER_PORT=1025 \
  PORTICO_OUTBOX_POLL_INTERVAL=1s \
  PORTICO_WEBHOOKS_POLL_INTERVAL=1s \
  PORTICO_WEBHOOKS_ALLOWED_HOSTS=127.0.0.1,localhost \
  QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_HTTP_PORT=8080 \
  QUARKUS_MANAGEMENT_PORT=9000 \
  PORTICO_PUBLIC_URL=http://localhost:8080 \
  PORTICO_SSO_URL=http://localhost:8180 \
  start_bg "$APP_PIDFILE" "$APP_LOG" bash scripts/run-app.sh # as production runs it: the sized JVM
# Poll often: this measures the startup time.
deadline=$(($(date +%s) + 180))
until http_ok http://localhost:8080/q/health/ready; do
  pid_alive "$APP_PIDFILE" || die "the app exited before it was ready (log: $APP_LOG)"
  (($(date +%s) < deadline)) || die "the app was not ready within 180s (log: $APP_LOG)"
  sleep 0.2
done
APP_STARTUP="$(elapsed "$app_t0")"
APP_STARTED_IN="$(sed -n 's/.* started in \([0-9.]*\)s.*/\1/p' "$APP_LOG" | head -n1)"
APP_RSS_READY="$(app_rss)"
log "app ready after ${APP_STARTUP}s, RSS $APP_RSS_READY"

section "end-to-end tests (npm run e2e)"
(cd frontend && PORTAL_URL=http://localhost:8080 MAIL_API_URL=http://localhost:1080 \
  node --test ${PORTICO_E2E_FILES:-e2e/*.e2e.mjs}) 2>&1 | # PORTICO_E2E_FILES unquoted on purpose: files or a glob
  tee "$RUN_DIR/test-e2e.out"

# --- 4. two instances on one database (#16) ------------------------------------------------------------------
if step scale; then
  section "two app instances on one database (scripts/two-instances.sh)"
  bash scripts/two-instances.sh 2>&1 | tee "$RUN_DIR/test-scale.out"
fi
STEP="done"
