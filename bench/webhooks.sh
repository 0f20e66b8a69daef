#!/usr/bin/env bash
# bench/webhooks.sh — what signed webhooks cost:
#   1. deliveries per second: EVENTS deliveries queued at once to a receiver on 127.0.0.1 (answers 200 at once), timed
#      until all are delivered, against the same receiver's ceiling for one client POSTing the same bodies with the
#      sender's concurrency (batch size) from Node — the ratio is the sender's share of what the machine allows;
#   2. the added cost per seat assignment: bench/writes.mjs's seat writes (16 clients) without any endpoint, then with
#      an endpoint of the company that wants seat.assigned — throughput and p50/p99 as ratios with/without.
#
#   ./mvnw -B package -DskipTests && bash bench/webhooks.sh [events] [seconds]
#
# Runs the packaged app (scripts/run-app.sh, production sizing) on 127.0.0.1:8382 against a throwaway database
# (portico_bench_wh: demo data and bench/seed.sql), trusting the test-only signing key; the app may deliver to
# 127.0.0.1 (PORTICO_WEBHOOKS_ALLOWED_HOSTS). Prints a small table; stops the app when done.
set -euo pipefail
cd "$(dirname "$0")/.."
events="${1:-3000}"
seconds="${2:-10}"
port=8382
db=portico_bench_wh
[[ -f target/quarkus-app/quarkus-run.jar ]] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }

psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" -c "create database $db" >/dev/null
public_key=$(grep -v -- '-----' src/test/resources/test-keys/public-key.pem | tr -d '\n')
log=$(mktemp)
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$db \
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port PORTICO_API_RATE_LIMIT_REQUESTS=1000000000 \
  PORTICO_DEMO_DATA_ENABLED=true QUARKUS_LOG_LEVEL=WARN PORTICO_OUTBOX_POLL_INTERVAL=off \
  PORTICO_WEBHOOKS_POLL_INTERVAL=1s PORTICO_WEBHOOKS_BATCH_SIZE=50 PORTICO_WEBHOOKS_ALLOWED_HOSTS=127.0.0.1 \
  QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_PUBLIC_KEY="$public_key" QUARKUS_OIDC_TOKEN_ISSUER=https://bench.portico.local \
  bash scripts/run-app.sh >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
  kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.2
done
psql -h 127.0.0.1 -U postgres -d "$db" -q -f bench/seed.sql >/dev/null
psql -h 127.0.0.1 -U postgres -d "$db" -qc "vacuum analyze" >/dev/null

PORT=$port DB=$db EVENTS=$events SECONDS_EACH=$seconds node bench/webhooks.mjs
