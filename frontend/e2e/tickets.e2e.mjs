// End-to-end: a new customer registers, verifies their account with a support contract and opens a ticket; an agent
// answers it from the queue. Nina (a new address each run) registers through Keycloak's registration page with her
// phone and tax ID, follows the verification link from the mail and lands in the portal signed in, without a company.
// Under Support she claims the demo contract K100200 by proof (Polish tax ID 7740001454, contract number, the serial
// number of its FortiGate 60F): the portal creates her company "Nordic Frames sp. z o.o." and shows the contract with
// its lines. On the FortiGate line she opens a ticket with a log file attached and a CC address; the ticket page shows
// its number and the state OPEN. Sam, a support agent, finds the ticket in his queue and replies; the reply mail
// reaches Nina and the CC address, and Nina sees the reply on top of the thread, then closes the ticket.
//
// Each person works in a browser context of their own, and every step waits for a condition, never for a time. Runs
// repeat against the same database, but K100200 can be claimed only once: when an earlier run claimed it, the
// integration client (as an ERP import would) creates a fresh contract like it, with a new number, for this run.
//
// Needs the running stack: Portico (PORTAL_URL) with its demo data, Keycloak with the demo realm (KEYCLOAK_URL), whose
// mails go to maildev (MAIL_API_URL) like Portico's. Run with `npm run e2e`.
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

const AGENT_EMAIL = process.env.E2E_AGENT || 'sam.support@portico.example';

/** The demo contract of SupportDemoData, and the proof that it is Nordic Frames'. */
const DEMO_CONTRACT = 'K100200';
const CUSTOMER = { name: 'Nordic Frames sp. z o.o.', country: 'PL', taxId: '7740001454' };
const SERIAL = 'FGT60F-DEMO-0001';

const RUN = Date.now();
const REPORTER = { email: `e2e-${RUN}@example.com`, firstName: 'Nina', lastName: `Nowak ${RUN}`, phone: '601234567' };
const REPORTER_PASSWORD = `E2e-portico-${RUN}`;
const CC_EMAIL = `cc-${RUN}@example.com`;
const TICKET_TITLE = `VPN drops every hour (e2e ${RUN})`;
// plain words only: the reply is looked for in the mail's HTML part too
const REPLY = `Please send the output of diagnose vpn tunnel list (e2e ${RUN}).`;
const LOG = Buffer.from(
  [
    '2026-11-22 10:00:01 ipsec: tunnel branch-office up',
    '2026-11-22 11:00:02 ipsec: DPD timeout, tunnel branch-office down',
    '2026-11-22 11:00:09 ipsec: tunnel branch-office up',
    '',
  ].join('\n'),
);

let browser;
/** The page of whoever acts in the current step (for the screenshot on failure). */
let page;
let reporterPage;
/** The contract Nina claims: the demo contract, or a fresh one like it when an earlier run claimed that. */
let contractNumber = DEMO_CONTRACT;
let verificationLink;
/** The claimed contract's id, from the link to the ticket form. */
let contractId;
let ticketId;
let ticketNumber;

async function noProblemShown() {
  assert.equal(await page.getByTestId('problem-alert').count(), 0, 'no problem is shown');
}

/** An ISO date `months` months from today (UTC). */
function monthsFromToday(months) {
  const day = new Date();
  day.setUTCMonth(day.getUTCMonth() + months);
  return day.toISOString().slice(0, 10);
}

/** The integration client imports a contract like K100200 under a new number, for a run after the one that claimed it. */
async function createContractLikeTheDemo() {
  const token = await integrationToken();
  for (let attempt = 0; attempt < 5; attempt++) {
    const number = `K${String((RUN + attempt * 7919) % 1_000_000).padStart(6, '0')}`;
    const response = await fetch(`${PORTAL_URL}/api/v1/support-contracts`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Idempotency-Key': randomUUID(),
      },
      body: JSON.stringify({
        number,
        customerName: CUSTOMER.name,
        customerCountry: CUSTOMER.country,
        customerTaxId: CUSTOMER.taxId,
        serviceLevel: 'NBD',
        coverageStart: monthsFromToday(-1),
        coverageEnd: monthsFromToday(11),
        lines: [
          { kind: 'DEVICE', maker: 'Fortinet', model: 'FortiGate 60F', serialNumber: SERIAL },
          { kind: 'SOFTWARE', productName: 'FortiClient EMS', licenseKey: `EMS-E2E-${RUN}` },
        ],
      }),
    });
    if (response.status === 409) continue; // the number is taken: try another
    assert.equal(response.status, 201, `POST /api/v1/support-contracts answered ${response.status}: ${await response.clone().text()}`);
    return (await response.json()).number;
  }
  throw new Error('five contract numbers in a row were taken');
}

/** Fills the claim form and waits for its outcome: the success notice, or the problem the form shows. */
async function claim(number) {
  const form = page.getByTestId('claim-form');
  await form.waitFor({ state: 'visible' });
  await form.getByTestId('claim-country').selectOption(CUSTOMER.country);
  await form.getByTestId('claim-tax-id').fill(CUSTOMER.taxId);
  await form.getByTestId('claim-contract-number').fill(number);
  await form.getByTestId('claim-proof').fill(SERIAL);
  await form.getByTestId('claim-submit').click();
  const outcome = page.locator('[data-testid="claim-success"], [data-testid="claim-form"] [data-testid="problem-alert"]').first();
  await outcome.waitFor({ state: 'visible' });
  if ((await outcome.getAttribute('data-testid')) === 'claim-success') return null;
  return { problem: await outcome.getAttribute('data-problem'), text: await outcome.innerText() };
}

/** The ticket mail with `text` in it, to `address`, whose subject names the ticket. */
async function ticketMailTo(address, text) {
  return waitFor(
    `a mail about ${ticketNumber} containing "${text}" to ${address} at ${MAIL_API_URL}`,
    async () => {
      const mails = await mailsTo(address);
      return mails.find((m) => m.subject?.includes(ticketNumber) && [m.text, m.html].some((part) => part?.includes(text)));
    },
    MAIL_TIMEOUT_MS,
  );
}

const step = steps('tickets', () => page);

describe('a new customer verifies their account with a support contract and gets an answer to a ticket', { concurrency: 1 }, () => {
  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  step('a new customer registers through Keycloak with phone and tax ID and is asked to verify the email', async () => {
    reporterPage = await newPerson(browser);
    page = reporterPage;
    await page.goto(`${PORTAL_URL}/support`);
    await page.locator('#username').waitFor({ state: 'visible' });
    assert.ok(page.url().startsWith(KEYCLOAK_URL) || page.url().includes('/realms/'), `expected the Keycloak login, got ${page.url()}`);
    await registerThroughKeycloak(page, { ...REPORTER, taxId: CUSTOMER.taxId }, REPORTER_PASSWORD);
  });

  step('the verification mail from Keycloak arrives with an action-token link', async () => {
    const mail = await waitFor(
      `the verification mail to ${REPORTER.email} at ${MAIL_API_URL}`,
      async () => {
        const mails = await mailsTo(REPORTER.email);
        return mails.find((m) => [m.text, m.html].some((part) => part?.includes('action-token')));
      },
      MAIL_TIMEOUT_MS,
    );
    const body = `${mail.text ?? ''}\n${mail.html ?? ''}`;
    const link = body.match(/https?:\/\/[^\s"'<>]+action-token[^\s"'<>]*/)?.[0];
    assert.ok(link, `the mail "${mail.subject}" contains the verification link`);
    verificationLink = link.replaceAll('&amp;', '&');
    assert.ok(verificationLink.startsWith(KEYCLOAK_URL) || verificationLink.includes('/realms/'), `the link leads to Keycloak: ${verificationLink}`);
  });

  step('following the link signs the customer in to the portal, still without a company', async () => {
    page = reporterPage;
    await page.goto(verificationLink);
    // Keycloak either continues straight to the portal, or shows a page to click on (or, without its session, the login)
    await waitFor(
      'the portal, signed in, after the verification link',
      async () => {
        if (page.url().startsWith(PORTAL_URL)) {
          return (await page.getByTestId('nav-support').isVisible()) ? true : undefined;
        }
        if (await page.locator('#password-new').isVisible()) {
          // the password chosen after the verification (Keycloak 26.7's registration with verifyEmail)
          await page.locator('#password-new').fill(REPORTER_PASSWORD);
          await page.locator('#password-confirm').fill(REPORTER_PASSWORD);
          await page.locator('[type="submit"]').first().click();
          await page.waitForLoadState();
          return undefined;
        }
        if (await page.locator('#username').isVisible()) {
          await page.locator('#username').fill(REPORTER.email);
          await page.locator('#password').fill(REPORTER_PASSWORD);
          await page.locator('#kc-login').click();
          return undefined;
        }
        const proceed = page.getByRole('link', { name: /click here to proceed|back to application/i }).first();
        if (await proceed.isVisible()) await proceed.click();
        return undefined;
      },
      TIMEOUT_MS,
    );
    assert.equal(await page.getByTestId('nav-subscriptions').count(), 0, 'without a company the navigation offers no subscriptions');
  });

  step('the customer claims the contract by proof: a company is created and the contract shows with its lines', async () => {
    await page.getByTestId('nav-support').click();
    await page.waitForURL(`${PORTAL_URL}/support`);
    await page.getByTestId('claim-section').waitFor({ state: 'visible' });

    let refused = await claim(contractNumber);
    if (refused?.problem === 'contract-claimed-elsewhere') {
      // an earlier run claimed K100200: this run gets a contract like it, claimed from a fresh form
      contractNumber = await createContractLikeTheDemo();
      await page.reload();
      await page.getByTestId('claim-section').waitFor({ state: 'visible' });
      refused = await claim(contractNumber);
    }
    assert.equal(refused, null, `the claim was refused: ${refused?.text}`);

    const contract = page.locator(`[data-testid="contract"][data-number="${contractNumber}"]`);
    await contract.waitFor({ state: 'visible' });
    await contract.locator(`[data-testid="contract-line"][data-serial="${SERIAL}"]`).waitFor({ state: 'visible' });
    assert.ok((await contract.getByTestId('contract-line').count()) >= 2, 'the contract shows its lines');
    // the new company is the person's now: the header offers it
    const selector = page.getByTestId('company-selector');
    await selector.waitFor({ state: 'visible' });
    assert.equal((await selector.locator('option:checked').innerText()).trim(), CUSTOMER.name);
    await page.getByTestId('nav-subscriptions').waitFor({ state: 'visible' });
    await noProblemShown();
  });

  step('the customer opens a ticket on the FortiGate 60F with a log file and a CC address', async () => {
    const line = page.locator(`[data-testid="contract"][data-number="${contractNumber}"] [data-testid="contract-line"][data-serial="${SERIAL}"]`);
    await line.locator('a[data-line-id]').click();
    await page.waitForURL((url) => url.pathname === '/support/tickets/new');
    contractId = new URL(page.url()).searchParams.get('contractId');
    assert.match(contractId ?? '', /^[0-9a-f-]{36}$/i, 'the ticket form is told the contract');
    const form = page.getByTestId('ticket-form');
    await form.waitFor({ state: 'visible' });
    assert.equal((await page.getByTestId('ticket-line-identifier').innerText()).trim(), SERIAL);

    await page.getByTestId('ticket-title').fill(TICKET_TITLE);
    await page.getByTestId('ticket-description').fill('The IPsec tunnel to the branch office drops every hour; the log is attached.');
    await page.getByTestId('ticket-file-input').setInputFiles({ name: 'router.log', mimeType: 'text/plain', buffer: LOG });
    const upload = page.locator('[data-testid="upload"][data-file-name="router.log"]');
    await upload.waitFor({ state: 'visible' });
    await page.locator('[data-testid="upload"][data-file-name="router.log"]:is([data-state="done"], [data-state="failed"])').waitFor({ state: 'visible' });
    assert.equal(await upload.getAttribute('data-state'), 'done', `the upload failed: ${await upload.innerText()}`);

    await page.getByTestId('ticket-cc-input').fill(CC_EMAIL);
    await page.getByTestId('ticket-cc-add').click();
    await page.locator(`[data-testid="cc-chip"][data-email="${CC_EMAIL}"]`).waitFor({ state: 'visible' });

    await page.getByTestId('ticket-submit').click();
    await page.waitForURL((url) => /^\/support\/tickets\/[0-9a-f-]{36}$/i.test(url.pathname));
    ticketId = new URL(page.url()).pathname.split('/')[3];
    const number = page.getByTestId('ticket-number');
    await number.waitFor({ state: 'visible' });
    ticketNumber = (await number.innerText()).trim();
    assert.match(ticketNumber, /^T-\d{4}-\d{6}$/);
    assert.equal(await page.getByTestId('ticket-state').getAttribute('data-state'), 'OPEN');
    await page.locator('[data-testid="ticket-description-section"] [data-testid="attachment"][data-file-name="router.log"]').waitFor({ state: 'visible' });
    await page.locator(`[data-testid="cc-section"] [data-testid="cc-chip"][data-email="${CC_EMAIL}"]`).waitFor({ state: 'visible' });
    await noProblemShown();
  });

  step('the agent finds the ticket in his queue and replies publicly', async () => {
    const agentPage = await newPerson(browser);
    page = agentPage;
    await logIn(page, AGENT_EMAIL, '/support/queue');
    await page.getByTestId('nav-queue').waitFor({ state: 'visible' });
    await page.getByTestId('queue-filter').waitFor({ state: 'visible' });
    const row = page.locator(`[data-testid="ticket-row"][data-number="${ticketNumber}"]`);
    // the queue is oldest first: find this run's ticket by its number rather than paging through earlier runs' tickets
    await page.getByTestId('queue-search').fill(ticketNumber);
    await page.getByTestId('queue-apply').click();
    await row.waitFor({ state: 'visible' });
    assert.equal(await row.getAttribute('data-state'), 'OPEN');
    await row.getByTestId('ticket-row-link').click();
    await page.waitForURL(`${PORTAL_URL}/support/tickets/${ticketId}`);
    await page.locator('[data-testid="ticket-number"]', { hasText: ticketNumber }).waitFor({ state: 'visible' });

    const internal = page.getByTestId('reply-internal');
    await internal.waitFor({ state: 'visible' });
    assert.equal(await internal.isChecked(), false, 'a reply is public unless the agent asks for a note');
    await page.getByTestId('reply-body').fill(REPLY);
    await page.getByTestId('reply-submit').click();
    const newest = page.getByTestId('ticket-message').first();
    await newest.getByTestId('ticket-message-body').filter({ hasText: REPLY }).waitFor({ state: 'visible' });
    assert.equal(await newest.getAttribute('data-from-support'), 'true');
    assert.equal(await newest.getAttribute('data-internal'), 'false');
    assert.equal(await page.getByTestId('ticket-state').getAttribute('data-state'), 'WAITING_FOR_CUSTOMER');
    await noProblemShown();
    await agentPage.context().close();
  });

  step('the reply mail reaches the reporter and the CC address', async () => {
    for (const address of [REPORTER.email, CC_EMAIL]) {
      const mail = await ticketMailTo(address, REPLY);
      const body = `${mail.text ?? ''}\n${mail.html ?? ''}`;
      assert.ok(body.includes(`/support/tickets/${ticketId}`), `the mail "${mail.subject}" to ${address} links to the ticket`);
    }
  });

  step('the reporter sees the support reply on top of the thread and closes the ticket', async () => {
    page = reporterPage;
    await page.reload();
    const newest = page.getByTestId('ticket-message').first();
    await newest.getByTestId('ticket-message-body').filter({ hasText: REPLY }).waitFor({ state: 'visible' });
    assert.equal(await newest.getAttribute('data-from-support'), 'true');
    assert.equal(await page.getByTestId('reply-internal').count(), 0, 'customers get no internal-note toggle');

    await page.getByTestId('ticket-close').click();
    await page.locator('[data-testid="ticket-state"][data-state="CLOSED"]').waitFor({ state: 'visible' });
    await page.getByTestId('ticket-reopen').waitFor({ state: 'visible' });
    await page.getByTestId('reopen-hint').waitFor({ state: 'visible' });
    await noProblemShown();
    await page.context().close();
  });
});

