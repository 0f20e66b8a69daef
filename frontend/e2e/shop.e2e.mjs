// End-to-end: a reseller buys a subscription for a customer. Rita (admin of the reseller Resello, GOLD tier with 30 %
// off REMOTE-SIGNATURE, prepaid credit, Italy with 22 % VAT) opens the catalog, chooses the SPID variant of the remote
// signature (49.00 list, 34.30 net, 7.55 VAT, 41.85 gross), buys it now and checks out with her prepaid credit after
// confirming the billing data; the success page shows the order number and a balance 41.85 lower than before. On the
// order she associates the new subscription with Bogdan (Borealis), which shows as pending; the mail reaches Bogdan,
// whose sign-in through its link hands the subscription over to his company; he activates it and gets the
// confirmation mail; Rita then sees the association claimed and the subscription active.
//
// Each person works in a browser context of their own. The UI follows each person's saved language (Rita Italian,
// Bogdan Polish), so every step finds things by data-testid and compares amounts by their data-amount (minor units),
// never by translated or formatted text. Runs repeat against the same database: nothing relies on the opening
// balance, and when earlier runs used the credit up, the back office (Bea) tops it up first.
//
// Needs the running stack: Portico (PORTAL_URL) with its demo data, Keycloak with the demo realm (KEYCLOAK_URL) and
// maildev (MAIL_API_URL). Run with `npm run e2e`.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe } from 'node:test';
import {
  MAIL_API_URL,
  MAIL_TIMEOUT_MS,
  PORTAL_URL,
  TIMEOUT_MS,
  launchBrowser,
  logIn,
  mailsTo,
  newPerson,
  steps,
  waitFor,
} from './support.mjs';

const RESELLER_EMAIL = process.env.E2E_RESELLER || 'rita.reseller@resello.example';
const CUSTOMER_EMAIL = process.env.E2E_END_CUSTOMER || 'bogdan.admin@borealis.example';
const BACKOFFICE_EMAIL = process.env.E2E_BACKOFFICE || 'bea.backoffice@portico.example';
const RESELLER_COMPANY_ID = process.env.E2E_RESELLER_COMPANY_ID || 'c0000000-0000-4000-a000-000000000003';
const PRODUCT_CODE = 'REMOTE-SIGNATURE';
const VARIANT_CODE = 'SPID';
/** SPID for a GOLD reseller in Italy, in cents: 49.00 list, 30 % off, 22 % VAT. */
const PRICE = { list: 4900, discountBp: 3000, net: 3430, taxBp: 2200, tax: 755, gross: 4185 };
/** What the back office adds when earlier runs left too little credit for one more purchase. */
const TOP_UP_CENTS = 50_000;

let browser;
/** The page of whoever acts in the current step (for the screenshot on failure). */
let page;
let resellerPage;
/** Read from the UI along the way. */
let balanceBefore;
let orderId;
let orderNumber;
let itemId;
let subscriptionId;
let subscriptionNumber;
let activationPath;
/** The association mail, so that the activation confirmation is told apart from it. */
let associationMailId;

/** Signs the reseller in at `path` and makes sure the portal works in her company. */
async function signInReseller(personPage, path) {
  await logIn(personPage, RESELLER_EMAIL, path);
  await personPage.getByTestId('nav-catalog').waitFor({ state: 'visible' });
  const selector = personPage.getByTestId('company-selector');
  if ((await selector.isVisible()) && (await selector.inputValue()) !== RESELLER_COMPANY_ID) {
    await selector.selectOption(RESELLER_COMPANY_ID);
  }
}

/** The minor units an amount element carries (its text is formatted in the person's language). */
async function amountOf(locator) {
  const raw = await locator.getAttribute('data-amount');
  assert.match(raw ?? '', /^\d+$/, 'the amount carries data-amount');
  return Number(raw);
}

async function noProblemShown() {
  assert.equal(await page.getByTestId('problem-alert').count(), 0, 'no problem is shown');
}

/** The delivered subscription's row on the order page. */
function itemRow() {
  return page.locator(`[data-testid="order-item"][data-item-id="${itemId}"]`);
}

const step = steps('shop', () => page);

describe('a reseller buys a subscription with prepaid credit and hands it to an end customer', { concurrency: 1 }, () => {
  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  step('the reseller signs in and starts from an empty cart', async () => {
    resellerPage = await newPerson(browser);
    page = resellerPage;
    await signInReseller(page, '/cart');
    await page.getByTestId('cart-page').waitFor({ state: 'visible' });
    await page.locator('[data-testid="cart-table"], [data-testid="cart-empty"]').first().waitFor({ state: 'visible' });
    await noProblemShown();
    // a run that failed half-way may have left lines behind: they would change the total
    const lines = page.getByTestId('cart-line');
    for (let left = await lines.count(); left > 0; left = await lines.count()) {
      const lineId = await lines.first().getAttribute('data-line-id');
      await lines.first().getByTestId('cart-line-remove').click();
      await page.locator(`[data-testid="cart-line"][data-line-id="${lineId}"]`).waitFor({ state: 'detached' });
    }
    await page.getByTestId('cart-empty').waitFor({ state: 'visible' });
  });

  step('the catalog shows the remote signature with the reseller discount', async () => {
    await page.getByTestId('nav-catalog').click();
    await page.waitForURL(`${PORTAL_URL}/catalog`);
    const card = page.getByTestId(`product-${PRODUCT_CODE}`);
    await card.waitFor({ state: 'visible' });
    await noProblemShown();
    assert.equal(await card.getByTestId('product-discount').getAttribute('data-basis-points'), String(PRICE.discountBp));
    assert.equal(await card.getByTestId('product-list-price').locator('s').count(), 1, 'the list price is struck through');
    await card.getByTestId('product-open').click();
    await page.waitForURL((url) => /^\/catalog\/[0-9a-f-]{36}$/i.test(url.pathname));
    await page.locator(`[data-testid="product-name"][data-code="${PRODUCT_CODE}"]`).waitFor({ state: 'visible' });
  });

  step('choosing SPID shows 49.00 list, 30 % off, 34.30 net, 22 % VAT of 7.55 and 41.85 gross', async () => {
    await page.getByTestId(`variant-${VARIANT_CODE}`).check();
    const breakdown = page.getByTestId('price-breakdown');
    await breakdown.waitFor({ state: 'visible' });
    // the breakdown follows the chosen variant: wait for SPID's list price before reading the rest
    await breakdown.locator(`[data-testid="price-list"][data-amount="${PRICE.list}"]`).waitFor({ state: 'visible' });
    assert.equal(await breakdown.getByTestId('price-discount-rate').getAttribute('data-basis-points'), String(PRICE.discountBp));
    assert.equal(await amountOf(breakdown.getByTestId('price-net')), PRICE.net);
    assert.equal(await breakdown.getByTestId('price-tax-rate').getAttribute('data-basis-points'), String(PRICE.taxBp));
    assert.equal(await amountOf(breakdown.getByTestId('price-tax')), PRICE.tax);
    assert.equal(await amountOf(breakdown.getByTestId('price-gross')), PRICE.gross);
  });

  step('buying now puts one SPID in the cart and opens it', async () => {
    await page.getByTestId('quantity').fill('1');
    await page.getByTestId('buy-now').click();
    await page.waitForURL(`${PORTAL_URL}/cart`);
    const line = page.locator(`[data-testid="cart-line"][data-product="${PRODUCT_CODE}"]`);
    await line.waitFor({ state: 'visible' });
    assert.equal(await page.getByTestId('cart-line').count(), 1, 'the cart holds one line');
    assert.equal(await line.getByTestId('cart-line-quantity').inputValue(), '1');
    assert.equal(await amountOf(page.getByTestId('cart-total')), PRICE.gross);
    await page.getByTestId('credit-summary').waitFor({ state: 'visible' });
    await noProblemShown();
  });

  step('the back office tops up the reseller’s credit if earlier runs used it up', async () => {
    const balance = await amountOf(page.getByTestId('credit-balance-before'));
    if (balance >= PRICE.gross) return;
    // Bea signs in to the portal; her browser's API calls carry the bearer token we top up with
    const backOffice = await newPerson(browser);
    page = backOffice;
    const token = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no API request with a bearer token after the back office signed in')), TIMEOUT_MS);
      backOffice.on('request', async (request) => {
        if (!request.url().startsWith(`${PORTAL_URL}/api/`)) return;
        const authorization = await request.headerValue('authorization').catch(() => null);
        if (authorization?.startsWith('Bearer ')) {
          clearTimeout(timer);
          resolve(authorization.slice('Bearer '.length));
        }
      });
    });
    token.catch(() => {}); // awaited below; this only keeps an early timeout from counting as unhandled
    await logIn(backOffice, BACKOFFICE_EMAIL, '/');
    const response = await fetch(`${PORTAL_URL}/api/v1/credit-accounts/${RESELLER_COMPANY_ID}/top-ups`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${await token}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Idempotency-Key': randomUUID(),
      },
      body: JSON.stringify({ amount: { amount: TOP_UP_CENTS, currency: 'EUR' }, reason: 'E2E shop suite: earlier runs used the credit up' }),
    });
    assert.equal(response.status, 201, `the top-up answered ${response.status}: ${await response.clone().text()}`);
    await backOffice.context().close();
    page = resellerPage;
    await page.reload();
    await page.locator('[data-testid="credit-balance-before"]').waitFor({ state: 'visible' });
    assert.ok((await amountOf(page.getByTestId('credit-balance-before'))) >= PRICE.gross, 'the credit covers the purchase now');
  });

  step('checking out with the prepaid credit after confirming the billing data', async () => {
    page = resellerPage;
    await page.getByTestId('proceed-to-checkout').click();
    await page.waitForURL(`${PORTAL_URL}/checkout`);
    await page.getByTestId('checkout-form').waitFor({ state: 'visible' });
    // the total available balance is at the top of the page
    balanceBefore = await amountOf(page.getByTestId('checkout-balance-amount'));
    assert.ok(balanceBefore >= PRICE.gross, `the balance ${balanceBefore} covers ${PRICE.gross}`);
    assert.equal(await amountOf(page.getByTestId('cart-total')), PRICE.gross);
    assert.ok((await page.getByTestId('billing-name').inputValue()).trim().length > 0, 'the billing data is prefilled');
    await page.getByTestId('payment-CREDIT').check();
    assert.equal(await amountOf(page.getByTestId('credit-balance-after')), balanceBefore - PRICE.gross);
    await page.getByTestId('billing-confirm').check();
    await page.getByTestId('place-order').click();
    await page.waitForURL((url) => /^\/orders\/[0-9a-f-]{36}\/success$/i.test(url.pathname));
    orderId = new URL(page.url()).pathname.split('/')[2];
  });

  step('the success page shows the order number and a balance 41.85 lower than before', async () => {
    const number = page.getByTestId('success-order-number');
    await number.waitFor({ state: 'visible' });
    orderNumber = (await number.innerText()).trim();
    assert.match(orderNumber, /^ORD-\d{4}-\d{6}$/);
    assert.equal(await amountOf(page.getByTestId('success-total')), PRICE.gross);
    assert.equal(await page.getByTestId('success-payment').getAttribute('data-method'), 'CREDIT');
    const balance = page.getByTestId('success-balance');
    await balance.waitFor({ state: 'visible' });
    assert.equal(await amountOf(balance), balanceBefore - PRICE.gross, 'the credit went down by the gross price');
    await noProblemShown();
  });

  step('the order shows the new subscription pending activation', async () => {
    await page.getByTestId('success-view-order').click();
    await page.waitForURL(`${PORTAL_URL}/orders/${orderId}`);
    await page.locator('[data-testid="order-number"]', { hasText: orderNumber }).waitFor({ state: 'visible' });
    assert.equal(await page.getByTestId('order-status').getAttribute('data-status'), 'FULFILLED');
    const line = page.locator(`[data-testid="order-line"][data-product="${PRODUCT_CODE}"]`);
    await line.waitFor({ state: 'visible' });
    assert.equal(await line.getByTestId('order-line-discount').getAttribute('data-basis-points'), String(PRICE.discountBp));
    assert.equal(await amountOf(page.getByTestId('order-total')), PRICE.gross);

    const items = page.locator('[data-testid="order-item"][data-kind="SUBSCRIPTION"]');
    await items.first().waitFor({ state: 'visible' });
    assert.equal(await items.count(), 1, 'one subscription was delivered');
    itemId = await items.first().getAttribute('data-item-id');
    subscriptionNumber = await items.first().getAttribute('data-subscription-number');
    assert.match(subscriptionNumber ?? '', /^SUB-\d+$/);
    assert.equal(await items.first().getAttribute('data-subscription-status'), 'PENDING_ACTIVATION');
    // still the reseller's: its number links to the subscription
    const href = await itemRow().getByTestId('order-item-number').getAttribute('href');
    assert.match(href ?? '', /^\/subscriptions\/[0-9a-f-]{36}$/i, 'the subscription number links to the subscription');
    subscriptionId = href.split('/')[2];
    await noProblemShown();
  });

  step('associating it with the end customer shows the association pending', async () => {
    await itemRow().getByTestId('associate').click();
    const dialog = page.getByTestId('associate-dialog');
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByTestId('associate-email').fill(CUSTOMER_EMAIL);
    await dialog.getByTestId('associate-submit').click();
    await dialog.waitFor({ state: 'detached' });
    const state = itemRow().getByTestId('association-state');
    await state.waitFor({ state: 'visible' });
    assert.equal(await state.getAttribute('data-state'), 'PENDING');
    assert.equal((await itemRow().getByTestId('association-email').innerText()).trim(), CUSTOMER_EMAIL);
    await itemRow().getByTestId('withdraw-association').waitFor({ state: 'visible' });
    await noProblemShown();
  });

  step('the association mail reaches the end customer with the subscription number and an activation link', async () => {
    const mail = await waitFor(
      `the association mail for ${subscriptionNumber} to ${CUSTOMER_EMAIL} at ${MAIL_API_URL}`,
      async () => {
        const mails = await mailsTo(CUSTOMER_EMAIL);
        return mails.find((m) =>
          [m.text, m.html].some((part) => part?.includes(subscriptionNumber) && part.includes(`/subscriptions/${subscriptionId}/activate`)),
        );
      },
      MAIL_TIMEOUT_MS,
    );
    associationMailId = mail.id;
    const body = `${mail.text ?? ''}\n${mail.html ?? ''}`;
    const link = body.match(/https?:\/\/[^\s"'<>]+\/subscriptions\/[0-9a-f-]{36}\/activate/i)?.[0];
    assert.ok(link, `the mail "${mail.subject}" contains an activation link`);
    activationPath = new URL(link).pathname;
    assert.equal(activationPath, `/subscriptions/${subscriptionId}/activate`);
  });

  step('the end customer follows the link, signs in and may activate the subscription now his company’s', async () => {
    const customerPage = await newPerson(browser);
    page = customerPage;
    // signing in hands the subscription over to his company, with him as its admin
    await logIn(page, CUSTOMER_EMAIL, activationPath);
    await page.getByTestId('activate-page').waitFor({ state: 'visible' });
    await page.locator('[data-testid="subscription-number"]', { hasText: subscriptionNumber }).waitFor({ state: 'visible' });
    assert.equal(await page.getByTestId('subscription-status').getAttribute('data-status'), 'PENDING_ACTIVATION');
    await page.getByTestId('agreement-text').waitFor({ state: 'visible' });
    assert.ok((await page.getByTestId('agreement-text').innerText()).trim().length > 0, 'the agreement has a text');
    await page.getByTestId('activate-submit').waitFor({ state: 'visible' });
    await noProblemShown();
  });

  step('accepting the agreement activates it and the confirmation mail reaches the end customer', async () => {
    await page.getByTestId('activate-submit').click();
    await page.waitForURL(`${PORTAL_URL}/subscriptions/${subscriptionId}`);
    await page.getByTestId('activation-success').waitFor({ state: 'visible' });
    await page.locator('[data-testid="subscription-status"][data-status="ACTIVE"]').waitFor({ state: 'visible' });
    await noProblemShown();
    await page.context().close();

    // the activation confirmation names the number in its subject (in every language); the association mail does not
    const mail = await waitFor(
      `the activation confirmation for ${subscriptionNumber} to ${CUSTOMER_EMAIL} at ${MAIL_API_URL}`,
      async () => {
        const mails = await mailsTo(CUSTOMER_EMAIL);
        return mails.find(
          (m) =>
            m.id !== associationMailId &&
            m.subject?.includes(subscriptionNumber) &&
            ![m.text, m.html].some((part) => part?.includes(`/subscriptions/${subscriptionId}/activate`)),
        );
      },
      MAIL_TIMEOUT_MS,
    );
    const body = `${mail.text ?? ''}\n${mail.html ?? ''}`;
    assert.ok(body.includes(`/subscriptions/${subscriptionId}`), `the mail "${mail.subject}" links to the subscription`);
  });

  step('the reseller sees the association claimed and the subscription active', async () => {
    page = resellerPage;
    await page.goto(`${PORTAL_URL}/orders/${orderId}`);
    await page.getByTestId('order-page').waitFor({ state: 'visible' });
    await page
      .locator(`[data-testid="order-item"][data-item-id="${itemId}"][data-association-state="CLAIMED"][data-subscription-status="ACTIVE"]`)
      .waitFor({ state: 'visible' });
    assert.equal(await itemRow().getByTestId('association-state').getAttribute('data-state'), 'CLAIMED');
    assert.equal(await itemRow().getByTestId('order-item-status').getAttribute('data-status'), 'ACTIVE');
    // it belongs to the customer's company now: no link to a page the reseller can no longer open, no actions
    assert.equal(await itemRow().locator('a').count(), 0, 'the claimed subscription is not linked');
    assert.equal(await itemRow().getByTestId('associate').count(), 0, 'no Associate any more');
    assert.equal(await itemRow().getByTestId('withdraw-association').count(), 0, 'no Withdraw any more');
    await noProblemShown();
  });

  step('the customer area lists the order and the statement shows the purchase', async () => {
    await page.getByTestId('nav-orders').click();
    await page.waitForURL(`${PORTAL_URL}/orders`);
    await page.locator(`[data-testid="order-row"][data-number="${orderNumber}"]`).waitFor({ state: 'visible' });
    await page.getByTestId('credit-box-balance').waitFor({ state: 'visible' });
    assert.equal(await amountOf(page.getByTestId('credit-box-balance')), balanceBefore - PRICE.gross);
    await page.getByTestId('credit-statement-link').click();
    await page.waitForURL(`${PORTAL_URL}/credit`);
    const purchase = page.locator(`[data-testid="credit-entry"][data-kind="PURCHASE"][data-change="-${PRICE.gross}"]`).first();
    await purchase.waitFor({ state: 'visible' });
    assert.equal(await purchase.getByTestId('credit-entry-order').getAttribute('href'), `/orders/${orderId}`);
    await noProblemShown();
    await page.context().close();
  });
});
