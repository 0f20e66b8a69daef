#!/usr/bin/env bash
# scripts/two-instances.sh — two instances of the packaged app on one database behave as one portal (#16).
#
#   bash scripts/two-instances.sh        (after ./mvnw -B package; scripts/test.sh runs it after the e2e suites)
#
# Starts the packaged app twice on loopback (127.0.0.1:8281 and :8282, management ports 9281/9282) against a fresh
# database portico_scale with the demo data, mail to the mail catcher on 1025/1080 (started here unless it runs),
# every sender and job polling every second, and tokens checked with the tests' key (bench/tokens.mjs makes them, no
# Keycloak needed). Then node --test scale/two-instances.test.mjs sends every step's requests to both and counts in
# the database and the inbox what must happen once: a seat race has one winner, an Idempotency-Key replayed on the
# other instance returns the first order, an attachment uploaded on one is downloaded on the other, a limit counted
# in PostgreSQL holds across both, each mail is sent once, the lifecycle job lapses each subscription once.
# Logs: .run/scale-a.log, .run/scale-b.log.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$PORTICO_ROOT"

DB=portico_scale
[[ -f target/quarkus-app/quarkus-run.jar ]] || die "no target/quarkus-app/quarkus-run.jar: build first (./mvnw -B package -DskipTests)"
for port in 8281 8282 9281 9282; do require_free_port "$port" "an instance of the two-instance suite"; done
STARTED_MAIL=0
if ! http_ok http://127.0.0.1:1080/email; then
  bash scripts/mailcatcher.sh start
  STARTED_MAIL=1
fi

stop_all() {
  local rc=$?
  stop_pidfile "$RUN_DIR/scale-a.pid" "instance A" 30
  stop_pidfile "$RUN_DIR/scale-b.pid" "instance B" 30
  ((STARTED_MAIL)) && bash scripts/mailcatcher.sh stop
  if ((rc != 0)); then
    tail_log "$RUN_DIR/scale-a.log" 40
    tail_log "$RUN_DIR/scale-b.log" 40
  fi
  exit "$rc"
}
trap stop_all EXIT

recreate_db "$DB"
public_key=$(grep -v -- '-----' src/test/resources/test-keys/public-key.pem | tr -d '\n')
start_instance() { # name http-port management-port
  : >"$RUN_DIR/scale-$1.log"
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$2" QUARKUS_MANAGEMENT_PORT="$3" \
    QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_PUBLIC_KEY="$public_key" QUARKUS_OIDC_TOKEN_ISSUER=https://bench.portico.local \
    PORTICO_DEMO_DATA_ENABLED=true \
    QUARKUS_MAILER_MOCK=false QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT=1025 \
    PORTICO_OUTBOX_POLL_INTERVAL=1s PORTICO_SUBSCRIPTIONS_JOB_INTERVAL=1s PORTICO_SEATS_JOB_INTERVAL=1s \
    PORTICO_PUBLIC_URL="http://127.0.0.1:$2" \
    start_bg "$RUN_DIR/scale-$1.pid" "$RUN_DIR/scale-$1.log" bash scripts/run-app.sh
}
# One after the other: the first creates the schema and the demo data, the second finds them.
start_instance a 8281 9281
wait_http http://127.0.0.1:8281/q/health/ready 180 "$RUN_DIR/scale-a.pid" "instance A" "$RUN_DIR/scale-a.log"
start_instance b 8282 9282
wait_http http://127.0.0.1:8282/q/health/ready 180 "$RUN_DIR/scale-b.pid" "instance B" "$RUN_DIR/scale-b.log"
log "both instances ready; running scale/two-instances.test.mjs"

A_URL=http://127.0.0.1:8281 B_URL=http://127.0.0.1:8282 MAIL_API_URL=http://127.0.0.1:1080 SCALE_DB=$DB \
  node --test --test-concurrency=1 scale/two-instances.test.mjs
for instance in a b; do
  log "instance ${instance^^}: $(curl -fsS "http://127.0.0.1:$([[ $instance == a ]] && echo 9281 || echo 9282)/q/metrics" |
    awk '/^portico_(checkouts|seats_assigned|outbox_sent)_total/ { printf "%s %s  ", $1, $2 }')"
done
