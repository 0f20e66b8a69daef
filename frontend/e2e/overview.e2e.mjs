// End-to-end (#13): billing data checked at checkout, the company-wide license overview, and the password change.
//
// 1. Rita (reseller Resello, Italy, Italian UI) puts the SPID remote signature in her cart and checks out on invoice with
//    the Partita IVA "IT123" and the CAP "ABCDE": both fields show the server's reason in Italian and nothing is
//    ordered; with IT00743110157 and 20121 the order is placed.
// 2. Alice (admin of Acme Tools GmbH, German UI) opens Licenses → the overview of all Acme's licenses: the active
//    ON!Track subscription shows its seats used and free; a seat given to a colleague shows up as a holder and one seat
//    less free; at phone width the page does not scroll sideways; the CSV download has a byte order mark, German
//    headers and the subscription with the colleague.
// 3. A person who just registered changes their password from the user menu: Keycloak's update-password page
//    (kc_action=UPDATE_PASSWORD) opens, and after saving the portal shows the page it started from; the new password
//    signs in. A fresh person, so that the demo users' password stays as every other suite expects.
//
// Needs the running stack (PORTAL_URL, KEYCLOAK_URL, MAIL_API_URL) with the demo data. Run with
// `node --test e2e/overview.e2e.mjs`.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe } from 'node:test';
import {
  KEYCLOAK_URL,
  MAIL_API_URL,
  MAIL_TIMEOUT_MS,
  PORTAL_URL,
  TIMEOUT_MS,
  launchBrowser,
  logIn,
  mailsTo,
  newPerson,
  registerThroughKeycloak,
  steps,
  waitFor,
} from './support.mjs';

const RESELLER_EMAIL = process.env.E2E_RESELLER || 'rita.reseller@resello.example';
const RESELLER_COMPANY_ID = process.env.E2E_RESELLER_COMPANY_ID || 'c0000000-0000-4000-a000-000000000003';
const ADMIN_EMAIL = process.env.E2E_USERNAME || 'alice.admin@acme.example';
const ACME_ID = process.env.E2E_COMPANY_ID || 'a0000000-0000-4000-a000-000000000001';
const RUN = Date.now();
const COLLEAGUE = `overview-${RUN}@example.com`;
const NEWCOMER = { email: `password-${RUN}@example.com`, firstName: 'Paula', lastName: `Passwort ${RUN}` };
const FIRST_PASSWORD = `E2e-first-${RUN}`;
const NEW_PASSWORD = `E2e-second-${RUN}`;

let browser;
/** The page of whoever acts in the current step (for the screenshot on failure). */
let page;
let acmeToken;
let onTrack;
let seatsBefore;
let verificationLink;

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const step = steps('overview', () => page);

/** Resolves with the bearer token of the first API request `personPage` makes (the SPA's own, after sign-in). */
function bearerOf(personPage) {
  const token = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no API request with a bearer token')), TIMEOUT_MS);
    personPage.on('request', async (request) => {
      if (!request.url().startsWith(`${PORTAL_URL}/api/`)) return;
      const authorization = await request.headerValue('authorization').catch(() => null);
      if (authorization?.startsWith('Bearer ')) {
        clearTimeout(timer);
        resolve(authorization.slice('Bearer '.length));
      }
    });
  });
  token.catch(() => {});
  return token;
}

/** The ON!Track row of the overview and its seat numbers. */
async function onTrackRow() {
  const row = page.locator('[data-testid="overview-row"][data-product="ON-TRACK"][data-status="ACTIVE"]').first();
  await row.waitFor({ state: 'visible' });
  const seats = row.getByTestId('overview-seats');
  return {
    row,
    id: await row.getAttribute('data-subscription-id'),
    number: await row.getAttribute('data-number'),
    used: Number(await seats.getAttribute('data-used')),
    free: Number(await seats.getAttribute('data-free')),
    quantity: Number(await seats.getAttribute('data-quantity')),
  };
}

describe('billing data, the license overview and the password change (#13)', { concurrency: 1 }, () => {
  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  step('Rita puts the SPID remote signature in an emptied cart', async () => {
    page = await newPerson(browser);
    await logIn(page, RESELLER_EMAIL, '/cart');
    const selector = page.getByTestId('company-selector');
    if ((await selector.isVisible()) && (await selector.inputValue()) !== RESELLER_COMPANY_ID) {
      await selector.selectOption(RESELLER_COMPANY_ID);
    }
    await page.locator('[data-testid="cart-table"], [data-testid="cart-empty"]').first().waitFor({ state: 'visible' });
    const lines = page.getByTestId('cart-line');
    for (let left = await lines.count(); left > 0; left = await lines.count()) {
      const lineId = await lines.first().getAttribute('data-line-id');
      await lines.first().getByTestId('cart-line-remove').click();
      await page.locator(`[data-testid="cart-line"][data-line-id="${lineId}"]`).waitFor({ state: 'detached' });
    }
    await page.getByTestId('nav-catalog').click();
    await page.getByTestId('product-REMOTE-SIGNATURE').getByTestId('product-open').click();
    await page.getByTestId('variant-SPID').check();
    await page.getByTestId('quantity').fill('1');
    await page.getByTestId('buy-now').click();
    await page.waitForURL(`${PORTAL_URL}/cart`);
    await page.locator('[data-testid="cart-line"][data-product="REMOTE-SIGNATURE"]').waitFor({ state: 'visible' });
  });

  step('a Partita IVA "IT123" and a CAP "ABCDE" are refused with the reasons in Italian, and nothing is ordered', async () => {
    await page.getByTestId('proceed-to-checkout').click();
    await page.waitForURL(`${PORTAL_URL}/checkout`);
    await page.getByTestId('checkout-form').waitFor({ state: 'visible' });
    await page.getByTestId('billing-tax-id').fill('IT123');
    await page.getByTestId('billing-postal-code').fill('ABCDE');
    await page.getByTestId('payment-INVOICE').check();
    await page.getByTestId('po-number').fill(`E2E-OV-${RUN}`);
    await page.getByTestId('billing-confirm').check();
    await page.getByTestId('place-order').click();

    const taxIdError = page.getByTestId('billing-tax-id-error');
    await taxIdError.waitFor({ state: 'visible' });
    assert.match(await taxIdError.innerText(), /non è una partita IVA valida \(paese: Italia, ad esempio IT00743110157\)/);
    assert.match(await page.getByTestId('billing-postal-code-error').innerText(), /non è un codice postale valido \(paese: Italia/);
    assert.equal(await page.getByTestId('billing-tax-id').getAttribute('aria-invalid'), 'true');
    assert.equal(new URL(page.url()).pathname, '/checkout', 'still at checkout');
  });

  step('with IT00743110157 and 20121 the order is placed', async () => {
    await page.getByTestId('billing-tax-id').fill('IT00743110157');
    await page.getByTestId('billing-postal-code').fill('20121');
    await page.getByTestId('place-order').click();
    await page.waitForURL((url) => /^\/orders\/[0-9a-f-]{36}\/success$/i.test(url.pathname));
    await page.context().close();
  });

  step('Alice opens the overview of all Acme licenses from Licenses and sees the seats used and free', async () => {
    page = await newPerson(browser);
    const token = bearerOf(page);
    await logIn(page, ADMIN_EMAIL, '/licenses');
    acmeToken = await token;
    const selector = page.getByTestId('company-selector');
    if ((await selector.isVisible()) && (await selector.inputValue()) !== ACME_ID) await selector.selectOption(ACME_ID);
    await page.getByTestId('licenses-to-overview').click();
    await page.waitForURL(`${PORTAL_URL}/licenses/overview`);
    onTrack = await onTrackRow();
    seatsBefore = onTrack;
    assert.equal(onTrack.quantity, 10);
    assert.equal(onTrack.used + onTrack.free, onTrack.quantity, `used ${onTrack.used} + free ${onTrack.free} are all seats`);
    assert.match(onTrack.number ?? '', /^SUB-\d{6}$/);
    assert.equal(await page.getByTestId('problem-alert').count(), 0, 'no problem is shown');
  });

  step('a seat given to a colleague appears as a holder, one seat less free', async () => {
    const response = await fetch(`${PORTAL_URL}/api/v1/subscriptions/${onTrack.id}/seats`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${acmeToken}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ email: COLLEAGUE }),
    });
    assert.equal(response.status, 201, `the seat answered ${response.status}: ${await response.clone().text()}`);
    await page.reload();
    onTrack = await onTrackRow();
    assert.equal(onTrack.used, seatsBefore.used + 1);
    assert.equal(onTrack.free, seatsBefore.free - 1);
    await onTrack.row.locator(`[data-testid="overview-holder"][data-email="${COLLEAGUE}"]`).waitFor({ state: 'visible' });
  });

  step('at phone width the overview is cards, the page does not scroll sideways and axe finds nothing serious', async () => {
    // a browser of its own with the CSP bypassed only so that axe can be injected (the steps above ran under the CSP)
    const desk = page;
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 }, bypassCSP: true });
    page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    await logIn(page, ADMIN_EMAIL, '/licenses/overview');
    const selector = page.getByTestId('company-selector');
    if ((await selector.isVisible()) && (await selector.inputValue()) !== ACME_ID) await selector.selectOption(ACME_ID);
    const row = (await onTrackRow()).row;
    assert.equal(await row.evaluate((el) => getComputedStyle(el).display), 'block', 'each subscription is a card');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
    await page.addScriptTag({ path: AXE_SCRIPT });
    const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
    // the download button is reached by keyboard
    await page.getByTestId('license-overview-download').focus();
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'license-overview-download');
    await context.close();
    page = desk;
  });

  step('the CSV download has a byte order mark, German headers and the subscription with the colleague', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('license-overview-download').click(),
    ]);
    assert.match(download.suggestedFilename(), /^licenses-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(await download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte order mark');
    const text = bytes.subarray(3).toString('utf8');
    const [header, ...rows] = text.split('\r\n').filter(Boolean);
    assert.match(header, /^Abonnementnummer,Produkt,Status,Laufzeitbeginn,Laufzeitende,Nächste Verlängerung,Lizenzen,/);
    const line = rows.find((r) => r.startsWith(`${onTrack.number},`));
    assert.ok(line, `the CSV lists ${onTrack.number}: ${text}`);
    assert.ok(line.includes(',Aktiv,'), line);
    assert.ok(line.includes(COLLEAGUE), line);
    assert.ok(line.includes(`,10,${onTrack.used},${onTrack.free},`), line);
    await page.context().close();
  });

  step('a newly registered person verifies their email and lands on Licenses', async () => {
    page = await newPerson(browser);
    await page.goto(`${PORTAL_URL}/licenses`);
    await page.locator('#username').waitFor({ state: 'visible' });
    await registerThroughKeycloak(page, NEWCOMER, FIRST_PASSWORD);
    const mail = await waitFor(
      `the verification mail to ${NEWCOMER.email} at ${MAIL_API_URL}`,
      async () => (await mailsTo(NEWCOMER.email)).find((m) => [m.text, m.html].some((part) => part?.includes('action-token'))),
      MAIL_TIMEOUT_MS,
    );
    const link = `${mail.text ?? ''}\n${mail.html ?? ''}`.match(/https?:\/\/[^\s"'<>]+action-token[^\s"'<>]*/)?.[0];
    assert.ok(link, 'the mail has the verification link');
    verificationLink = link.replaceAll('&amp;', '&');
    await page.goto(verificationLink);
    await waitFor(
      'the portal after the verification link',
      async () => {
        if (page.url().startsWith(PORTAL_URL)) return (await page.getByTestId('user-menu').isVisible()) ? true : undefined;
        if (await page.locator('#password-new').isVisible()) {
          await page.locator('#password-new').fill(FIRST_PASSWORD);
          await page.locator('#password-confirm').fill(FIRST_PASSWORD);
          await page.locator('[type="submit"]').first().click();
          await page.waitForLoadState();
          return undefined;
        }
        if (await page.locator('#username').isVisible()) {
          await page.locator('#username').fill(NEWCOMER.email);
          await page.locator('#password').fill(FIRST_PASSWORD);
          await page.locator('#kc-login').click();
          return undefined;
        }
        const proceed = page.getByRole('link', { name: /click here to proceed|back to application/i }).first();
        if (await proceed.isVisible()) await proceed.click();
        return undefined;
      },
      TIMEOUT_MS,
    );
    await page.goto(`${PORTAL_URL}/licenses`);
    await page.getByTestId('licenses-page').waitFor({ state: 'visible' });
  });

  step('Change password opens Keycloak’s update-password page and comes back to Licenses', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('change-password').click();
    await page.locator('#password-new').waitFor({ state: 'visible' });
    const keycloakPage = new URL(page.url());
    assert.ok(page.url().startsWith(KEYCLOAK_URL), `Keycloak's page, not the portal: ${page.url()}`);
    assert.ok(!keycloakPage.pathname.includes('/account'), `not the account console: ${page.url()}`);
    await page.locator('#password-new').fill(NEW_PASSWORD);
    await page.locator('#password-confirm').fill(NEW_PASSWORD);
    await page.locator('[type="submit"]').first().click();
    await page.waitForURL((url) => url.href.startsWith(`${PORTAL_URL}/licenses`));
    await page.getByTestId('licenses-page').waitFor({ state: 'visible' });
    assert.equal(new URL(page.url()).searchParams.get('kc_action_status'), null, 'no action status left in the address');
  });

  step('the new password signs in', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await page.locator('#username').waitFor({ state: 'visible' });
    await logIn(page, NEWCOMER.email, '/licenses', NEW_PASSWORD);
    await page.getByTestId('licenses-page').waitFor({ state: 'visible' });
  });
});
