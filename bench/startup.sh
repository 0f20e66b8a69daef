#!/usr/bin/env bash
# bench/startup.sh — start-up time and memory of the packaged app, started by scripts/run-app.sh.
#
#   ./mvnw -B package -DskipTests && bash bench/startup.sh [runs]
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bash bench/startup.sh     (JDK 25: with the AOT cache of
#                                                                         scripts/aot-train.sh if trained; PORTICO_AOT=off without)
#
# Starts target/quarkus-app/quarkus-run.jar against a throwaway database (portico_bench, migrated at
# start), polls /q/health/ready every 50 ms, and prints per run: time until ready, Quarkus' own "started
# in", and RSS when ready and after 2,000 requests to an API endpoint. Keycloak need not run (the API
# fetches its keys lazily). Port 8380, loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
jar=target/quarkus-app/quarkus-run.jar
[[ -f "$jar" ]] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
psql -h 127.0.0.1 -U postgres -qc "drop database if exists portico_bench" -c "create database portico_bench" >/dev/null

now_ms() { date +%s%3N; }
rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

printf '%-4s %-14s %-16s %-14s %-22s\n' run ready_ms quarkus_started rss_ready_mib rss_after_2000_req_mib
for run in $(seq 1 "$runs"); do
  log=$(mktemp)
  t0=$(now_ms)
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/portico_bench \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=8380 QUARKUS_MANAGEMENT_PORT=9380 PORTICO_API_RATE_LIMIT_REQUESTS=1000000000 \
    bash scripts/run-app.sh >"$log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null http://127.0.0.1:8380/q/health/ready; do
    kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.05
  done
  ready=$(($(now_ms) - t0))
  rss_ready=$(rss_mib "$pid")
  for _ in $(seq 1 20); do
    curl -fs -o /dev/null "http://127.0.0.1:8380/api/v1/client-config?[1-100]"
  done
  rss_after=$(rss_mib "$pid")
  started=$(sed -n 's/.* started in \([0-9.]*\)s.*/\1/p' "$log" | head -n1)
  printf '%-4s %-14s %-16s %-14s %-22s\n' "$run" "$ready" "${started}s" "$rss_ready" "$rss_after"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
done
