// scale/faults.test.mjs — the portal under faults (#16): Keycloak unreachable, SMTP down for the whole run,
// PostgreSQL restarted under light load. Run by scripts/faults.sh, which provides the instances:
//   K_URL  an instance whose Keycloak is reached through a proxy this file switches (KEYCLOAK_PROXY_PORT → 8180)
//   L_URL  an instance trusting the tests' key (bench/tokens.mjs), its SMTP on MAIL_SMTP_PORT with nothing there yet
// and MAILDEV_BIN to start the mail server late. Prints what it saw.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { after, test } from 'node:test';
import { personToken } from '../bench/tokens.mjs';

const K = process.env.K_URL;
const L = process.env.L_URL;
const DB = process.env.FAULTS_DB || 'portico_faults';
const KEYCLOAK = process.env.KEYCLOAK_URL || 'http://localhost:8180';
const PROXY_PORT = Number(process.env.KEYCLOAK_PROXY_PORT || 8184);
const SMTP_PORT = Number(process.env.MAIL_SMTP_PORT || 1026);
const MAIL_WEB_PORT = Number(process.env.MAIL_WEB_PORT || 1081);
const ACME = 'a0000000-0000-4000-a000-000000000001';
const RESELLO = 'c0000000-0000-4000-a000-000000000003';
const alice = personToken('5a0f0c3e-0000-4000-a000-000000000001', 'alice.admin@acme.example', 'Alice', 'Adler');
const bogdan = personToken('5a0f0c3e-0000-4000-a000-000000000003', 'bogdan.admin@borealis.example', 'Bogdan', 'Nowak');
const rita = personToken('5a0f0c3e-0000-4000-a000-000000000004', 'rita.reseller@resello.example', 'Rita', 'Rossi');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const cleanup = [];
after(async () => { for (const c of cleanup.reverse()) await c(); });

async function call(base, method, path, token, body, headers = {}) {
  const init = { method, headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    signal: AbortSignal.timeout(20_000) };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  try {
    const response = await fetch(`${base}/api/v1${path}`, init);
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
    return { status: response.status, headers: response.headers, json, text };
  } catch (e) {
    return { status: 0, headers: new Headers(), json: null, text: String(e) };
  }
}

function sql(query) {
  return execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', DB, '-Atc', query], { encoding: 'utf8' }).trim();
}

async function until(what, condition, ms = 60_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

/** A TCP proxy to Keycloak that can be cut: Keycloak "unreachable" without stopping it. */
function keycloakProxy() {
  const target = new URL(KEYCLOAK);
  const sockets = new Set();
  let server = null;
  return {
    async up() {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 80), target.hostname === 'localhost' ? '127.0.0.1' : target.hostname);
        for (const s of [client, upstream]) { sockets.add(s); s.on('close', () => sockets.delete(s)); s.on('error', () => {}); }
        client.pipe(upstream).pipe(client);
      });
      await new Promise((r) => server.listen(PROXY_PORT, '127.0.0.1', r));
    },
    async down() {
      if (!server) return;
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
      server = null;
    },
  };
}

async function integrationToken() {
  const response = await fetch(`${KEYCLOAK}/realms/portico/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'portico-integration',
      client_secret: 'portico-integration-secret' }),
  });
  assert.equal(response.status, 200, 'Keycloak gives the integration a token');
  return (await response.json()).access_token;
}

test('Keycloak unreachable: 503 sign-in-unavailable with Retry-After, then answers again when it is back', async () => {
  const proxy = keycloakProxy();
  cleanup.push(() => proxy.down());
  const token = await integrationToken(); // straight from Keycloak; the instance reaches it only through the proxy
  const down = await call(K, 'GET', `/subscriptions?companyId=${ACME}&limit=1`, token);
  console.log(`Keycloak unreachable: ${down.status} ${down.json?.type} Retry-After=${down.headers.get('retry-after')} requestId=${down.json?.requestId}`);
  assert.equal(down.status, 503, down.text);
  assert.equal(down.json.type, '/problems/sign-in-unavailable');
  assert.ok(Number(down.headers.get('retry-after')) > 0);

  await proxy.up();
  let last = null;
  const back = await until('the instance to check tokens again', async () => {
    last = await call(K, 'GET', `/subscriptions?companyId=${ACME}&limit=1`, token);
    return last.status === 200 ? last : null;
  }, 30_000).catch((e) => assert.fail(`${e.message}; last answer ${last?.status} ${last?.text}`));
  console.log(`Keycloak back: ${back.status}`);

  await proxy.down();
  const cached = await call(K, 'GET', `/subscriptions?companyId=${ACME}&limit=1`, token);
  console.log(`Keycloak gone again after the keys were fetched: ${cached.status}`);
  assert.equal(cached.status, 200, 'tokens are checked with the keys already fetched');
});

test('SMTP down for the whole run: every mail goes out once when it is back', async () => {
  const tag = randomUUID().slice(0, 8);
  const addresses = Array.from({ length: 5 }, (_, i) => `smtp-down${i}.${tag}@example.com`);
  for (const email of addresses) {
    const r = await call(L, 'POST', `/companies/${ACME}/invitations`, alice, { email, role: 'MEMBER' },
      { 'Idempotency-Key': randomUUID() });
    assert.equal(r.status, 201, r.text);
  }
  const like = `recipient like '%.${tag}@example.com'`;
  await until('every mail to have failed at least once', async () =>
    sql(`select count(*) from outbox_message where ${like} and attempts >= 1 and last_error is not null`) === '5');
  console.log(`SMTP down: ${sql(`select string_agg(status || ' after ' || attempts || ' attempts', ', ') from outbox_message where ${like}`)}`);

  const maildev = spawn(process.env.MAILDEV_BIN, ['--ip', '127.0.0.1', '--web-ip', '127.0.0.1', '--smtp', String(SMTP_PORT),
    '--web', String(MAIL_WEB_PORT)], { stdio: 'ignore' });
  cleanup.push(async () => { maildev.kill(); });
  const inbox = async () => {
    try {
      const all = await (await fetch(`http://127.0.0.1:${MAIL_WEB_PORT}/email`)).json();
      return all.filter((m) => m.to?.some((t) => addresses.includes(t.address)));
    } catch { return null; }
  };
  await until('every mail delivered', async () => (await inbox())?.length >= 5, 60_000);
  await until('the outbox to be done', async () => sql(`select count(*) from outbox_message where ${like} and status = 'SENT'`) === '5');
  await sleep(3000); // further polls (every second) would show a second send now
  const got = await inbox();
  console.log(`SMTP back: ${got.length} mails for ${addresses.length} invitations`);
  for (const address of addresses) {
    assert.equal(got.filter((m) => m.to.some((t) => t.address === address)).length, 1, address);
  }
});

test('PostgreSQL restarted under light load: the app answers again and nothing is half-written', {
  skip: process.env.FAULTS_SKIP_PG === '1' && 'FAULTS_SKIP_PG=1: PostgreSQL is not restarted',
}, async () => {
  // a subscription with room for the seat load
  const created = await call(L, 'POST', '/subscriptions', personToken('5a0f0c3e-0000-4000-a000-000000000006', 'bea.backoffice@portico.example', 'Bea', 'Berger', ['backoffice']), {
    companyId: ACME, productCode: 'PROFIS-ENGINEERING', productName: 'PROFIS Engineering Suite', licenseQuantity: 500,
    termMonths: 12, autoRenew: true, adminEmail: 'alice.admin@acme.example',
  }, { 'Idempotency-Key': randomUUID() });
  assert.equal(created.status, 201, created.text);
  const sub = created.json;
  const agreement = await call(L, 'GET', `/subscriptions/${sub.id}/agreement?language=en`, alice);
  assert.equal((await call(L, 'POST', `/subscriptions/${sub.id}/activation`, alice,
    { agreementVersion: agreement.json.version, language: 'en' }, { 'Idempotency-Key': randomUUID() })).status, 200);
  const line = sql(`select l.id from support_contract_line l join support_contract c on c.id = l.contract_id
    where c.number = 'K100300' order by l.id limit 1`);
  const products = await call(L, 'GET', `/products?companyId=${RESELLO}&limit=50`, rita);
  const variant = products.json.items.flatMap((p) => p.variants ?? [])[0];

  const statuses = {};
  let stop = false;
  const count = (kind, status) => { statuses[`${kind} ${status}`] = (statuses[`${kind} ${status}`] ?? 0) + 1; };
  const worker = async (kind, act) => { while (!stop) { count(kind, (await act()).status); await sleep(50); } };
  const load = [
    worker('seat', () => call(L, 'POST', `/subscriptions/${sub.id}/seats`, alice, { email: `load.${randomUUID().slice(0, 12)}@acme.example` },
      { 'Idempotency-Key': randomUUID() })),
    worker('ticket', () => call(L, 'POST', '/tickets', bogdan, { contractLineId: line, title: 'Under load',
      description: 'Written while the database restarts.', attachmentIds: [] }, { 'Idempotency-Key': randomUUID() })),
    worker('checkout', async () => {
      const added = await call(L, 'POST', `/carts/${RESELLO}/lines`, rita, { variantId: variant.id, quantity: 1 });
      if (added.status !== 200) return added;
      return call(L, 'POST', '/orders', rita, { companyId: RESELLO, billingDataConfirmed: true, payment: { method: 'CREDIT' },
        billing: { name: 'Resello Partners S.r.l.', street: 'Via Roma 1', postalCode: '20121', city: 'Milano', taxId: 'IT01234567897' } },
      { 'Idempotency-Key': randomUUID() });
    }),
  ];
  await sleep(3000);
  const t0 = Date.now();
  execFileSync('pg_ctlcluster', ['15', 'main', 'restart'], { stdio: 'inherit' });
  console.log(`PostgreSQL restarted in ${Date.now() - t0} ms`);
  await sleep(5000);
  stop = true;
  await Promise.all(load);
  const again = await until('the app to answer from the database again', async () => {
    const r = await call(L, 'GET', `/subscriptions/${sub.id}`, alice);
    return r.status === 200 ? r : null;
  }, 60_000);
  console.log(`after the restart: ${again.status}; answers during the run: ${JSON.stringify(statuses)}`);

  const checks = {
    'orders without lines': `select count(*) from customer_order o where not exists (select 1 from order_line l where l.order_id = o.id)`,
    'fulfilled orders without an invoice number': `select count(*) from customer_order where status = 'FULFILLED' and invoice_number is null`,
    'credit orders without their debit': `select count(*) from customer_order o where payment_method = 'CREDIT' and status = 'FULFILLED'
      and not exists (select 1 from credit_entry e where e.order_id = o.id and e.kind = 'PURCHASE')`,
    'balances that are not the sum of their entries': `select count(*) from credit_account a
      where balance_minor <> (select coalesce(sum(amount_minor), 0) from credit_entry e where e.company_id = a.company_id)`,
    'seats without their audit event': `select count(*) from seat s where subscription_id = '${sub.id}'
      and not exists (select 1 from audit_event a where a.resource_id = s.id::text and a.action = 'SEAT_ASSIGNED')`,
    'tickets without their audit event': `select count(*) from ticket t
      where not exists (select 1 from audit_event a where a.resource_id = t.id::text and a.action = 'TICKET_OPENED')`,
  };
  for (const [what, query] of Object.entries(checks)) {
    const n = sql(query);
    console.log(`  ${what}: ${n}`);
    assert.equal(n, '0', what);
  }
  assert.ok(Object.keys(statuses).some((k) => k.endsWith(' 201')), 'the load wrote something');
  assert.ok(!Object.keys(statuses).some((k) => k.endsWith(' 500')), `no 500 during the restart: ${JSON.stringify(statuses)}`);
});
