// bench/writes.mjs — throughput and latency of the writes, each from CLIENTS concurrent clients for SECONDS:
//   seat      POST /subscriptions/{id}/seats, a new address each time, on one subscription (they queue on its lock)
//   ticket    POST /tickets on the bench contract's line (two mails in the outbox each)
//   checkout  POST /carts/{company}/lines then POST /orders paid from the reseller's credit, one buyer per client
//             (they queue on the one credit row); the latency is the order's alone
// Prints one JSON line per write: {name, ok, failed, perSecond, p50, p99}. Called by bench/run.sh; ONLY=seat,
// ticket or checkout runs just that one.
import crypto from 'node:crypto';
import { token } from './tokens.mjs';

const base = process.env.BASE ?? 'http://127.0.0.1:8380/api/v1';
const seconds = Number(process.env.SECONDS_EACH ?? 10);
const clients = Number(process.env.CLIENTS ?? 16);
const reseller = 'c0000000-0000-4000-a000-000000000003';

async function call(auth, method, path, body, headers = {}) {
  const response = await fetch(base + path, { method, body: body && JSON.stringify(body),
    headers: { Authorization: `Bearer ${auth}`, 'Content-Type': 'application/json', Accept: 'application/json', ...headers } });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

const only = process.env.ONLY; // one of seat, ticket, checkout: just that one

async function measure(name, setup, step) {
  if (only && !name.includes(only)) return;
  const latencies = [];
  let failed = 0;
  let firstError;
  const contexts = await Promise.all(Array.from({ length: clients }, (_, i) => setup(i + 1)));
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(contexts.map(async (context, i) => {
    for (let k = 0; Date.now() < deadline; k++) {
      try {
        latencies.push(await step(context, i + 1, k));
      } catch (e) {
        failed++;
        firstError ??= e.message;
      }
    }
  }));
  latencies.sort((a, b) => a - b);
  console.log(JSON.stringify({ name, ok: latencies.length, failed, perSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), firstError }));
}

async function timed(promise) {
  const started = process.hrtime.bigint();
  await promise;
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const admin = token('customer');
const run = crypto.randomUUID().slice(0, 8);
await measure('assign a seat', async () => admin, (auth, i, k) => timed(call(auth, 'POST',
  '/subscriptions/be000000-0000-4000-b010-000000000002/seats', { email: `s-${run}-${i}-${k}@bench.example` })));
await measure('open a ticket', async () => admin, (auth, i, k) => timed(call(auth, 'POST', '/tickets', {
  contractLineId: 'be000000-0000-4000-c100-000000000010', title: `Bench ${run} ${i}-${k}`,
  description: 'The device does not start.' })));
const product = only && only !== 'checkout' ? null : await call(token('buyer', 1), 'GET', `/products/d0000000-0000-4000-a000-000000000001?companyId=${reseller}`);
const variant = product?.variants.find((v) => v.code === 'SPID');
const checkout = { companyId: reseller, billingDataConfirmed: true, payment: { method: 'CREDIT' },
  billing: { name: 'Resello Partners S.r.l.', street: 'Via dei Rivenditori 3', postalCode: '20121', city: 'Milano' } };
await measure('checkout from credit', async (n) => token('buyer', n), async (auth) => {
  await call(auth, 'POST', `/carts/${reseller}/lines`, { variantId: variant.id, quantity: 1 });
  return timed(call(auth, 'POST', '/orders', checkout, { 'Idempotency-Key': crypto.randomUUID() }));
});
