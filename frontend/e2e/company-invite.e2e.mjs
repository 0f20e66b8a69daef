// End-to-end: a company admin signs in through the real Keycloak, invites a colleague, the invitation
// mail arrives, the audit trail shows it, and signing out returns to Keycloak.
//
// Needs the running stack: Portico (PORTAL_URL), Keycloak with the demo realm, and a maildev
// instance (MAIL_API_URL). Run with `npm run e2e`.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import {
  MAIL_API_URL,
  MAIL_TIMEOUT_MS,
  PASSWORD,
  PORTAL_URL,
  TIMEOUT_MS,
  launchBrowser,
  mailsTo,
  steps,
  waitFor,
  watchCsp,
} from './support.mjs';

const USERNAME = process.env.E2E_USERNAME || 'alice.admin@acme.example';
const COMPANY = process.env.E2E_COMPANY || 'Acme Tools GmbH';

const invitee = `e2e-${Date.now()}@example.com`;

let browser;
let page;

function byTestId(id) {
  return page.getByTestId(id);
}

async function expectKeycloakLogin() {
  await page.locator('#username').waitFor({ state: 'visible' });
  assert.ok(page.url().includes('/realms/'), `expected the Keycloak login page, got ${page.url()}`);
  assert.ok(!page.url().startsWith(`${PORTAL_URL}/`), `the login page must not be the portal: ${page.url()}`);
}

const step = steps('company-invite', () => page);

describe('company admin invites a colleague', { concurrency: 1 }, () => {
  before(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'en-US' });
    page = watchCsp(await context.newPage());
    page.setDefaultTimeout(TIMEOUT_MS);
    page.setDefaultNavigationTimeout(TIMEOUT_MS);
  });

  after(async () => {
    await browser?.close();
  });

  step('opening the portal leads to the Keycloak login, and signing in opens the portal', async () => {
    await page.goto(`${PORTAL_URL}/`);
    await expectKeycloakLogin();
    await page.locator('#username').fill(USERNAME);
    await page.locator('#password').fill(PASSWORD);
    await page.locator('#kc-login').click();
    await page.waitForURL((url) => url.href.startsWith(`${PORTAL_URL}/`));
    await byTestId('nav-company').waitFor({ state: 'visible' });
  });

  step('the company page shows the admin’s company', async () => {
    const selector = byTestId('company-selector');
    if (await selector.isVisible()) {
      await selector.selectOption({ label: COMPANY });
    }
    await byTestId('nav-company').click();
    await page.waitForURL(`${PORTAL_URL}/company`);
    await byTestId('company-page').waitFor({ state: 'visible' });
    await page.locator('[data-testid="company-name"]', { hasText: COMPANY }).waitFor({ state: 'visible' });
    // The members table loads after the company details: wait for the admin's row.
    await page.locator(`[data-testid="member-row"][data-email="${USERNAME}"]`).waitFor({ state: 'visible' });
  });

  step('inviting a colleague adds a pending invitation', async () => {
    await byTestId('invite-email').fill(invitee);
    await byTestId('invite-role').selectOption('MEMBER');
    await byTestId('invite-submit').click();
    await page.locator(`[data-testid="invitation-row"][data-email="${invitee}"]`).waitFor({ state: 'visible' });
    assert.equal(await byTestId('problem-alert').count(), 0, 'no problem is shown');
    await byTestId('invite-success').waitFor({ state: 'visible' });
  });

  step('the invitation mail reaches the colleague and names the company', async () => {
    const mails = await waitFor(
      `a mail to ${invitee} at ${MAIL_API_URL}`,
      async () => {
        const found = await mailsTo(invitee);
        return found.length > 0 ? found : undefined;
      },
      MAIL_TIMEOUT_MS,
    );
    assert.equal(mails.length, 1, 'exactly one invitation mail');
    assert.ok(mails[0].subject.includes(COMPANY), `subject "${mails[0].subject}" mentions ${COMPANY}`);
  });

  step('a deep link to the audit trail shows the invitation event', async () => {
    await page.goto(`${PORTAL_URL}/company/audit`);
    await byTestId('audit-page').waitFor({ state: 'visible' });
    assert.equal(new URL(page.url()).pathname, '/company/audit');
    const invited = page.locator('[data-testid="audit-row"][data-action="MEMBER_INVITED"]');
    await invited.first().waitFor({ state: 'visible' });

    // the action filter narrows the trail to that action
    await byTestId('audit-filter-action').fill('MEMBER_INVITED');
    await byTestId('audit-filter-apply').click();
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid="audit-row"]')];
      return rows.length > 0 && rows.every((row) => row.dataset.action === 'MEMBER_INVITED');
    });
  });

  step('signing out returns to the Keycloak login', async () => {
    await byTestId('user-menu').click();
    await byTestId('sign-out').click();
    await expectKeycloakLogin();
    await page.goto(`${PORTAL_URL}/company`);
    await expectKeycloakLogin();
  });

  step('the portal ran under its security headers and broke none of its Content-Security-Policy', async () => {
    const spa = await page.request.get(`${PORTAL_URL}/company`);
    const csp = spa.headers()['content-security-policy'] ?? '';
    assert.match(csp, /script-src 'self'/, `the SPA's pages carry a strict CSP: ${csp}`);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(spa.headers()['x-content-type-options'], 'nosniff');
    assert.equal(spa.headers()['x-frame-options'], 'DENY');
    const api = await page.request.get(`${PORTAL_URL}/api/v1/client-config`);
    assert.equal(api.headers()['cache-control'], 'no-store');
    assert.match(api.headers()['content-security-policy'] ?? '', /default-src 'none'/);
    assert.deepEqual(page.cspViolations, [], 'no page was refused anything by its CSP');
  });
});
