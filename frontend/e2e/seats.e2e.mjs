// End-to-end: license seats. The Acme admin opens "Manage users" from the three-dot menu of the active ON-TRACK
// subscription, gives the Acme member a seat with an end date 30 days ahead (the seat row and a calendar bar
// appear), the invitation mail reaches the member, the member signs in and finds the license under Licenses; the
// admin revokes the seat after confirming, and the member no longer has the license.
//
// Each person works in a browser context of their own (as if on their own computer), so no step depends on
// signing out. Needs the running stack: Portico (PORTAL_URL) with its demo data, Keycloak with the demo realm
// (KEYCLOAK_URL) and maildev (MAIL_API_URL). Run with `npm run e2e`.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import {
  KEYCLOAK_URL,
  MAIL_API_URL,
  MAIL_TIMEOUT_MS,
  PASSWORD,
  PORTAL_URL,
  launchBrowser,
  mailsTo,
  newPerson,
  steps,
  waitFor,
} from './support.mjs';

const ADMIN_EMAIL = process.env.E2E_USERNAME || 'alice.admin@acme.example';
const MEMBER_EMAIL = process.env.E2E_MEMBER || 'max.member@acme.example';
const COMPANY_ID = process.env.E2E_COMPANY_ID || 'a0000000-0000-4000-a000-000000000001';
const PRODUCT_CODE = 'ON-TRACK';
const PRODUCT_NAME = 'ON!Track Asset Management';

/** The member's seats that still give access (a revoked or ended one from an earlier run stays in the table). */
const LIVE = ':is([data-state="INVITED"], [data-state="SCHEDULED"], [data-state="ACTIVE"])';

let browser;
/** The page of whoever acts in the current step (for the screenshot on failure). */
let page;
let adminPage;
/** The Manage users page of the ON-TRACK subscription, found through the menu. */
let usersUrl;
/** The company's today as the assign form shows it, and the end date chosen for the seat. */
let today;
let until;
/** When the seat was assigned, so that an invitation mail from an earlier run does not count. */
let assignedAt;

/** An ISO date `days` later (calendar arithmetic, no time zone involved). */
function plusDays(iso, days) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Opens `path` in the portal, signs in at Keycloak as `email`, and waits until the portal shows it. */
async function signIn(personPage, email, path) {
  await personPage.goto(`${PORTAL_URL}${path}`);
  await personPage.locator('#username').waitFor({ state: 'visible' });
  assert.ok(personPage.url().startsWith(KEYCLOAK_URL) || personPage.url().includes('/realms/'), `expected the Keycloak login, got ${personPage.url()}`);
  await personPage.locator('#username').fill(email);
  await personPage.locator('#password').fill(PASSWORD);
  await personPage.locator('#kc-login').click();
  await personPage.waitForURL((url) => url.href.startsWith(`${PORTAL_URL}${path}`));
  await personPage.getByTestId('nav-licenses').waitFor({ state: 'visible' });
  const selector = personPage.getByTestId('company-selector');
  if ((await selector.isVisible()) && (await selector.inputValue()) !== COMPANY_ID) {
    await selector.selectOption(COMPANY_ID);
  }
}

/** The ON-TRACK license on the member's Licenses page, once the page has loaded its answer. */
async function memberLicenses(personPage) {
  await personPage.getByTestId('licenses-page').waitFor({ state: 'visible' });
  await personPage.locator('[data-testid="licenses-table"], [data-testid="licenses-empty"]').first().waitFor({ state: 'visible' });
  assert.equal(await personPage.getByTestId('problem-alert').count(), 0, 'no problem is shown');
  return personPage.locator(`[data-testid="license-row"][data-product="${PRODUCT_CODE}"]`);
}

/** Revokes the member's live seat on the open Manage users page, confirming the question. */
async function revokeMembersSeat() {
  const row = page.locator(`[data-testid="seat-row"][data-email="${MEMBER_EMAIL}"]${LIVE}`).first();
  await row.getByTestId('seat-revoke').click();
  const dialog = page.getByTestId('confirm-dialog');
  await dialog.waitFor({ state: 'visible' });
  assert.ok((await dialog.innerText()).includes(MEMBER_EMAIL), 'the question names the member');
  await dialog.getByTestId('confirm-ok').click();
  await page.getByTestId('seat-success').waitFor({ state: 'visible' });
  await page.locator(`[data-testid="seat-row"][data-email="${MEMBER_EMAIL}"]${LIVE}`).waitFor({ state: 'detached' });
}

const step = steps('seats', () => page);

describe('company admin gives a colleague a license seat and takes it back', { concurrency: 1 }, () => {
  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  step('the admin signs in and opens Manage users from the menu of the active ON-TRACK subscription', async () => {
    adminPage = await newPerson(browser);
    page = adminPage;
    await signIn(page, ADMIN_EMAIL, '/subscriptions');
    await page.getByTestId('subscriptions-page').waitFor({ state: 'visible' });
    // other suites may have activated other subscriptions: pick the row by product and status
    await page.getByTestId('status-filter').selectOption('ACTIVE');
    const row = page.locator(`[data-testid="subscription-row"][data-product="${PRODUCT_CODE}"][data-status="ACTIVE"]`).first();
    await row.waitFor({ state: 'visible' });
    assert.ok((await row.innerText()).includes(PRODUCT_NAME), 'the row names the product');
    await row.getByTestId('subscription-menu').click();
    await row.getByTestId('subscription-users').click();
    await page.waitForURL((url) => /\/subscriptions\/[0-9a-f-]{36}\/users$/i.test(url.pathname));
    usersUrl = page.url();
    await page.getByTestId('seats-page').waitFor({ state: 'visible' });
    await page.getByTestId('seat-calendar').waitFor({ state: 'visible' });
    assert.equal(await page.getByTestId('seat-usage-quantity').innerText(), '10');
    assert.ok((await page.getByTestId('seat-calendar-day').count()) > 300, 'the calendar shows the term day by day');
    assert.equal(await page.getByTestId('problem-alert').count(), 0, 'no problem is shown');
    // a seat left over from an earlier run that failed half-way would overlap the new one
    if ((await page.locator(`[data-testid="seat-row"][data-email="${MEMBER_EMAIL}"]${LIVE}`).count()) > 0) {
      await revokeMembersSeat();
    }
  });

  step('assigning the member a seat ending in 30 days shows the seat row and a calendar bar', async () => {
    today = await page.getByTestId('seat-assign-from').inputValue();
    assert.match(today, /^\d{4}-\d{2}-\d{2}$/, 'the start date defaults to today');
    until = plusDays(today, 30);
    const usedBefore = Number(await page.locator(`[data-testid="seat-calendar-day"][data-date="${today}"]`).getAttribute('data-used'));
    await page.getByTestId('seat-assign-email').fill(MEMBER_EMAIL);
    await page.getByTestId('seat-assign-until').fill(until);
    assignedAt = Date.now();
    await page.getByTestId('seat-assign-submit').click();
    await page.getByTestId('seat-assign-success').waitFor({ state: 'visible' });
    assert.equal(await page.getByTestId('problem-alert').count(), 0, 'no problem is shown');

    const row = page.locator(`[data-testid="seat-row"][data-email="${MEMBER_EMAIL}"]${LIVE}`);
    await row.waitFor({ state: 'visible' });
    assert.ok(['INVITED', 'ACTIVE'].includes(await row.getAttribute('data-state')), 'the seat is invited or active');
    await page.locator(`[data-testid="seat-calendar-bar"][data-email="${MEMBER_EMAIL}"]${LIVE}`).waitFor({ state: 'attached' });
    // the overview was read again: today counts one more seat, and the bar ends on the chosen day
    await page.locator(`[data-testid="seat-calendar-day"][data-date="${today}"][data-used="${usedBefore + 1}"]`).waitFor({ state: 'attached' });
    const bar = page.locator(`[data-testid="seat-calendar-bar"][data-email="${MEMBER_EMAIL}"]${LIVE}`);
    assert.equal(await bar.count(), 1, 'one bar for the member');
    assert.equal(await row.getAttribute('data-valid-from'), today);
    assert.equal(await row.getAttribute('data-valid-until'), until);
    assert.equal(await bar.getAttribute('data-valid-until'), until);
  });

  step('the invitation mail reaches the member and names the product', async () => {
    const mail = await waitFor(
      `an invitation mail for ${PRODUCT_NAME} to ${MEMBER_EMAIL} at ${MAIL_API_URL}`,
      async () => {
        const mails = await mailsTo(MEMBER_EMAIL);
        return mails.find(
          (m) => m.subject?.includes(PRODUCT_NAME) && (!m.time || new Date(m.time).getTime() >= assignedAt - 60_000),
        );
      },
      MAIL_TIMEOUT_MS,
    );
    assert.ok(mail.subject.includes(PRODUCT_NAME), `the subject "${mail.subject}" names the product`);
  });

  step('the member signs in and finds the ON-TRACK license under Licenses', async () => {
    const memberPage = await newPerson(browser);
    page = memberPage;
    await signIn(page, MEMBER_EMAIL, '/licenses');
    const license = await memberLicenses(page);
    await license.first().waitFor({ state: 'visible' });
    assert.equal(await license.count(), 1, 'one ON-TRACK license');
    assert.ok((await license.innerText()).includes(PRODUCT_NAME), 'the row names the product');
    await page.context().close();
  });

  step('the admin revokes the seat after confirming', async () => {
    page = adminPage;
    await page.goto(usersUrl);
    await page.getByTestId('seats-page').waitFor({ state: 'visible' });
    await page.locator(`[data-testid="seat-row"][data-email="${MEMBER_EMAIL}"]${LIVE}`).waitFor({ state: 'visible' });
    // cancelling the question changes nothing
    await page.locator(`[data-testid="seat-row"][data-email="${MEMBER_EMAIL}"]${LIVE}`).getByTestId('seat-revoke').click();
    await page.getByTestId('confirm-cancel').click();
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    assert.equal(await page.locator(`[data-testid="seat-row"][data-email="${MEMBER_EMAIL}"]${LIVE}`).count(), 1);

    await revokeMembersSeat();
    await page.locator(`[data-testid="seat-row"][data-email="${MEMBER_EMAIL}"][data-state="REVOKED"]`).first().waitFor({ state: 'visible' });
    assert.equal(await page.getByTestId('problem-alert').count(), 0, 'no problem is shown');
    await page.context().close();
  });

  step('the member signs in again and no longer has the license', async () => {
    const memberPage = await newPerson(browser);
    page = memberPage;
    await signIn(page, MEMBER_EMAIL, '/licenses');
    const license = await memberLicenses(page);
    assert.equal(await license.count(), 0, 'the ON-TRACK license is gone');
    await page.context().close();
  });
});
