// End-to-end: seed 000's "add a new person" as the subscription's admin. Alice (Acme's admin) transfers the admin right
// of a subscription to an email that is no member of Acme; the subscription shows the transfer pending and Alice stays
// admin; the invitation mail arrives and leads to the subscription; the new person registers through Keycloak with that
// address, verifies it from the mail, and lands on the subscription as its admin; Alice sees the new admin.
//
// Needs the running stack: Portico (PORTAL_URL) with its demo data, Keycloak with the demo realm (KEYCLOAK_URL) and
// maildev (MAIL_API_URL). Run with `npm run e2e`.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe } from 'node:test';
import {
  KEYCLOAK_URL,
  MAIL_API_URL,
  MAIL_TIMEOUT_MS,
  PORTAL_URL,
  TIMEOUT_MS,
  integrationToken,
  launchBrowser,
  logIn,
  mailsTo,
  newPerson,
  steps,
  waitFor,
  registerThroughKeycloak,
} from './support.mjs';

const ADMIN_EMAIL = process.env.E2E_USERNAME || 'alice.admin@acme.example';
const COMPANY_ID = process.env.E2E_COMPANY_ID || 'a0000000-0000-4000-a000-000000000001';
const COMPANY = process.env.E2E_COMPANY || 'Acme Tools GmbH';
const RUN = Date.now();
const NEW_ADMIN = { email: `new-admin-${RUN}@example.com`, firstName: 'Nora', lastName: `Neumann ${RUN}`, phone: '+4930123456' };
const NEW_ADMIN_PASSWORD = `E2e-portico-${RUN}`;

let browser;
let alice;
let nora;
let page;
let created;
let invitationLink;
let verificationLink;

const step = steps('admin-transfer', () => page);

describe('the admin right goes to a new person, who is invited and lands on the subscription as its admin', { concurrency: 1 }, () => {
  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  step('an active subscription of Acme with Alice as its admin', async () => {
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
        licenseQuantity: 2,
        termMonths: 12,
        autoRenew: true,
        adminEmail: ADMIN_EMAIL,
      }),
    });
    assert.equal(response.status, 201, `POST /api/v1/subscriptions answered ${response.status}: ${await response.clone().text()}`);
    created = await response.json();

    alice = await newPerson(browser);
    page = alice;
    await logIn(page, ADMIN_EMAIL, `/subscriptions/${created.id}/activate`);
    await page.getByTestId('activate-submit').click();
    await page.waitForURL(`${PORTAL_URL}/subscriptions/${created.id}`);
    await page.locator('[data-testid="subscription-status"][data-status="ACTIVE"]').waitFor({ state: 'visible' });
  });

  step('Alice transfers the admin right to a new email: it is pending, and she stays admin', async () => {
    await page.getByTestId('admin-transfer-open').click();
    await page.getByTestId('admin-transfer-dialog').waitFor({ state: 'visible' });
    await page.getByTestId('admin-transfer-email').fill(NEW_ADMIN.email);
    await page.getByTestId('admin-transfer-continue').click();
    // the confirmation (in Alice's language) names the invitee and the subscription
    await page.getByTestId('admin-transfer-submit').waitFor({ state: 'visible' });
    const confirm = page.getByRole('alertdialog').or(page.getByRole('dialog')).first();
    const text = await confirm.innerText();
    assert.ok(text.includes(NEW_ADMIN.email) && text.includes(created.number), `the confirmation names both: ${text}`);
    await page.getByTestId('admin-transfer-submit').click();

    await page.getByTestId('admin-transfer-invited').waitFor({ state: 'visible' });
    await page.locator(`[data-testid="admin-transfer-pending"][data-email="${NEW_ADMIN.email}"]`).waitFor({ state: 'visible' });
    assert.match(await page.getByTestId('subscription-admin').innerText(), new RegExp(ADMIN_EMAIL.replace('.', '\\.')));
    assert.equal(await page.getByTestId('problem-alert').count(), 0, 'no problem is shown');
    await page.getByTestId('admin-transfer-withdraw').waitFor({ state: 'visible' });
  });

  step('the invitation mail reaches the new person, names the subscription and links to it', async () => {
    const mail = await waitFor(
      `the invitation mail to ${NEW_ADMIN.email} at ${MAIL_API_URL}`,
      async () => (await mailsTo(NEW_ADMIN.email)).find((m) => m.subject?.includes(COMPANY)),
      MAIL_TIMEOUT_MS,
    );
    const body = `${mail.text ?? ''}\n${mail.html ?? ''}`;
    assert.ok(body.includes(created.number), `the mail "${mail.subject}" names ${created.number}`);
    invitationLink = body.match(/https?:\/\/[^\s"'<>]+\/subscriptions\/[0-9a-f-]{36}/i)?.[0];
    assert.equal(invitationLink, `${PORTAL_URL}/subscriptions/${created.id}`);
  });

  step('the new person follows the link and registers through Keycloak with that address', async () => {
    nora = await newPerson(browser);
    page = nora;
    await page.goto(invitationLink);
    await page.locator('#username').waitFor({ state: 'visible' });
    assert.ok(page.url().startsWith(KEYCLOAK_URL) || page.url().includes('/realms/'), `expected the Keycloak login, got ${page.url()}`);
    await registerThroughKeycloak(page, NEW_ADMIN, NEW_ADMIN_PASSWORD);
  });

  step('the verification mail from Keycloak arrives', async () => {
    const mail = await waitFor(
      `the verification mail to ${NEW_ADMIN.email} at ${MAIL_API_URL}`,
      async () => (await mailsTo(NEW_ADMIN.email)).find((m) => [m.text, m.html].some((part) => part?.includes('action-token'))),
      MAIL_TIMEOUT_MS,
    );
    const body = `${mail.text ?? ''}\n${mail.html ?? ''}`;
    const link = body.match(/https?:\/\/[^\s"'<>]+action-token[^\s"'<>]*/)?.[0];
    assert.ok(link, `the mail "${mail.subject}" contains the verification link`);
    verificationLink = link.replaceAll('&amp;', '&');
  });

  step('verified and signed in, the new person lands on the subscription as its admin', async () => {
    await page.goto(verificationLink);
    await waitFor(
      'the subscription in the portal, signed in, after the verification link',
      async () => {
        if (page.url().startsWith(`${PORTAL_URL}/subscriptions/${created.id}`)) {
          return (await page.getByTestId('subscription-page').isVisible()) ? true : undefined;
        }
        if (page.url().startsWith(PORTAL_URL)) return undefined;
        if (await page.locator('#password-new').isVisible()) {
          await page.locator('#password-new').fill(NEW_ADMIN_PASSWORD);
          await page.locator('#password-confirm').fill(NEW_ADMIN_PASSWORD);
          await page.locator('[type="submit"]').first().click();
          await page.waitForLoadState();
          return undefined;
        }
        if (await page.locator('#username').isVisible()) {
          await page.locator('#username').fill(NEW_ADMIN.email);
          await page.locator('#password').fill(NEW_ADMIN_PASSWORD);
          await page.locator('#kc-login').click();
          return undefined;
        }
        const proceed = page.getByRole('link', { name: /click here to proceed|back to application/i }).first();
        if (await proceed.isVisible()) await proceed.click();
        return undefined;
      },
      TIMEOUT_MS,
    );
    await page.locator('[data-testid="subscription-number"]', { hasText: created.number }).waitFor({ state: 'visible' });
    await page.locator('[data-testid="subscription-admin"]', { hasText: NEW_ADMIN.email }).waitFor({ state: 'visible' });
    // the admin's own controls: manage its users, transfer the right on; nothing pending any more
    await page.getByTestId('manage-users-link').waitFor({ state: 'visible' });
    await page.getByTestId('admin-transfer-open').waitFor({ state: 'visible' });
    assert.equal(await page.getByTestId('admin-transfer-pending').count(), 0, 'no transfer is pending');
    assert.equal(await page.getByTestId('problem-alert').count(), 0, 'no problem is shown');
  });

  step('Alice sees the new admin and no pending transfer', async () => {
    page = alice;
    await page.reload();
    await page.locator('[data-testid="subscription-admin"]', { hasText: NEW_ADMIN.email }).waitFor({ state: 'visible' });
    assert.equal(await page.getByTestId('admin-transfer-pending').count(), 0, 'no transfer is pending');
    assert.deepEqual([...alice.cspViolations, ...nora.cspViolations], [], 'no page was refused anything by its CSP');
  });
});
