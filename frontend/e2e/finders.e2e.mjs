// End-to-end: finders instead of UUIDs (#13). A customer holding the demo contract K100200 opens a ticket on it (Bogdan,
// admin of Borealis, links K100200 to his company by proof first when nobody has; when an earlier run's new customer
// holds it, that run's tickets on it are what the agent finds). Sam, a support agent, types "K100200" into the queue's one
// search box and finds the ticket (every state ticked), never a "Not found"; he opens it and sets its priority and
// assignee. Bea (back office) tops up the credit of "Resello Partners" picked by typing its name, with the keyboard, and
// opens the customer overview of that company, which shows its members and its new balance.
//
// Needs the running stack: Portico (PORTAL_URL) with its demo data, Keycloak with the demo realm. Run with `npm run e2e`.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe } from 'node:test';
import { PORTAL_URL, TIMEOUT_MS, integrationToken, launchBrowser, logIn, newPerson, steps, watchCsp } from './support.mjs';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PHONE = { width: 390, height: 844 };

const AGENT_EMAIL = process.env.E2E_AGENT || 'sam.support@portico.example';
const BACKOFFICE_EMAIL = process.env.E2E_BACKOFFICE || 'bea.backoffice@portico.example';
const CUSTOMER_EMAIL = process.env.E2E_END_CUSTOMER || 'bogdan.admin@borealis.example';
const BOREALIS = 'b0000000-0000-4000-a000-000000000002';
const RESELLO = 'c0000000-0000-4000-a000-000000000003';
/** The demo contract K100200 of SupportDemoData (unclaimed in fresh demo data), and its proof. */
const CONTRACT = { id: 'e0000000-0000-4000-a000-000000000001', number: 'K100200', country: 'PL', taxId: '7740001454', serial: 'FGT60F-DEMO-0001' };

const RUN = Date.now();
const TITLE = `Switch port flaps (finders e2e ${RUN})`;
const REASON = `Bank transfer, finders e2e ${RUN}`;

let browser;
/** The page of whoever acts in the current step (for the screenshot on failure). */
let page;
/** The number of the ticket the agent must find: this run's, or an earlier run's on K100200. */
let ticketNumber;

const step = steps('finders', () => page);

async function noProblemShown() {
  assert.equal(await page.getByTestId('problem-alert').count(), 0, 'no problem is shown');
}

/** Who holds K100200 now, asked as the ERP would (the integration client). */
async function contractHolder() {
  const response = await fetch(`${PORTAL_URL}/api/v1/support-contracts/${CONTRACT.id}`, {
    headers: { Authorization: `Bearer ${await integrationToken()}`, Accept: 'application/json' },
  });
  assert.equal(response.status, 200, `GET the demo contract answered ${response.status}`);
  return (await response.json()).companyId ?? null;
}

describe('the agent finds a ticket by contract number; back office picks companies by name', { concurrency: 1 }, () => {
  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  step('a customer holding K100200 opens a ticket on its FortiGate', async () => {
    const holder = await contractHolder();
    if (holder !== null && holder !== BOREALIS) {
      return; // an earlier run's new customer holds it: the agent finds that run's tickets on it
    }
    page = await newPerson(browser);
    await logIn(page, CUSTOMER_EMAIL, '/support');
    const selector = page.getByTestId('company-selector');
    if ((await selector.isVisible()) && (await selector.inputValue()) !== BOREALIS) {
      await selector.selectOption(BOREALIS);
    }
    const contract = page.locator(`[data-testid="contract"][data-number="${CONTRACT.number}"]`);
    if (holder === null) {
      await page.getByTestId('link-contract').click();
      const form = page.getByTestId('claim-form');
      await form.waitFor({ state: 'visible' });
      await form.getByTestId('claim-country').selectOption(CONTRACT.country);
      await form.getByTestId('claim-tax-id').fill(CONTRACT.taxId);
      await form.getByTestId('claim-contract-number').fill(CONTRACT.number);
      await form.getByTestId('claim-proof').fill(CONTRACT.serial);
      await form.getByTestId('claim-submit').click();
      await page.getByTestId('claim-success').waitFor({ state: 'visible' });
    }
    const line = contract.locator(`[data-testid="contract-line"][data-serial="${CONTRACT.serial}"]`);
    await line.waitFor({ state: 'visible' });
    await line.locator('a[data-line-id]').click();
    await page.waitForURL((url) => url.pathname === '/support/tickets/new');
    await page.getByTestId('ticket-form').waitFor({ state: 'visible' });
    await page.getByTestId('ticket-title').fill(TITLE);
    await page.getByTestId('ticket-description').fill('Port 7 goes down and up every few minutes.');
    await page.getByTestId('ticket-submit').click();
    await page.waitForURL((url) => /^\/support\/tickets\/[0-9a-f-]{36}$/i.test(url.pathname));
    const number = page.getByTestId('ticket-number');
    await number.waitFor({ state: 'visible' });
    ticketNumber = (await number.innerText()).trim();
    await page.context().close();
  });

  step('the agent types the contract number K100200 into the queue and finds the ticket', async () => {
    page = await newPerson(browser);
    await logIn(page, AGENT_EMAIL, '/support/queue');
    await page.getByTestId('queue-filter').waitFor({ state: 'visible' });
    // every state: the ticket may be answered or closed by an earlier run
    await page.goto(`${PORTAL_URL}/support/queue?states=`);
    await page.getByTestId('queue-filter').waitFor({ state: 'visible' });
    await page.getByTestId('queue-search').fill(CONTRACT.number);
    await page.getByTestId('queue-search').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === CONTRACT.number);
    const rows = page.locator('[data-testid="ticket-row"]');
    const row = ticketNumber ? page.locator(`[data-testid="ticket-row"][data-number="${ticketNumber}"]`) : rows.first();
    await row.waitFor({ state: 'visible' });
    await noProblemShown();
    assert.equal(await page.getByTestId('queue-empty').count(), 0);
    for (const text of await rows.allInnerTexts()) {
      assert.match(text, new RegExp(CONTRACT.number), 'every ticket found is on K100200');
    }
    ticketNumber = await row.getAttribute('data-number');
    await row.getByTestId('ticket-row-link').click();
    await page.waitForURL((url) => /^\/support\/tickets\/[0-9a-f-]{36}$/i.test(url.pathname));
    await page.locator('[data-testid="ticket-number"]', { hasText: ticketNumber }).waitFor({ state: 'visible' });
    assert.equal((await page.getByTestId('ticket-contract').innerText()).trim(), CONTRACT.number);
  });

  step('the agent makes the ticket urgent and assigns it to himself; the queue shows it so', async () => {
    const panel = page.getByTestId('triage-panel');
    await panel.getByTestId('triage-form').waitFor({ state: 'visible' });
    await panel.getByTestId('triage-priority').selectOption('URGENT');
    const me = panel.locator('[data-testid="triage-assignee"] option', { hasText: AGENT_EMAIL });
    await me.waitFor({ state: 'attached' });
    await panel.getByTestId('triage-assignee').selectOption(await me.getAttribute('value'));
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/triage'));
    await panel.getByTestId('triage-save').click();
    const response = await saved;
    assert.equal(response.status(), 200, `PUT …/triage answered ${response.status()}: ${await response.text()}`);
    assert.ok(response.request().headers()['if-match'], 'the change sends If-Match');
    await panel.getByTestId('triage-done').waitFor({ state: 'visible' });
    assert.equal((await page.getByTestId('ticket-priority').innerText()).trim(), 'Urgent');

    await page.goto(`${PORTAL_URL}/support/queue?states=&assignee=me&priority=URGENT&q=${encodeURIComponent(ticketNumber)}`);
    const row = page.locator(`[data-testid="ticket-row"][data-number="${ticketNumber}"]`);
    await row.waitFor({ state: 'visible' });
    assert.equal(await row.getByTestId('ticket-row-priority').getAttribute('data-priority'), 'URGENT');
    await page.context().close();
  });

  step('back office tops up the credit of Resello Partners, picked by typing its name', async () => {
    page = await newPerson(browser);
    await logIn(page, BACKOFFICE_EMAIL, '/backoffice/credit');
    await page.getByTestId('credit-top-up-form').waitFor({ state: 'visible' });
    const company = page.getByTestId('credit-company');
    await company.pressSequentially('Resello Partners');
    const option = page.locator(`[data-testid="credit-company-option"][data-company-id="${RESELLO}"]`);
    await option.waitFor({ state: 'visible' });
    assert.equal(await company.getAttribute('aria-expanded'), 'true');
    // the keyboard picks it: down to the first match, Enter
    await company.press('ArrowDown');
    assert.equal(await company.getAttribute('aria-activedescendant'), await page.locator('[data-testid="credit-company-option"]').first().getAttribute('id'));
    await company.press('Enter');
    assert.equal(await company.getAttribute('data-company-id'), RESELLO, 'the first match is Resello Partners');
    assert.match(await company.inputValue(), /^Resello Partners/);
    await page.getByTestId('credit-amount').fill('1.00');
    await page.getByTestId('credit-reason').fill(REASON);
    const topUp = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/top-ups'));
    await page.getByTestId('credit-top-up').click();
    const response = await topUp;
    assert.equal(response.status(), 201, `the top-up answered ${response.status()}: ${await response.text()}`);
    assert.ok(response.url().includes(`/api/v1/credit-accounts/${RESELLO}/top-ups`), `the top-up went to the company's id: ${response.url()}`);
    await page.getByTestId('credit-top-up-done').waitFor({ state: 'visible' });
    assert.match(await page.getByTestId('credit-top-up-done').innerText(), /Resello Partners/);
    await noProblemShown();
  });

  step('the customer overview shows Resello Partners with its members and credit', async () => {
    await page.getByTestId('backoffice-tab-customers').click();
    await page.waitForURL((url) => url.pathname === '/backoffice/customers');
    await page.getByTestId('customer-picker').pressSequentially('resello');
    await page.locator(`[data-testid="customer-picker-option"][data-company-id="${RESELLO}"]`).click();
    await page.waitForURL((url) => url.searchParams.get('companyId') === RESELLO);
    assert.match(await page.getByTestId('customer-name').innerText(), /^Resello Partners/);
    await page.locator('[data-testid="customer-member"][data-email="rita.reseller@resello.example"]').waitFor({ state: 'visible' });
    await page.locator('[data-testid="customer-credit"]', { hasText: /\d/ }).waitFor({ state: 'visible' });
    for (const part of ['subscriptions', 'orders', 'contracts', 'tickets', 'members']) {
      await page.getByTestId(`customer-${part}`).waitFor({ state: 'visible' });
    }
    await noProblemShown();
  });

  step('at phone width the overview and the open company picker fit the screen and pass axe (no serious or critical)', async () => {
    await page.context().close();
    // axe is injected as a script tag, so this context bypasses the Content-Security-Policy (the steps above ran under it)
    const context = await browser.newContext({ locale: 'en-US', viewport: PHONE, bypassCSP: true });
    page = watchCsp(await context.newPage());
    page.setDefaultTimeout(TIMEOUT_MS);
    await logIn(page, BACKOFFICE_EMAIL, `/backoffice/customers?companyId=${RESELLO}`);
    await page.locator('[data-testid="customer-member"]').first().waitFor({ state: 'visible' });
    await page.waitForFunction(() => document.querySelector('.loading') === null);
    await page.getByTestId('customer-picker').fill('');
    await page.getByTestId('customer-picker').pressSequentially('part');
    await page.locator('[data-testid="customer-picker-option"]').first().waitFor({ state: 'visible' });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `the page scrolls sideways: ${width} px at ${PHONE.width} px`);
    await page.addScriptTag({ path: AXE_SCRIPT });
    const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  });
});
