#!/usr/bin/env bash
# bench/run.sh — every customer request measured against what the framework and the database allow, in one run.
#
#   ./mvnw -B package -DskipTests && bash bench/run.sh [seconds per measurement, default 5]
#
# All on loopback, about 5 minutes at the default:
# 1. a throwaway database portico_bench: the demo data and bench/seed.sql (companies with 10,000 and 100,000
#    subscriptions, a subscription with 500 seats, 2,000 tickets, 2,000 orders); the packaged app on port 8380,
#    started by scripts/run-app.sh as in production, trusting the test-only signing key (no Keycloak needed);
# 2. capture: PostgreSQL logs every statement of portico_bench (set on that database only) while each endpoint is
#    called once, warm; the log gives the SQL statements per request and, with the bound values put back, a pgbench
#    script per endpoint (bench/capture.mjs); then the app restarts with logging off;
# 3. load: wrk (Debian package, installed if missing) at 16 and 64 connections for each read and for the
#    framework's ceiling (GET /api/v1/client-config: no auth, no database); pgbench (16 clients, prepared
#    statements) on each read's captured SQL: the database's ceiling for that request; then the writes from 16
#    concurrent clients (bench/writes.mjs);
# 4. prints a Markdown table — req/s, p50, p99 at 16 and 64 connections, the ratio to the framework's ceiling and to
#    pgbench, SQL statements per request — and the app's RSS when ready and after the run; also written to
#    .run/bench/result.md, with the pgbench scripts and the app's log beside it.
# PORTICO_PG_LOG names the PostgreSQL server log (default: Debian's /var/log/postgresql/postgresql-15-main.log).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}"
port=8380
db=portico_bench
base="http://127.0.0.1:$port/api/v1"
pglog="${PORTICO_PG_LOG:-/var/log/postgresql/postgresql-15-main.log}"
out=.run/bench
jar=target/quarkus-app/quarkus-run.jar
[[ -f "$jar" ]] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
[[ -r "$pglog" ]] || { echo "cannot read the PostgreSQL log $pglog (set PORTICO_PG_LOG)" >&2; exit 1; }
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v pgbench >/dev/null || { echo "pgbench is missing (Debian: postgresql-client)" >&2; exit 1; }
rm -rf "$out" && mkdir -p "$out"

psql() { command psql -h 127.0.0.1 -U postgres -X -q "$@"; }
psql -c "drop database if exists $db" -c "create database $db" >/dev/null
public_key=$(grep -v -- '-----' src/test/resources/test-keys/public-key.pem | tr -d '\n')
pid=""
rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"; }
stop_app() {
  [[ -n "$pid" ]] || return 0
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
}
trap 'stop_app; psql -c "alter database $db reset all" >/dev/null 2>&1 || true' EXIT
start_app() { # sets pid and ready_ms
  local t0
  t0=$(date +%s%3N)
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$db \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 1000)) PORTICO_API_RATE_LIMIT_REQUESTS=1000000000 \
    PORTICO_DEMO_DATA_ENABLED=true QUARKUS_LOG_LEVEL=WARN PORTICO_OUTBOX_POLL_INTERVAL=off \
    QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_PUBLIC_KEY="$public_key" \
    QUARKUS_OIDC_TOKEN_ISSUER=https://bench.portico.local \
    bash scripts/run-app.sh >>"$out/app.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { tail -n 40 "$out/app.log" >&2; exit 1; }
    sleep 0.05
  done
  ready_ms=$(($(date +%s%3N) - t0))
}

# --- 1. data ------------------------------------------------------------------------------------------------------
echo "starting the app and loading the bench data ..." >&2
start_app
psql -d "$db" -f bench/seed.sql >/dev/null
customer=$(node bench/tokens.mjs customer)
integration=$(node bench/tokens.mjs integration)
sub500=be000000-0000-4000-b010-000000000001
company10k=be000000-0000-4000-a000-000000000010
company100k=be000000-0000-4000-a000-000000000100
# name | token (- = none) | path
reads=(
  "subscriptions, company of 10,000|$customer|/subscriptions?companyId=$company10k&limit=50"
  "subscriptions, company of 100,000|$customer|/subscriptions?companyId=$company100k&limit=50"
  "seats of a subscription with 500|$customer|/subscriptions/$sub500/seats"
  "tickets|$customer|/tickets?companyId=$company10k&limit=50"
  "orders|$customer|/orders?companyId=$company10k&limit=50"
  "catalog page|$customer|/products?companyId=$company10k"
  "company|$customer|/companies/$company10k"
  "/me|$customer|/me"
  "entitlement, customer|$customer|/entitlements?product=ON-TRACK"
  "entitlement, integration|$integration|/entitlements?product=ON-TRACK&email=bench.admin@bench.example"
)
get() { # token path → HTTP status
  curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $1" -H 'Accept: application/json' "$base$2"
}
for entry in "${reads[@]}"; do
  IFS='|' read -r name auth path <<<"$entry"
  status=$(get "$auth" "$path")
  [[ "$status" == 200 ]] || { echo "$name: GET $path answered $status" >&2; exit 1; }
done

# --- 2. capture -----------------------------------------------------------------------------------------------------
echo "capturing each request's SQL ..." >&2
stop_app
psql -c "alter database $db set log_statement = 'all'" >/dev/null
start_app
declare -A statements transactions
i=0
for entry in "${reads[@]}"; do
  IFS='|' read -r name auth path <<<"$entry"
  for _ in 1 2 3 4 5 6; do get "$auth" "$path" >/dev/null; done # warm: prepared statements, caches
  from=$(stat -c %s "$pglog")
  get "$auth" "$path" >/dev/null
  to=$(stat -c %s "$pglog")
  read -r s t < <(node bench/capture.mjs "$pglog" "$from" "$to" "$db" "$out/read-$i.sql" |
    node -e 'const c = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log(c.statements, c.transactions)')
  statements[$i]=$s
  transactions[$i]=$t
  i=$((i + 1))
done
stop_app
psql -c "alter database $db reset log_statement" >/dev/null

# --- 3. load --------------------------------------------------------------------------------------------------------
start_app
rss_ready=$(rss_mib)
echo "app ready after ${ready_ms} ms, RSS ${rss_ready} MiB; measuring (${seconds} s each) ..." >&2
wrk_run() { # connections token path → "req/s p50_ms p99_ms non2xx"
  local header=()
  [[ "$2" == - ]] || header=(-H "Authorization: Bearer $2")
  wrk -t2 -c"$1" -d"${seconds}s" --latency "${header[@]}" -H 'Accept: application/json' "$base$3" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
    /Non-2xx/ { bad = $NF } END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad }'
}
pgbench_tps() { # script → TPS
  pgbench -h 127.0.0.1 -U postgres -n -M prepared -c 16 -j 2 -T "$seconds" -f "$1" "$db" 2>/dev/null |
    awk '/^tps = / { printf "%.0f\n", $3 }'
}
# warm-up: every path runs a while before anything is measured (the JIT compiles what they share)
wrk_run 16 - /client-config >/dev/null
for entry in "${reads[@]}"; do
  IFS='|' read -r name auth path <<<"$entry"
  wrk_run 16 "$auth" "$path" >/dev/null
done
read -r ceil16 c50_16 c99_16 _ < <(wrk_run 16 - /client-config)
read -r ceil64 c50_64 c99_64 _ < <(wrk_run 64 - /client-config)
{
  echo "| request | SQL/req | req/s @16 | p50 | p99 | req/s @64 | p50 | p99 | % of framework | pgbench TPS | % of pgbench |"
  echo "| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |"
  echo "| \`GET /api/v1/client-config\` (framework ceiling: no auth, no DB) | 0 | $ceil16 | $c50_16 ms | $c99_16 ms | $ceil64 | $c50_64 ms | $c99_64 ms | 100 % | – | – |"
} >"$out/result.md"
i=0
for entry in "${reads[@]}"; do
  IFS='|' read -r name auth path <<<"$entry"
  wrk_run 16 "$auth" "$path" >/dev/null # warm-up
  read -r r16 p50_16 p99_16 bad16 < <(wrk_run 16 "$auth" "$path")
  read -r r64 p50_64 p99_64 bad64 < <(wrk_run 64 "$auth" "$path")
  tps=$(pgbench_tps "$out/read-$i.sql")
  note=""
  ((bad16 + bad64 == 0)) || note=" ⚠ $((bad16 + bad64)) non-2xx answers"
  printf '| %s%s | %s (%s tx) | %s | %s ms | %s ms | %s | %s ms | %s ms | %s %% | %s | %s %% |\n' "$name" "$note" \
    "${statements[$i]}" "${transactions[$i]}" "$r16" "$p50_16" "$p99_16" "$r64" "$p50_64" "$p99_64" \
    "$((100 * r16 / ceil16))" "$tps" "$((tps > 0 ? 100 * r16 / tps : 0))" >>"$out/result.md"
  i=$((i + 1))
done
{
  echo
  echo "| write (16 clients) | ok | failed | per s | p50 | p99 |"
  echo "| --- | --: | --: | --: | --: | --: |"
} >>"$out/result.md"
BASE="$base" SECONDS_EACH=$((seconds * 2)) CLIENTS=16 node bench/writes.mjs | tee "$out/writes.jsonl" | node -e '
  for (const line of require("fs").readFileSync(0, "utf8").trim().split("\n")) {
    const w = JSON.parse(line);
    console.log(`| ${w.name} | ${w.ok} | ${w.failed}${w.firstError ? " (" + w.firstError.replace(/\|/g, "/") + ")" : ""} | ${w.perSecond.toFixed(1)} | ${w.p50.toFixed(1)} ms | ${w.p99.toFixed(1)} ms |`);
  }' >>"$out/result.md"
rss_end=$(rss_mib)
{
  echo
  echo "App ready after ${ready_ms} ms; RSS ${rss_ready} MiB when ready, ${rss_end} MiB after the run."
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -n1); app, PostgreSQL, wrk and pgbench share it."
} >>"$out/result.md"
cat "$out/result.md"
