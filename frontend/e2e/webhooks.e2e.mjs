// End-to-end: signed webhooks. A receiver starts on 127.0.0.1 (the app under test allows that host through
// PORTICO_WEBHOOKS_ALLOWED_HOSTS); the Acme admin registers it under Company → Integrations for seat.assigned and
// copies the secret shown once, gives someone a seat on the active ON-TRACK subscription, and the receiver gets the
// event with a valid Standard Webhooks signature; the admin sees the delivery in the endpoint's log, resends it, and
// the receiver gets it again with the same webhook-id.
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { after, before, describe } from 'node:test';
import { PORTAL_URL, TIMEOUT_MS, launchBrowser, logIn, newPerson, steps, waitFor } from './support.mjs';

const ADMIN_EMAIL = process.env.E2E_USERNAME || 'alice.admin@acme.example';
const COMPANY_ID = process.env.E2E_COMPANY_ID || 'a0000000-0000-4000-a000-000000000001';
const PRODUCT_CODE = 'ON-TRACK';

let browser;
let page;
let server;
let hookUrl;
let secret;
const seatEmail = `webhook-${Math.random().toString(36).slice(2, 10)}@example.com`;
/** Every request the receiver got: headers, body, and whether its signature verified. */
const received = [];

/** Verifies a Standard Webhooks signature (v1 HMAC-SHA256 over id.timestamp.body) as a receiver would. */
function verified(headers, body) {
  if (!secret) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key)
    .update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`)
    .digest();
  return String(headers['webhook-signature'] ?? '')
    .split(' ')
    .some((signature) => {
      const [version, value] = signature.split(',');
      const given = Buffer.from(value ?? '', 'base64');
      return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
    });
}

/** The endpoint's card on the Integrations page. */
const endpointCard = () => page.locator('[data-testid="webhook-endpoint"]', { hasText: hookUrl });

/** The seat.assigned delivery of this run in the open log, once its status is `status` (refreshing the log). */
async function deliveryWithStatus(status) {
  return waitFor(
    `a ${status} seat.assigned delivery in the log`,
    async () => {
      await endpointCard().getByTestId('webhook-deliveries-refresh').click();
      const row = endpointCard().locator(`[data-testid="webhook-delivery"][data-event-type="seat.assigned"][data-status="${status}"]`);
      return (await row.count()) > 0 ? row.first() : undefined;
    },
    TIMEOUT_MS,
  );
}

const step = steps('webhooks', () => page);

describe('a company admin receives signed webhooks and resends one', { concurrency: 1 }, () => {
  before(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body, verified: verified(request.headers, body) });
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('thanks');
      });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    hookUrl = `http://127.0.0.1:${server.address().port}/hook-${Date.now()}`;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  });

  step('the admin registers the receiver under Company → Integrations and sees the secret once', async () => {
    page = await newPerson(browser);
    await logIn(page, ADMIN_EMAIL, '/company');
    const selector = page.getByTestId('company-selector');
    await page.getByTestId('nav-licenses').waitFor({ state: 'visible' });
    if ((await selector.isVisible()) && (await selector.inputValue()) !== COMPANY_ID) {
      await selector.selectOption(COMPANY_ID);
    }
    await page.getByTestId('integrations-link').click();
    await page.getByTestId('integrations-page').waitFor({ state: 'visible' });
    await page.getByTestId('webhook-url').fill(hookUrl);
    await page.getByTestId('webhook-description').fill('E2E receiver');
    await page.getByTestId('webhook-form').locator('summary').click();
    await page.getByTestId('webhook-type-seat.assigned').check();
    await page.getByTestId('webhook-create').click();
    secret = (await page.getByTestId('webhook-secret').innerText()).trim();
    assert.match(secret, /^whsec_[A-Za-z0-9+/=]+$/, 'the secret is shown');
    await endpointCard().waitFor({ state: 'visible' });
    await page.getByTestId('webhook-secret-done').click();
    await page.getByTestId('webhook-secret-box').waitFor({ state: 'detached' });
    assert.equal(await page.getByTestId('problem-alert').count(), 0, 'no problem is shown');
  });

  step('the admin gives someone a seat on the active ON-TRACK subscription', async () => {
    await page.goto(`${PORTAL_URL}/subscriptions`);
    await page.getByTestId('subscriptions-page').waitFor({ state: 'visible' });
    await page.getByTestId('status-filter').selectOption('ACTIVE');
    const row = page.locator(`[data-testid="subscription-row"][data-product="${PRODUCT_CODE}"][data-status="ACTIVE"]`).first();
    await row.waitFor({ state: 'visible' });
    await row.getByTestId('subscription-menu').click();
    await row.getByTestId('subscription-users').click();
    await page.getByTestId('seats-page').waitFor({ state: 'visible' });
    const today = await page.getByTestId('seat-assign-from').inputValue();
    const [y, m, d] = today.split('-').map(Number);
    await page.getByTestId('seat-assign-email').fill(seatEmail);
    await page.getByTestId('seat-assign-until').fill(new Date(Date.UTC(y, m - 1, d + 7)).toISOString().slice(0, 10));
    await page.getByTestId('seat-assign-submit').click();
    await page.getByTestId('seat-assign-success').waitFor({ state: 'visible' });
  });

  step('the receiver gets seat.assigned, signed with the secret', async () => {
    const event = await waitFor(
      'the seat.assigned event at the receiver',
      () => received.find((r) => r.body.includes(seatEmail)),
      TIMEOUT_MS,
    );
    assert.ok(event.verified, 'the webhook-signature verifies with the secret');
    const payload = JSON.parse(event.body);
    assert.equal(payload.type, 'seat.assigned');
    assert.equal(payload.data.email, seatEmail);
    assert.equal(payload.data.companyId, COMPANY_ID);
    assert.match(payload.data.link, /\/api\/v1\/seats\/[0-9a-f-]{36}$/);
  });

  step('the admin sees the delivery in the log and resends it: the receiver gets it again, same webhook-id', async () => {
    await page.goto(`${PORTAL_URL}/company/integrations`);
    await endpointCard().waitFor({ state: 'visible' });
    await endpointCard().getByTestId('webhook-deliveries-toggle').click();
    const delivered = await deliveryWithStatus('SUCCEEDED');
    assert.equal(await delivered.getByTestId('webhook-delivery-attempts').innerText(), '1');
    const first = received.find((r) => r.body.includes(seatEmail));
    await delivered.getByTestId('webhook-delivery-resend').click();
    const again = await waitFor(
      'the resent event at the receiver',
      () => received.filter((r) => r.body.includes(seatEmail)).at(1),
      TIMEOUT_MS,
    );
    assert.equal(again.headers['webhook-id'], first.headers['webhook-id'], 'a resend keeps the webhook-id');
    assert.ok(again.verified, 'the resend is signed too');
    const twice = await waitFor(
      'the log showing two attempts',
      async () => {
        const row = await deliveryWithStatus('SUCCEEDED');
        return (await row.getByTestId('webhook-delivery-attempts').innerText()) === '2' ? row : undefined;
      },
      TIMEOUT_MS,
    );
    assert.ok(twice, 'the log shows the second attempt');
    assert.equal(await page.getByTestId('problem-alert').count(), 0, 'no problem is shown');
  });
});
