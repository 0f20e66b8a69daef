// scale/two-instances.test.mjs — two app instances on one database behave as one portal (#16).
// Run by scripts/two-instances.sh, which starts the instances (A_URL, B_URL) with the demo data, the mail catcher
// (MAIL_API_URL) and the database (SCALE_DB), and trusts the bench's test key for tokens (bench/tokens.mjs).
// Every step sends its requests to both instances; what must happen once is counted in the database and the inbox.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { before, test } from 'node:test';
import { integrationToken, personToken } from '../bench/tokens.mjs';

const A = process.env.A_URL || 'http://127.0.0.1:8281';
const B = process.env.B_URL || 'http://127.0.0.1:8282';
const MAIL = process.env.MAIL_API_URL || 'http://127.0.0.1:1080';
const DB = process.env.SCALE_DB || 'portico_scale';
const ACME = 'a0000000-0000-4000-a000-000000000001';
const RESELLO = 'c0000000-0000-4000-a000-000000000003';
const alice = personToken('5a0f0c3e-0000-4000-a000-000000000001', 'alice.admin@acme.example', 'Alice', 'Adler');
const rita = personToken('5a0f0c3e-0000-4000-a000-000000000004', 'rita.reseller@resello.example', 'Rita', 'Rossi');
const integration = integrationToken(['subscriptions:write', 'subscriptions:read']);
const both = (i) => (i % 2 === 0 ? A : B);

async function call(base, method, path, token, body, headers = {}) {
  const init = { method, headers: { Accept: 'application/json', Authorization: `Bearer ${token}`, ...headers } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(`${base}/api/v1${path}`, init);
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { /* a file */ }
  return { status: response.status, headers: response.headers, json, text };
}

function sql(query) {
  return execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', DB, '-Atc', query], { encoding: 'utf8' }).trim();
}

async function until(what, condition, ms = 30_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function mailsTo(address) {
  const all = await (await fetch(`${MAIL}/email`)).json();
  return all.filter((m) => m.to?.some((t) => t.address.toLowerCase() === address.toLowerCase()));
}

/** A subscription for Acme pending activation, created by the integration (alternately on A and B). */
async function pendingSubscription(i, licenses, adminEmail = 'alice.admin@acme.example') {
  const created = await call(both(i), 'POST', '/subscriptions', integration, {
    companyId: ACME, productCode: 'PROFIS-ENGINEERING', productName: 'PROFIS Engineering Suite',
    licenseQuantity: licenses, termMonths: 12, autoRenew: true, adminEmail,
  }, { 'Idempotency-Key': randomUUID() });
  assert.equal(created.status, 201, created.text);
  return created.json;
}

before(async () => {
  for (const base of [A, B]) {
    const config = await fetch(`${base}/api/v1/client-config`);
    assert.equal(config.status, 200, `${base} answers`);
  }
});

test('a seat race split across both instances has exactly one winner', async () => {
  const sub = await pendingSubscription(0, 2); // the admin takes one seat at activation: one left to race for
  const agreement = await call(B, 'GET', `/subscriptions/${sub.id}/agreement?language=en`, alice);
  assert.equal(agreement.status, 200, agreement.text);
  const activated = await call(A, 'POST', `/subscriptions/${sub.id}/activation`, alice,
    { agreementVersion: agreement.json.version, language: 'en' }, { 'Idempotency-Key': randomUUID() });
  assert.equal(activated.status, 200, activated.text);

  const answers = await Promise.all(Array.from({ length: 16 }, (_, i) =>
    call(both(i), 'POST', `/subscriptions/${sub.id}/seats`, alice, { email: `racer${i}.${randomUUID().slice(0, 8)}@acme.example` },
      { 'Idempotency-Key': randomUUID() })));
  const won = answers.filter((a) => a.status === 201);
  assert.equal(won.length, 1, `statuses: ${answers.map((a) => a.status).join(',')}; ${answers.find((a) => a.status !== 201)?.text}`);
  assert.ok(answers.every((a) => a.status === 201 || a.status === 409 || a.status === 422),
    `only refusals besides the winner: ${answers.map((a) => a.status).join(',')}`);
  assert.equal(sql(`select count(*) from seat where subscription_id = '${sub.id}'`), '2', 'the admin\'s and the winner\'s');
});

test('an Idempotency-Key replayed against the other instance returns the first order', async () => {
  const products = await call(A, 'GET', `/products?companyId=${RESELLO}&limit=50`, rita);
  assert.equal(products.status, 200, products.text);
  const variant = products.json.items.find((p) => p.code === 'ON-TRACK')?.variants?.[0]
    ?? products.json.items.flatMap((p) => p.variants ?? [])[0];
  assert.ok(variant, 'a variant to buy');
  const line = await call(B, 'POST', `/carts/${RESELLO}/lines`, rita, { variantId: variant.id, quantity: 1 });
  assert.equal(line.status, 200, line.text);
  const key = randomUUID();
  const checkout = {
    companyId: RESELLO, billingDataConfirmed: true,
    billing: { name: 'Resello Partners S.r.l.', street: 'Via Roma 1', postalCode: '20121', city: 'Milano', taxId: 'IT01234567897' },
    payment: { method: 'CREDIT' },
  };
  const first = await call(A, 'POST', '/orders', rita, checkout, { 'Idempotency-Key': key });
  assert.equal(first.status, 201, first.text);
  const replay = await call(B, 'POST', '/orders', rita, checkout, { 'Idempotency-Key': key });
  assert.equal(replay.status, 201, replay.text);
  assert.equal(replay.headers.get('idempotent-replayed'), 'true');
  assert.equal(replay.json.id, first.json.id);
  assert.equal(sql(`select count(*) from customer_order where id = '${first.json.id}'`), '1');
  assert.equal(sql(`select count(*) from credit_entry where order_id = '${first.json.id}'`), '1', 'debited once');
});

test('an attachment uploaded through one instance is downloaded through the other', async () => {
  const bytes = Buffer.from(`log line ${randomUUID()}\n`.repeat(5000));
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: 'text/plain' }), 'server.log');
  const uploaded = await call(A, 'POST', '/ticket-attachments', alice, form);
  assert.equal(uploaded.status, 201, uploaded.text);
  const response = await fetch(`${B}/api/v1/ticket-attachments/${uploaded.json.id}`,
    { headers: { Authorization: `Bearer ${alice}` } });
  assert.equal(response.status, 200);
  assert.deepEqual(Buffer.from(await response.arrayBuffer()), bytes);
});

test('a limit counted in PostgreSQL holds across both instances', async () => {
  const n = randomUUID();
  const claimer = personToken(randomUUID(), `claimer.${n.slice(0, 8)}@example.com`, 'Claire', 'Claimer');
  const statuses = [];
  for (let i = 0; i < 6; i++) {
    const answer = await call(both(i), 'POST', '/contract-claims', claimer,
      { country: 'PL', taxId: '7740001454', contractNumber: 'K100200', serialOrLicenseKey: `WRONG-${i}` },
      { 'Idempotency-Key': randomUUID() });
    statuses.push(answer.status);
  }
  assert.deepEqual(statuses.slice(0, 5).map((s) => s !== 429), [true, true, true, true, true], statuses.join(','));
  assert.equal(statuses[5], 429, `the sixth attempt, on the other instance: ${statuses.join(',')}`);
});

test('mail queued on both instances is sent exactly once', async () => {
  const tag = randomUUID().slice(0, 8);
  const addresses = Array.from({ length: 6 }, (_, i) => `invitee${i}.${tag}@example.com`);
  for (const [i, email] of addresses.entries()) {
    const invited = await call(both(i), 'POST', `/companies/${ACME}/invitations`, alice, { email, role: 'MEMBER' },
      { 'Idempotency-Key': randomUUID() });
    assert.equal(invited.status, 201, invited.text);
  }
  await until('every invitation mailed', async () => {
    const counts = await Promise.all(addresses.map(async (a) => (await mailsTo(a)).length));
    return counts.every((c) => c >= 1);
  });
  await until('both senders idle on these mails', async () => sql(
    `select count(*) from outbox_message where recipient like '%.${tag}@example.com' and status <> 'SENT'`) === '0');
  await new Promise((r) => setTimeout(r, 2500)); // two more polls of each sender (1 s): a double send would show now
  for (const address of addresses) {
    assert.equal((await mailsTo(address)).length, 1, `one mail to ${address}`);
  }
});

test('the lifecycle job running on both instances lapses each overdue subscription once', async () => {
  const subs = [];
  for (let i = 0; i < 4; i++) subs.push(await pendingSubscription(i, 2));
  const ids = subs.map((s) => `'${s.id}'`).join(',');
  sql(`update subscription set activation_deadline = current_date - 2 where id in (${ids})`);
  await until('every one lapsed', async () => sql(
    `select count(*) from subscription where id in (${ids}) and status = 'LAPSED'`) === String(subs.length), 60_000);
  await new Promise((r) => setTimeout(r, 2500)); // a second run of each instance's job
  assert.equal(sql(`select count(*) from audit_event where action = 'SUBSCRIPTION_LAPSED' and resource_id in (${ids})`),
    String(subs.length));
  assert.equal(sql(`select count(*) from outbox_message where template = 'subscription/lapsed'
    and created_at > now() - interval '5 minutes' and recipient = 'alice.admin@acme.example'`), String(subs.length));
});
