#!/usr/bin/env bash
# scripts/aot-train.sh — trains the JDK 25 AOT cache (JEP 483/514) of the packaged app on real requests.
#
#   ./mvnw -B package -DskipTests && JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bash scripts/aot-train.sh
#
# Starts target/quarkus-app with -XX:AOTCacheOutput against a throwaway database (portico_aot, demo data on), sends
# the requests a portal serves all day — the SPA's shell and config, a customer's lists and details, the entitlement
# check, a seat assignment, a ticket, a checkout from credit (bench/writes.mjs, a few seconds) — then stops it: the JVM
# writes target/quarkus-app/portico.aot, which scripts/run-app.sh then uses on JDK 25 (classes loaded and linked,
# method profiles: ready sooner, fast sooner). The cache belongs to that JDK build and that jar: retrain after either
# changes (run-app.sh ignores a cache the JVM refuses, with a warning). JDK 17 runs without it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
version=$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }')
((${version%%.*} >= 25)) || { echo "the AOT cache needs JDK 25 or later ($java is $version): set JAVA_HOME" >&2; exit 1; }
cache=target/quarkus-app/portico.aot
port=8390
db=portico_aot
psql -h 127.0.0.1 -U postgres -X -q -c "drop database if exists $db" -c "create database $db" >/dev/null
rm -f "$cache"
public_key=$(grep -v -- '-----' src/test/resources/test-keys/public-key.pem | tr -d '\n')
log=$(mktemp)
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$db QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 1000)) \
  PORTICO_DEMO_DATA_ENABLED=true PORTICO_OUTBOX_POLL_INTERVAL=off PORTICO_API_RATE_LIMIT_REQUESTS=1000000000 \
  QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_PUBLIC_KEY="$public_key" QUARKUS_OIDC_TOKEN_ISSUER=https://bench.portico.local \
  PORTICO_AOT=off JAVA_OPTS="${JAVA_OPTS:--Xmx192m -XX:+UseSerialGC -Xss512k}" JAVA_OPTS_APPEND="-XX:AOTCacheOutput=$cache" bash scripts/run-app.sh >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.2
done
psql -h 127.0.0.1 -U postgres -X -q -d "$db" -f bench/seed.sql >/dev/null
customer=$(node bench/tokens.mjs customer)
integration=$(node bench/tokens.mjs integration)
base="http://127.0.0.1:$port"
for _ in $(seq 1 200); do
  curl -fs -o /dev/null "$base/" && curl -fs -o /dev/null "$base/api/v1/client-config"
  for path in /me "/subscriptions?companyId=be000000-0000-4000-a000-000000000010&limit=50" \
    /subscriptions/be000000-0000-4000-b010-000000000001 /subscriptions/be000000-0000-4000-b010-000000000001/seats \
    "/tickets?companyId=be000000-0000-4000-a000-000000000010" "/orders?companyId=be000000-0000-4000-a000-000000000010" \
    "/products?companyId=be000000-0000-4000-a000-000000000010" /companies/be000000-0000-4000-a000-000000000010 \
    "/entitlements?product=ON-TRACK"; do
    curl -fs -o /dev/null -H "Authorization: Bearer $customer" "$base/api/v1$path"
  done
  curl -fs -o /dev/null -H "Authorization: Bearer $integration" \
    "$base/api/v1/entitlements?product=ON-TRACK&email=bench.admin@bench.example"
done
BASE="$base/api/v1" SECONDS_EACH=3 CLIENTS=4 node bench/writes.mjs >/dev/null
kill -TERM "$pid"
wait "$pid" || true
[[ -s "$cache" ]] || { cat "$log" >&2; echo "no AOT cache was written" >&2; exit 1; }
echo "trained $cache ($(du -h "$cache" | cut -f1)) with $("$java" -version 2>&1 | head -n1)"
