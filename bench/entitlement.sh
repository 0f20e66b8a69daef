#!/usr/bin/env bash
# bench/entitlement.sh — latency and throughput of the entitlement check, the hottest read in Portico.
#
#   ./mvnw -B package -DskipTests && bash bench/entitlement.sh [seconds] [connections]
#
# Starts the packaged app on 127.0.0.1:8380 against a throwaway database (portico_bench) with the demo data,
# plus 50,000 filler seats for other people on the same subscription, so that the index has to work.
# Tokens are verified with the test-only key (src/test/resources/test-keys): no Keycloak needed. Then wrk
# (Debian package, installed if missing) calls GET /api/v1/entitlements?product=ON-TRACK&email=alice... as an
# integration for the given time and prints requests/s and the latency distribution. Loopback only; it stops
# the app when done.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
connections="${2:-16}"
threads=$(( connections < 2 ? connections : 2 ))
jar=target/quarkus-app/quarkus-run.jar
[[ -f "$jar" ]] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

psql -h 127.0.0.1 -U postgres -qc "drop database if exists portico_bench" -c "create database portico_bench" >/dev/null
public_key=$(grep -v -- '-----' src/test/resources/test-keys/public-key.pem | tr -d '\n')
log=$(mktemp)
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/portico_bench \
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=8380 QUARKUS_MANAGEMENT_PORT=9380 PORTICO_API_RATE_LIMIT_REQUESTS=1000000000 \
  PORTICO_DEMO_DATA_ENABLED=true QUARKUS_LOG_LEVEL=WARN \
  QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_PUBLIC_KEY="$public_key" QUARKUS_OIDC_TOKEN_ISSUER=https://bench.portico.local \
  java -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
until curl -fs -o /dev/null http://127.0.0.1:8380/q/health/ready; do
  kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.2
done

psql -h 127.0.0.1 -U postgres -d portico_bench -q <<'SQL'
with sub as (
  select id, company_id from subscription
   where company_id = 'a0000000-0000-4000-a000-000000000001' and product_code = 'ON-TRACK' and status = 'ACTIVE'
   limit 1)
insert into seat (id, subscription_id, company_id, email, user_id, valid_from, valid_until, revoked_at, created_at, updated_at, version)
select gen_random_uuid(), sub.id, sub.company_id,
       case when n = 0 then 'alice.admin@acme.example' else 'filler' || n || '@example.com' end,
       null, current_date - 1, null, null, now(), now(), 0
  from sub, generate_series(0, 50000) as n;
analyze seat;
SQL

token=$(node -e '
const crypto = require("crypto"); const fs = require("fs");
const b64 = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
const now = Math.floor(Date.now() / 1000);
const head = b64({ alg: "RS256", typ: "JWT", kid: "test" });
const body = b64({ iss: "https://bench.portico.local", sub: crypto.randomUUID(), aud: "portico-api", azp: "bench",
  realm_access: { roles: ["integration"] }, iat: now, exp: now + 3600 });
const key = fs.readFileSync("src/test/resources/test-keys/private-key.pem");
const sig = crypto.sign("RSA-SHA256", Buffer.from(head + "." + body), key).toString("base64url");
console.log(head + "." + body + "." + sig);')

url="http://127.0.0.1:8380/api/v1/entitlements?product=ON-TRACK&email=alice.admin@acme.example"
echo "answer: $(curl -fsS -H "Authorization: Bearer $token" "$url")"
for _ in $(seq 1 200); do curl -fs -o /dev/null -H "Authorization: Bearer $token" "$url"; done # warm-up
echo "wrk: ${seconds}s, ${connections} connections, ${threads} threads, seats in the table: 50,001"
wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $token" "$url"
echo "app RSS after the run: $(awk '/^VmRSS:/ { printf "%.0f MiB", $2 / 1024 }' /proc/$pid/status)"
