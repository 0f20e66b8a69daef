// bench/webhooks.mjs — the measurements of bench/webhooks.sh (which starts the app): deliveries per second to a local
// receiver against that receiver's ceiling, and the seat assignment with and without an endpoint that wants it.
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { token } from './tokens.mjs';

const port = Number(process.env.PORT ?? 8382);
const db = process.env.DB ?? 'portico_bench_wh';
const events = Number(process.env.EVENTS ?? 3000);
const base = `http://127.0.0.1:${port}/api/v1`;
const company = 'be000000-0000-4000-a000-000000000010'; // Bench 10k (bench/seed.sql), administered by the bench admin
const admin = token('customer');

const sql = (text) => execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', db, '-Atqc', text]).toString().trim();

let received = 0;
const receiver = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    received++;
    response.writeHead(200);
    response.end('ok');
  });
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const hook = `http://127.0.0.1:${receiver.address().port}/hook`;

async function call(method, path, body) {
  const response = await fetch(base + path, { method, body: body && JSON.stringify(body),
    headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json', Accept: 'application/json' } });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

// --- 1. deliveries per second --------------------------------------------------------------------------------
const endpoint = await call('POST', `/companies/${company}/webhook-endpoints`, { url: hook });
async function deliverQueued(count) {
  sql(`with e as (insert into webhook_event (id, type, company_id, occurred_at, payload)
         select gen_random_uuid(), 'seat.revoked', '${company}', now(), '${payload}' from generate_series(1, ${count})
         returning id)
       insert into webhook_delivery (id, event_id, endpoint_id, status, attempts, next_attempt_at, created_at)
       select gen_random_uuid(), e.id, '${endpoint.id}', 'PENDING', 0, now(), now() from e`);
  const started = performance.now();
  while (pending() > 0) await new Promise((resolve) => setTimeout(resolve, 100));
  return count / ((performance.now() - started) / 1000);
}
const payload = JSON.stringify({ type: 'seat.revoked', timestamp: new Date().toISOString(),
  data: { id: crypto.randomUUID(), companyId: company, subscriptionId: crypto.randomUUID(), email: 'bench@bench.example',
    link: `${base}/seats/x` } }).replaceAll("'", "''");
// queued straight in the tables, as emit() writes them: the sender's work alone is timed (after a warm-up batch)
const pending = () => Number(sql(`select count(*) from webhook_delivery where endpoint_id = '${endpoint.id}' and status <> 'SUCCEEDED'`));
await deliverQueued(Math.min(500, events));
const deliveryRate = await deliverQueued(events);

// the receiver's ceiling from one client with the sender's concurrency (50 at a time), same body size
const body = payload.replaceAll("''", "'");
let sent = -Math.min(500, events); // the first ones warm the client up, uncounted
let ceilingStart = performance.now();
await Promise.all(Array.from({ length: 50 }, async () => {
  while (sent < events) {
    if (++sent === 0) ceilingStart = performance.now();
    const response = await fetch(hook, { method: 'POST', body, headers: { 'content-type': 'application/json',
      'webhook-id': crypto.randomUUID(), 'webhook-timestamp': String(Math.floor(Date.now() / 1000)), 'webhook-signature': 'v1,x' } });
    await response.text();
  }
}));
const ceiling = events / ((performance.now() - ceilingStart) / 1000);
await call('DELETE', `/companies/${company}/webhook-endpoints/${endpoint.id}`);

// --- 2. the added cost per seat assignment --------------------------------------------------------------------
function seats() {
  const run = spawnSync('node', ['bench/writes.mjs'], { env: { ...process.env, BASE: base, ONLY: 'seat' }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').pop());
}
seats(); // warm-up: the JIT and the connection pools, before anything counts
// without and with alternate (the machine's load drifts): the endpoint is switched off and on between the runs
const seatHook = await call('POST', `/companies/${company}/webhook-endpoints`, { url: hook, eventTypes: ['seat.assigned'], enabled: false });
async function switchTo(enabled) {
  await fetch(`${base}/companies/${company}/webhook-endpoints/${seatHook.id}`, { method: 'PATCH', body: JSON.stringify({ enabled }),
    headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json', 'If-Match': '*' } });
}
const runs = { without: [], with: [] };
const receivedBefore = received;
for (let round = 0; round < 2; round++) {
  await switchTo(false);
  runs.without.push(seats());
  await switchTo(true);
  runs.with.push(seats());
}
const mean = (list, key) => list.reduce((sum, r) => sum + r[key], 0) / list.length;
const without = { perSecond: mean(runs.without, 'perSecond'), p50: mean(runs.without, 'p50'), p99: mean(runs.without, 'p99') };
const withEndpoint = { perSecond: mean(runs.with, 'perSecond'), p50: mean(runs.with, 'p50'), p99: mean(runs.with, 'p99') };
const queued = Number(sql(`select count(*) from webhook_delivery where endpoint_id = '${seatHook.id}'`));
while (Number(sql(`select count(*) from webhook_delivery where endpoint_id = '${seatHook.id}' and status <> 'SUCCEEDED'`)) > 0) {
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const f = (n, d = 0) => n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
console.log(`| measurement | value | ratio |`);
console.log(`| --- | --: | --: |`);
console.log(`| deliveries/s, ${f(events)} queued (sender: batches of 50, signed, each attempt recorded) | ${f(deliveryRate)} | ${f(100 * deliveryRate / ceiling)} % of the receiver's ceiling (${f(ceiling)} POST/s from Node, 50 at a time) |`);
console.log(`| seat assignments/s without an endpoint (mean of 2 runs) | ${f(without.perSecond)} | p50 ${f(without.p50, 1)} ms, p99 ${f(without.p99, 1)} ms |`);
console.log(`| seat assignments/s with an endpoint wanting seat.assigned (mean of 2 runs, alternating) | ${f(withEndpoint.perSecond)} | ${f(100 * withEndpoint.perSecond / without.perSecond)} % of without; p50 ${f(withEndpoint.p50, 1)} ms (${f(withEndpoint.p50 / without.p50, 2)}×), p99 ${f(withEndpoint.p99, 1)} ms (${f(withEndpoint.p99 / without.p99, 2)}×) |`);
console.log(`| seat.assigned deliveries | ${f(queued)} queued, ${f(received - receivedBefore)} received | every one delivered |`);
receiver.close();
