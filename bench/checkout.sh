#!/usr/bin/env bash
# bench/checkout.sh — throughput and latency of checkout (cart line + POST /api/v1/orders paid from credit).
#
#   ./mvnw -B package -DskipTests && bash bench/checkout.sh [seconds] [buyers]
#
# Starts the packaged app on 127.0.0.1:8380 against a throwaway database (portico_bench) with the demo data, gives
# the demo reseller (Resello, GOLD tier, IT VAT) [buyers] extra admins and a large prepaid balance, then each buyer
# loops for [seconds]: add one "Remote signature — SPID" to the cart, check out with credit and a fresh
# Idempotency-Key. Every checkout locks the one credit row of the company (that is the point: all buyers queue on
# it), creates a subscription pending activation, an invoice number, audit entries and two outbox mails. Tokens
# are signed with the test-only key (src/test/resources/test-keys): no Keycloak needed. Mail sending is off (the
# outbox keeps the mails). Loopback only; the app is stopped when done.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
buyers="${2:-4}"
jar=target/quarkus-app/quarkus-run.jar
[[ -f "$jar" ]] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }

psql -h 127.0.0.1 -U postgres -qc "drop database if exists portico_bench" -c "create database portico_bench" >/dev/null
public_key=$(grep -v -- '-----' src/test/resources/test-keys/public-key.pem | tr -d '\n')
log=$(mktemp)
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/portico_bench \
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=8380 QUARKUS_MANAGEMENT_PORT=9380 PORTICO_API_RATE_LIMIT_REQUESTS=1000000000 \
  PORTICO_DEMO_DATA_ENABLED=true QUARKUS_LOG_LEVEL=WARN PORTICO_OUTBOX_POLL_INTERVAL=off \
  QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_PUBLIC_KEY="$public_key" QUARKUS_OIDC_TOKEN_ISSUER=https://bench.portico.local \
  java -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
until curl -fs -o /dev/null http://127.0.0.1:8380/q/health/ready; do
  kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.2
done

psql -h 127.0.0.1 -U postgres -d portico_bench -q -v buyers="$buyers" <<'SQL'
insert into app_user (id, subject, email, email_verified, first_name, last_name, locale, created_at, updated_at)
select ('00000000-0000-4000-b000-' || lpad(n::text, 12, '0'))::uuid, ('00000000-0000-4000-b000-' || lpad(n::text, 12, '0')),
       'bench' || n || '@resello.example', true, 'Bench', 'Buyer ' || n, 'it', now(), now()
  from generate_series(1, :buyers) as n;
insert into membership (id, company_id, user_id, role, joined_at, version)
select gen_random_uuid(), 'c0000000-0000-4000-a000-000000000003', ('00000000-0000-4000-b000-' || lpad(n::text, 12, '0'))::uuid,
       'ADMIN', now(), 0
  from generate_series(1, :buyers) as n;
update credit_account set balance_minor = 1000000000 where company_id = 'c0000000-0000-4000-a000-000000000003';
SQL

SECONDS_TO_RUN="$seconds" BUYERS="$buyers" node - <<'JS'
const crypto = require('crypto');
const fs = require('fs');
const base = 'http://127.0.0.1:8380/api/v1';
const company = 'c0000000-0000-4000-a000-000000000003';
const key = fs.readFileSync('src/test/resources/test-keys/private-key.pem');
const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
function token(n) {
  const now = Math.floor(Date.now() / 1000);
  const head = b64({ alg: 'RS256', typ: 'JWT', kid: 'test' });
  const body = b64({ iss: 'https://bench.portico.local', sub: `00000000-0000-4000-b000-${String(n).padStart(12, '0')}`,
    email: `bench${n}@resello.example`, email_verified: true, aud: 'portico-api', azp: 'bench',
    realm_access: { roles: ['customer'] }, iat: now, exp: now + 3600 });
  return `${head}.${body}.${crypto.sign('RSA-SHA256', Buffer.from(`${head}.${body}`), key).toString('base64url')}`;
}
async function call(auth, method, path, body, extra = {}) {
  const response = await fetch(base + path, { method, headers: { Authorization: `Bearer ${auth}`,
    'Content-Type': 'application/json', ...extra }, body: body && JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
(async () => {
  const seconds = Number(process.env.SECONDS_TO_RUN);
  const buyers = Number(process.env.BUYERS);
  const auth = token(1);
  const product = await call(auth, 'GET', `/products/d0000000-0000-4000-a000-000000000001?companyId=${company}`);
  const variant = product.variants.find((v) => v.code === 'SPID');
  const billing = { name: 'Resello Partners S.r.l.', street: 'Via dei Rivenditori 3', postalCode: '20121', city: 'Milano' };
  const checkout = { companyId: company, billingDataConfirmed: true, billing, payment: { method: 'CREDIT' } };
  // warm-up: a few purchases per buyer
  const tokens = Array.from({ length: buyers }, (_, i) => token(i + 1));
  for (const t of tokens) {
    for (let i = 0; i < 5; i++) {
      await call(t, 'POST', `/carts/${company}/lines`, { variantId: variant.id, quantity: 1 });
      await call(t, 'POST', '/orders', checkout, { 'Idempotency-Key': crypto.randomUUID() });
    }
  }
  const latencies = [];
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(tokens.map(async (t) => {
    while (Date.now() < deadline) {
      await call(t, 'POST', `/carts/${company}/lines`, { variantId: variant.id, quantity: 1 });
      const started = process.hrtime.bigint();
      await call(t, 'POST', '/orders', checkout, { 'Idempotency-Key': crypto.randomUUID() });
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }));
  latencies.sort((a, b) => a - b);
  const account = await call(auth, 'GET', `/credit-accounts/${company}`);
  console.log(`checkouts: ${latencies.length} in ${seconds}s with ${buyers} buyers = ${(latencies.length / seconds).toFixed(1)}/s`
    + ` (each also added its cart line first)`);
  console.log(`checkout latency ms: p50 ${percentile(latencies, 0.5).toFixed(1)}, p90 ${percentile(latencies, 0.9).toFixed(1)},`
    + ` p99 ${percentile(latencies, 0.99).toFixed(1)}, max ${latencies[latencies.length - 1].toFixed(1)}`);
  console.log(`balance after: ${account.balance.amount} ${account.balance.currency} minor units`);
})().catch((e) => { console.error(e); process.exit(1); });
JS
psql -h 127.0.0.1 -U postgres -d portico_bench -Atc "select 'ledger entries below zero: ' || count(*) from credit_entry where balance_after_minor < 0"
echo "app RSS after the run: $(awk '/^VmRSS:/ { printf "%.0f MiB", $2 / 1024 }' /proc/$pid/status)"
