// End-to-end: the back office (an integration client) creates a subscription for Acme, the activation
// mail reaches the subscription admin, the link leads through the Keycloak login to the activation page,
// accepting the agreement activates the subscription, and the admin changes its PO number, downloads the first
// term's invoice as a PDF and changes the payment method to SEPA direct debit.
//
// Needs the running stack: Portico (PORTAL_URL) with its demo data (an agreement for PROFIS-ENGINEERING),
// Keycloak with the demo realm (KEYCLOAK_URL) and maildev (MAIL_API_URL). Run with `npm run e2e`.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import {
  MAIL_API_URL,
  MAIL_TIMEOUT_MS,
  PASSWORD,
  PORTAL_URL,
  TIMEOUT_MS,
  integrationToken,
  launchBrowser,
  mailsTo,
  steps,
  waitFor,
} from './support.mjs';

const ADMIN_EMAIL = process.env.E2E_USERNAME || 'alice.admin@acme.example';
const COMPANY_ID = process.env.E2E_COMPANY_ID || 'a0000000-0000-4000-a000-000000000001';
const LOCALES = new URL('../src/lib/i18n/locales/', import.meta.url);

let browser;
let page;
/** The subscription created by the integration client. */
let created;
let activationLink;

/** The translation of a dotted key in the language the page is shown in. */
async function translation(key) {
  const language = await page.evaluate(() => document.documentElement.lang || 'en');
  const texts = JSON.parse(await readFile(new URL(`${language}.json`, LOCALES), 'utf8'));
  const text = key.split('.').reduce((node, part) => node?.[part], texts);
  assert.equal(typeof text, 'string', `no translation for ${key} in ${language}`);
  return text;
}

function byTestId(id) {
  return page.getByTestId(id);
}

const step = steps('subscription-activation', () => page);

describe('subscription admin activates a new subscription and changes its PO number', { concurrency: 1 }, () => {
  before(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'en-US' });
    page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    page.setDefaultNavigationTimeout(TIMEOUT_MS);
  });

  after(async () => {
    await browser?.close();
  });

  step('the integration client creates a subscription for Acme, pending activation', async () => {
    const token = await integrationToken();
    const response = await fetch(`${PORTAL_URL}/api/v1/subscriptions`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Idempotency-Key': randomUUID(),
      },
      body: JSON.stringify({
        companyId: COMPANY_ID,
        productCode: 'PROFIS-ENGINEERING',
        productName: 'PROFIS Engineering Suite',
        licenseQuantity: 3,
        termMonths: 12,
        autoRenew: true,
        poNumber: 'PO-E2E-1',
        adminEmail: ADMIN_EMAIL,
      }),
    });
    assert.equal(response.status, 201, `POST /api/v1/subscriptions answered ${response.status}: ${await response.clone().text()}`);
    created = await response.json();
    assert.match(created.id, /^[0-9a-f-]{36}$/i);
    assert.match(created.number, /^SUB-\d+$/);
    assert.equal(created.status, 'PENDING_ACTIVATION');
    assert.equal(created.poNumber, 'PO-E2E-1');
  });

  step('the activation mail reaches the admin and links to the activation page', async () => {
    assert.ok(created, 'the subscription was created');
    const mail = await waitFor(
      `the activation mail for ${created.number} to ${ADMIN_EMAIL} at ${MAIL_API_URL}`,
      async () => {
        const mails = await mailsTo(ADMIN_EMAIL);
        return mails.find((m) => [m.subject, m.text, m.html].some((part) => part?.includes(created.number)));
      },
      MAIL_TIMEOUT_MS,
    );
    const body = `${mail.text ?? ''}\n${mail.html ?? ''}`;
    const links = body.match(/https?:\/\/[^\s"'<>]+\/subscriptions\/[0-9a-f-]{36}\/activate/gi) ?? [];
    assert.ok(links.length > 0, `the mail "${mail.subject}" contains an activation link`);
    activationLink = links[0];
    assert.equal(activationLink, `${PORTAL_URL}/subscriptions/${created.id}/activate`);
  });

  step('the link leads through the Keycloak login to the activation page with the agreement', async () => {
    assert.ok(activationLink, 'the activation link was found');
    await page.goto(activationLink);
    await page.locator('#username').waitFor({ state: 'visible' });
    assert.ok(page.url().includes('/realms/'), `expected the Keycloak login page, got ${page.url()}`);
    await page.locator('#username').fill(ADMIN_EMAIL);
    await page.locator('#password').fill(PASSWORD);
    await page.locator('#kc-login').click();
    await page.waitForURL((url) => url.href.startsWith(`${PORTAL_URL}/subscriptions/${created.id}/activate`));
    await byTestId('activate-page').waitFor({ state: 'visible' });
    await page.locator('[data-testid="subscription-number"]', { hasText: created.number }).waitFor({ state: 'visible' });
    await page.locator('[data-testid="subscription-product"]', { hasText: 'PROFIS Engineering Suite' }).waitFor({ state: 'visible' });
    await byTestId('agreement-text').waitFor({ state: 'visible' });
    assert.ok((await byTestId('agreement-text').innerText()).trim().length > 0, 'the agreement has a text');
    assert.match(await byTestId('agreement-version').innerText(), /^\d+$/);
    assert.ok((await byTestId('agreement-sha256').innerText()).trim().length >= 32, 'the agreement shows its SHA-256');
  });

  step('activating opens the manage page with the subscription active', async () => {
    await byTestId('activate-submit').click();
    await page.waitForURL(`${PORTAL_URL}/subscriptions/${created.id}`);
    await byTestId('activation-success').waitFor({ state: 'visible' });
    const status = page.locator('[data-testid="subscription-status"][data-status="ACTIVE"]');
    await status.waitFor({ state: 'visible' });
    assert.equal((await status.innerText()).trim(), await translation('subscriptions.status.ACTIVE'));
    assert.equal(await byTestId('problem-alert').count(), 0, 'no problem is shown');
  });

  step('changing the PO number shows the new value and keeps the old one in the history', async () => {
    await page.locator('[data-testid="po-number-value"]', { hasText: 'PO-E2E-1' }).waitFor({ state: 'visible' });
    await byTestId('po-number-edit').click();
    await byTestId('po-number-input').fill('PO-E2E-2');
    await byTestId('po-number-save').click();
    await page.locator('[data-testid="po-number-value"]', { hasText: 'PO-E2E-2' }).waitFor({ state: 'visible' });
    await page.locator('[data-testid="po-history-row"][data-po-number="PO-E2E-1"]').waitFor({ state: 'visible' });
    assert.equal(await byTestId('problem-alert').count(), 0, 'no problem is shown');
  });

  step('the invoice of the first term downloads as a PDF', async () => {
    await byTestId('invoices-section').waitFor({ state: 'visible' });
    const rows = byTestId('invoice-row');
    await rows.first().waitFor({ state: 'visible' });
    assert.equal(await rows.count(), 1, 'the invoices table has one row, the first term');
    const number = await rows.first().getAttribute('data-number');
    assert.ok(number, 'the invoice row names its number');
    const [download] = await Promise.all([page.waitForEvent('download'), rows.first().getByTestId('invoice-download').click()]);
    assert.equal(download.suggestedFilename(), `${number}.pdf`);
    const file = join(await mkdtemp(join(tmpdir(), 'portico-e2e-')), `${number}.pdf`);
    await download.saveAs(file);
    const pdf = await readFile(file);
    assert.ok(pdf.length > 1024, `the PDF has more than 1 KB (it has ${pdf.length} bytes)`);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', 'the file starts with %PDF-');
    assert.match(pdf.subarray(-64).toString('latin1'), /%%EOF\s*$/, 'the file ends with %%EOF');
    assert.equal(await byTestId('problem-alert').count(), 0, 'no problem is shown');
  });

  step('changing the payment method to SEPA shows only the masked IBAN; a wrong check digit is refused', async () => {
    const iban = 'DE89 3704 0044 0532 0130 00';
    await byTestId('payment-method-change').click();
    await byTestId('payment-type').selectOption('SEPA_DEBIT');
    await byTestId('sepa-iban').fill(iban);
    await byTestId('sepa-holder').fill('Acme Tools GmbH');
    await byTestId('payment-save').click();
    await byTestId('payment-method-success').waitFor({ state: 'visible' });
    const display = await byTestId('payment-method-value').innerText();
    assert.ok(display.includes('DE89'), `the display "${display}" shows the country and check digits`);
    assert.ok(display.includes('3000'), `the display "${display}" shows the last four digits`);
    assert.ok(!display.replace(/\s/g, '').includes(iban.replace(/\s/g, '')), `the display "${display}" does not show the full IBAN`);
    assert.equal(await byTestId('sepa-iban').count(), 0, 'the form is closed and cleared');

    await byTestId('payment-method-change').click();
    await byTestId('payment-type').selectOption('SEPA_DEBIT');
    await byTestId('sepa-iban').fill('DE88 3704 0044 0532 0130 00');
    await byTestId('sepa-holder').fill('Acme Tools GmbH');
    await byTestId('payment-save').click();
    await byTestId('sepa-iban-error').waitFor({ state: 'visible' });
    assert.ok((await byTestId('sepa-iban-error').innerText()).trim().length > 0, 'the IBAN field says what is wrong');
    assert.equal(await byTestId('sepa-iban').getAttribute('aria-invalid'), 'true');
    assert.ok((await byTestId('payment-method-value').innerText()).includes('3000'), 'the saved SEPA mandate is unchanged');
  });

  step('the list shows the subscription with its new PO number', async () => {
    await page.goto(`${PORTAL_URL}/subscriptions?q=${encodeURIComponent(created.number)}`);
    await byTestId('subscriptions-page').waitFor({ state: 'visible' });
    const selector = byTestId('company-selector');
    if ((await selector.isVisible()) && (await selector.inputValue()) !== COMPANY_ID) {
      await selector.selectOption(COMPANY_ID);
    }
    const row = page.locator(`[data-testid="subscription-row"][data-number="${created.number}"]`);
    await row.waitFor({ state: 'visible' });
    await row.locator('text=PO-E2E-2').waitFor({ state: 'visible' });
    await row.getByTestId('subscription-menu').click();
    await row.getByTestId('subscription-manage').waitFor({ state: 'visible' });
    assert.equal(await row.getByTestId('subscription-activate-link').count(), 0, 'an active subscription offers no Activate');
  });
});
