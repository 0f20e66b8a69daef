#!/usr/bin/env bash
# bench/profile.sh — where one request's time goes: a JFR CPU profile of the packaged app under wrk load.
#
#   bash bench/run.sh 1 && bash bench/profile.sh [path] [seconds] [token kind]
#
# Uses the database bench/run.sh left behind (portico_bench, with bench/seed.sql). Starts the app with Java Flight
# Recorder (settings "profile", started after a warm-up), runs wrk with 16 connections against path (default the bench company), and prints
# the hottest methods (own time) and the hottest Portico/Quarkus frames anywhere on the stack. The recording stays in
# .run/bench/profile.jfr (open it in JDK Mission Control for the whole picture).
set -euo pipefail
cd "$(dirname "$0")/.."
path="${1:-/companies/be000000-0000-4000-a000-000000000010}"
seconds="${2:-20}"
kind="${3:-customer}"
port=8380
out=.run/bench
mkdir -p "$out"
public_key=$(grep -v -- '-----' src/test/resources/test-keys/public-key.pem | tr -d '\n')
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/portico_bench \
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 1000)) PORTICO_API_RATE_LIMIT_REQUESTS=1000000000 \
  QUARKUS_LOG_LEVEL=WARN PORTICO_OUTBOX_POLL_INTERVAL=off \
  QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_PUBLIC_KEY="$public_key" QUARKUS_OIDC_TOKEN_ISSUER=https://bench.portico.local \
  bash scripts/run-app.sh >"$out/profile-app.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
  kill -0 "$pid" 2>/dev/null || { tail -n 40 "$out/profile-app.log" >&2; exit 1; }
  sleep 0.1
done
token=$(node bench/tokens.mjs "$kind")
wrk -t2 -c16 -d5s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1$path" >/dev/null # warm, before the recording
rm -f "$out/profile.jfr"
jcmd "$pid" JFR.start name=bench settings=profile filename="$out/profile.jfr" >/dev/null
wrk -t2 -c16 -d"${seconds}s" --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1$path" | grep -E "Requests/sec|50%|99%"
jcmd "$pid" JFR.stop name=bench >/dev/null
set +o pipefail # head ends the sorts early
jfr print --events jdk.ExecutionSample --stack-depth 64 "$out/profile.jfr" >"$out/profile.txt"
echo "== hottest methods (own time, % of samples)"
awk '/sampledThread/ { keep = /executor-thread|vert.x-eventloop/ } keep && /stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); top[$0]++; n++ } END { for (m in top) printf "%5.1f %%  %s\n", 100 * top[m] / n, m }' \
  "$out/profile.txt" | sort -rn | head -25
echo "== hottest frames on the stack (dev.portico, io.quarkus, io.smallrye, org.hibernate, org.postgresql, io.vertx.core.json, com.fasterxml)"
awk '/sampledThread/ { keep = /executor-thread|vert.x-eventloop/; if (keep) { split("", seen); n++ } } keep && /^[ \t]+(dev\.portico|io\.quarkus|io\.smallrye|org\.hibernate|org\.postgresql|com\.fasterxml|org\.jose4j|io\.agroal)/ {
    line = $0; sub(/^[ \t]+/, "", line); sub(/line:.*/, "", line); if (!(line in seen)) { seen[line] = 1; on[line]++ } }
  END { for (m in on) printf "%5.1f %%  %s\n", 100 * on[m] / n, m }' "$out/profile.txt" | sort -rn | head -40
