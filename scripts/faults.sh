#!/usr/bin/env bash
# scripts/faults.sh — the portal under faults, on loopback (#16); prints what it saw.
#
#   bash scripts/faults.sh        (after ./mvnw -B package; needs root or the postgres user to restart PostgreSQL)
#
# Starts two instances of the packaged app against a fresh database portico_faults: K (127.0.0.1:8285) reaches
# Keycloak (started here unless it runs on 8180) only through a proxy the suite switches off and on; L (:8286)
# trusts the tests' key and sends mail to 127.0.0.1:1026, where no server listens until the suite starts one. Then
# node --test scale/faults.test.mjs: Keycloak unreachable answers 503 sign-in-unavailable with Retry-After and the
# instance recovers without a restart; mail queued while SMTP is down goes out once when it is back; PostgreSQL
# restarted (pg_ctlcluster 15 main restart) under light load of seats, tickets and credit checkouts — the app
# answers again without a restart, no 500 meanwhile, and queries find nothing half-written.
# Logs: .run/faults-k.log, .run/faults-l.log.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$PORTICO_ROOT"

DB=portico_faults
[[ -f target/quarkus-app/quarkus-run.jar ]] || die "no target/quarkus-app/quarkus-run.jar: build first (./mvnw -B package -DskipTests)"
for port in 8285 8286 9285 9286 8184 1026 1081; do require_free_port "$port" "the fault suite"; done
STARTED_KEYCLOAK=0
if ! http_ok http://localhost:8180/realms/portico; then
  bash scripts/keycloak.sh start --demo
  STARTED_KEYCLOAK=1
fi
bash scripts/mailcatcher.sh install >/dev/null

stop_all() {
  local rc=$?
  stop_pidfile "$RUN_DIR/faults-k.pid" "instance K" 30
  stop_pidfile "$RUN_DIR/faults-l.pid" "instance L" 30
  ((STARTED_KEYCLOAK)) && bash scripts/keycloak.sh stop
  if ((rc != 0)); then
    tail_log "$RUN_DIR/faults-k.log" 30
    tail_log "$RUN_DIR/faults-l.log" 30
  fi
  exit "$rc"
}
trap stop_all EXIT

recreate_db "$DB"
public_key=$(grep -v -- '-----' src/test/resources/test-keys/public-key.pem | tr -d '\n')
common_env=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_HTTP_HOST=127.0.0.1
  PORTICO_DEMO_DATA_ENABLED=true QUARKUS_MAILER_MOCK=false QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT=1026
  PORTICO_OUTBOX_POLL_INTERVAL=1s PORTICO_OUTBOX_INITIAL_BACKOFF=1s PORTICO_OUTBOX_MAX_BACKOFF=2s)
: >"$RUN_DIR/faults-l.log"
env "${common_env[@]}" QUARKUS_HTTP_PORT=8286 QUARKUS_MANAGEMENT_PORT=9286 PORTICO_PUBLIC_URL=http://127.0.0.1:8286 \
  QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_PUBLIC_KEY="$public_key" QUARKUS_OIDC_TOKEN_ISSUER=https://bench.portico.local \
  setsid bash scripts/run-app.sh </dev/null >>"$RUN_DIR/faults-l.log" 2>&1 &
echo $! >"$RUN_DIR/faults-l.pid"
wait_http http://127.0.0.1:8286/q/health/ready 180 "$RUN_DIR/faults-l.pid" "instance L" "$RUN_DIR/faults-l.log"
# K: the demo data is there already; its Keycloak is the proxy on 8184, off until the suite switches it on
: >"$RUN_DIR/faults-k.log"
env "${common_env[@]}" QUARKUS_HTTP_PORT=8285 QUARKUS_MANAGEMENT_PORT=9285 PORTICO_PUBLIC_URL=http://127.0.0.1:8285 \
  QUARKUS_OIDC_AUTH_SERVER_URL=http://127.0.0.1:8184/realms/portico QUARKUS_OIDC_TOKEN_ISSUER=http://localhost:8180/realms/portico \
  PORTICO_OUTBOX_POLL_INTERVAL=off \
  setsid bash scripts/run-app.sh </dev/null >>"$RUN_DIR/faults-k.log" 2>&1 &
echo $! >"$RUN_DIR/faults-k.pid"
wait_http http://127.0.0.1:8285/q/health/ready 180 "$RUN_DIR/faults-k.pid" "instance K" "$RUN_DIR/faults-k.log"
log "instances ready; running scale/faults.test.mjs"

K_URL=http://127.0.0.1:8285 L_URL=http://127.0.0.1:8286 FAULTS_DB=$DB KEYCLOAK_URL=http://localhost:8180 \
  KEYCLOAK_PROXY_PORT=8184 MAIL_SMTP_PORT=1026 MAIL_WEB_PORT=1081 MAILDEV_BIN="$RUN_DIR/tools/node_modules/.bin/maildev" \
  node --test --test-concurrency=1 scale/faults.test.mjs
