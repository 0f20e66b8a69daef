// End-to-end: every main page works on a phone and with assistive technology. Each demo person signs in through
// Keycloak in a browser of 390 × 844 px (a phone) and walks their main pages; on each one, at phone width and at
// desktop width (1280 × 900), the document must not scroll sideways (tables scroll inside their own box or turn
// into cards) and axe-core must find no serious or critical accessibility violation. The flows that make pages
// worth looking at are done at phone width: Bogdan opens a ticket, Rita puts a product in her cart and orders it on
// invoice, Sam reads that ticket as the agent. On the first page the keyboard's first Tab reaches the skip link, which
// moves the focus to the page's main content, and a row's menu is opened, closed and followed by keyboard alone.
//
// Each page's phone screenshot is left in e2e/artifacts/phone-a11y-<page>.png.
//
// Needs the running stack: Portico (PORTAL_URL) with its demo data, Keycloak with the demo realm. Run with
// `npm run e2e`.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PORTAL_URL, TIMEOUT_MS, launchBrowser, logIn, watchCsp } from './support.mjs';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
/** Every page is judged at both widths; the phone comes last, so that the steps act on a phone. */
const VIEWPORTS = [
  ['desktop', DESKTOP],
  ['phone', PHONE],
];
/** The axe impacts that fail a page; moderate and minor ones are printed but allowed. */
const FAILING_IMPACTS = new Set(['serious', 'critical']);

const ADMIN_EMAIL = process.env.E2E_USERNAME || 'alice.admin@acme.example';
const MEMBER_EMAIL = process.env.E2E_MEMBER || 'max.member@acme.example';
const ACME = process.env.E2E_COMPANY_ID || 'a0000000-0000-4000-a000-000000000001';
const CUSTOMER_EMAIL = process.env.E2E_END_CUSTOMER || 'bogdan.admin@borealis.example';
const RESELLER_EMAIL = process.env.E2E_RESELLER || 'rita.reseller@resello.example';
const RESELLO = process.env.E2E_RESELLER_COMPANY_ID || 'c0000000-0000-4000-a000-000000000003';
const AGENT_EMAIL = process.env.E2E_AGENT || 'sam.support@portico.example';
const BACKOFFICE_EMAIL = process.env.E2E_BACKOFFICE || 'bea.backoffice@portico.example';
/** The Borealis contract of the demo data, and the product the reseller orders. */
const CONTRACT_NUMBER = 'K100300';
const PRODUCT_CODE = 'REMOTE-SIGNATURE';
const VARIANT_CODE = 'SPID';
const RUN = Date.now();

/** A failed width or axe check: the page is judged, the journey goes on (the next pages are judged too). */
class PageCheckFailure extends Error {}

let browser;

/**
 * A person of the demo data in a browser of their own, signed in at `path`, at phone size. The pages run with the
 * Content-Security-Policy bypassed only because axe is injected as a script tag (the other suites prove the
 * pages work under the policy).
 */
async function signedIn(email, path, companyId) {
  const context = await browser.newContext({ locale: 'en-US', viewport: PHONE, bypassCSP: true });
  const personPage = watchCsp(await context.newPage());
  personPage.setDefaultTimeout(TIMEOUT_MS);
  personPage.setDefaultNavigationTimeout(TIMEOUT_MS);
  await logIn(personPage, email, path);
  await personPage.locator('.app-nav').waitFor({ state: 'visible' });
  const selector = personPage.getByTestId('company-selector');
  if (companyId && (await selector.isVisible()) && (await selector.inputValue()) !== companyId) {
    await selector.selectOption(companyId);
  }
  return personPage;
}

/** Waits until `ready` shows and nothing on the page is loading any more. */
async function settled(personPage, ready) {
  await personPage.locator(ready).first().waitFor({ state: 'visible' });
  await personPage.waitForFunction(() => document.querySelector('.loading') === null);
  assert.equal(await personPage.getByTestId('problem-alert').count(), 0, `no problem is shown on ${personPage.url()}`);
}

/** Opens `path` in the portal (a deep link) and waits until `ready` shows. */
async function open(personPage, path, ready) {
  await personPage.goto(`${PORTAL_URL}${path}`);
  await settled(personPage, ready);
}

/** How far the document scrolls sideways, with the outermost elements that stick out, or null when it does not. */
function horizontalOverflow(personPage) {
  return personPage.evaluate(() => {
    const viewport = window.innerWidth;
    const width = document.documentElement.scrollWidth;
    if (width <= viewport) return null;
    const describe = (el) =>
      `${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''}${
        typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''
      } (${Math.round(el.getBoundingClientRect().width)} px)`;
    const culprits = [];
    const walk = (el) => {
      for (const child of el.children) {
        if (child.getBoundingClientRect().right > viewport + 0.5) {
          culprits.push(describe(child));
          if (culprits.length >= 8) return;
        } else {
          walk(child);
        }
      }
    };
    walk(document.body);
    return { width, viewport, culprits };
  });
}

/** The axe-core violations on the page as it is now (axe is injected once per document). */
async function axeViolations(personPage) {
  if (!(await personPage.evaluate(() => typeof window.axe === 'object'))) {
    await personPage.addScriptTag({ path: AXE_SCRIPT });
  }
  const { violations } = await personPage.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
  }));
}

/**
 * Judges the open page at each width: no sideways scroll of the document, no serious or critical axe violation.
 * Prints what it finds; throws a PageCheckFailure naming every problem.
 */
async function judge(personPage, name) {
  const problems = [];
  for (const [label, size] of VIEWPORTS) {
    await personPage.setViewportSize(size);
    // the scroll boxes notice the new width a frame later: wait until each is a tab stop exactly when it scrolls
    await personPage.waitForFunction(() =>
      [...document.querySelectorAll('.scroll-box')].every((box) => box.scrollWidth > box.clientWidth === box.hasAttribute('tabindex')),
    );
    const overflow = await horizontalOverflow(personPage);
    if (overflow) {
      problems.push(
        `${name} @ ${label}: the page is ${overflow.width} px wide in a ${overflow.viewport} px window; sticking out: ${overflow.culprits.join(', ')}`,
      );
    }
    if (size === DESKTOP) {
      // the scroll boxes are for phones: on a desktop every table fits
      const scrolling = await personPage.evaluate(() =>
        [...document.querySelectorAll('.scroll-box')].filter((box) => box.scrollWidth > box.clientWidth + 1).map((box) => box.getAttribute('aria-label')),
      );
      if (scrolling.length > 0) problems.push(`${name} @ ${label}: boxes scroll sideways on a desktop: ${scrolling.join(', ')}`);
    }
    for (const v of await axeViolations(personPage)) {
      const line = `${name} @ ${label}: axe ${v.impact} ${v.id} (${v.help}) on ${v.nodes.length} element(s):\n    ${v.nodes.slice(0, 5).join('\n    ')}`;
      if (FAILING_IMPACTS.has(v.impact)) problems.push(line);
      else console.log(`(allowed) ${line}`);
    }
  }
  // every page's phone screenshot, to look at (a failing page's is named in the output)
  await mkdir(ARTIFACTS, { recursive: true });
  const file = `${ARTIFACTS}phone-a11y-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
  await personPage.screenshot({ path: file, fullPage: true }).catch(() => {});
  if (problems.length > 0) {
    console.error(`${problems.join('\n')}\nscreenshot (phone): ${file}`);
    throw new PageCheckFailure(`${problems.length} problem(s) on ${name}:\n${problems.join('\n')}`);
  }
}

/**
 * The steps of one person's journey. A step whose page fails its judgement fails, and the journey goes on; a step
 * that fails otherwise (the journey itself broke) skips the person's remaining steps and leaves a screenshot.
 */
function journey(suite, currentPage) {
  let broken;
  return function step(name, fn) {
    test(name, async (t) => {
      if (broken) {
        t.skip(`an earlier step failed: ${broken}`);
        return;
      }
      try {
        await fn();
      } catch (error) {
        if (!(error instanceof PageCheckFailure)) {
          broken = name;
          const personPage = currentPage();
          if (personPage) {
            await mkdir(ARTIFACTS, { recursive: true });
            const file = `${ARTIFACTS}${suite}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
            await personPage.screenshot({ path: file, fullPage: true }).catch(() => {});
            console.error(`screenshot: ${file} (page was ${personPage.url()})`);
          }
        }
        throw error;
      }
    });
  };
}

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('a company admin on a phone: subscriptions, seats, licenses, company, support', { concurrency: 1 }, () => {
  let page;
  let subscriptionId;
  const step = journey('phone-a11y-admin', () => page);

  after(async () => {
    await page?.context().close();
  });

  step('the subscriptions list', async () => {
    page = await signedIn(ADMIN_EMAIL, '/subscriptions', ACME);
    await settled(page, '[data-testid="subscriptions-table"], [data-testid="subscriptions-empty"]');
    const active = page.locator('[data-testid="subscription-row"][data-status="ACTIVE"] a[href^="/subscriptions/"]').first();
    subscriptionId = (await active.getAttribute('href'))?.split('/')[2];
    await judge(page, 'subscriptions');
  });

  step('the first Tab reaches the skip link, which moves the focus to the main content', async () => {
    try {
      await page.reload();
      await settled(page, '[data-testid="subscriptions-table"], [data-testid="subscriptions-empty"]');
      await page.keyboard.press('Tab');
      const skip = page.getByTestId('skip-link');
      assert.ok(await skip.evaluate((el) => el === document.activeElement), 'the skip link is the first thing the keyboard reaches');
      const box = await skip.boundingBox();
      assert.ok(box && box.y >= 0 && box.x >= 0, 'the skip link shows on the screen while it has the focus');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'the focus moved to the main content');
      await page.keyboard.press('Tab');
      assert.ok(
        await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement) ?? false),
        'the next Tab goes on in the main content',
      );
    } catch (error) {
      throw new PageCheckFailure(`the keyboard: ${error.message}`);
    }
  });

  step('a row menu opens, closes and leads on with the keyboard alone', async () => {
    try {
      const row = page.locator(`[data-testid="subscription-row"] a[href="/subscriptions/${subscriptionId}"]`).locator('xpath=ancestor::tr');
      const toggle = row.getByTestId('subscription-menu');
      await toggle.focus();
      await page.keyboard.press('Enter');
      const manage = row.getByTestId('subscription-manage');
      await manage.waitFor({ state: 'visible' });
      await page.keyboard.press('Tab');
      assert.ok(await manage.evaluate((el) => el === document.activeElement), 'Tab goes into the open menu');
      await page.keyboard.press('Escape');
      await manage.waitFor({ state: 'detached' });
      assert.ok(await toggle.evaluate((el) => el === document.activeElement), 'Escape gives the focus back to the menu button');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${PORTAL_URL}/subscriptions/${subscriptionId}`);
    } catch (error) {
      throw new PageCheckFailure(`the keyboard: ${error.message}`);
    }
  });

  step('a subscription’s details', async () => {
    assert.ok(subscriptionId, 'the list showed an active subscription');
    await open(page, `/subscriptions/${subscriptionId}`, '[data-testid="manage-page"], [data-testid="subscription-page"]');
    await judge(page, 'subscription details');
  });

  step('a subscription’s seats', async () => {
    await open(page, `/subscriptions/${subscriptionId}/users`, '[data-testid="seats-page"]');
    await page.getByTestId('seat-calendar').waitFor({ state: 'visible' });
    await judge(page, 'seats');
  });

  step('the activation of a subscription pending activation', async () => {
    await open(page, '/subscriptions?status=PENDING_ACTIVATION', '[data-testid="subscriptions-table"], [data-testid="subscriptions-empty"]');
    const pending = page.locator('[data-testid="subscription-row"][data-status="PENDING_ACTIVATION"] a[href^="/subscriptions/"]').first();
    if ((await pending.count()) === 0) return; // an earlier run activated them all
    const id = (await pending.getAttribute('href')).split('/')[2];
    await open(page, `/subscriptions/${id}/activate`, '[data-testid="activate-page"]');
    await judge(page, 'activation');
  });

  step('the licenses', async () => {
    await open(page, '/licenses', '[data-testid="licenses-table"], [data-testid="licenses-empty"]');
    await judge(page, 'licenses');
  });

  step('the company overview with its members', async () => {
    await open(page, '/company', '[data-testid="members-table"]');
    await judge(page, 'company');
  });

  step('the company’s audit trail', async () => {
    await open(page, '/company/audit', '[data-testid="audit-page"]');
    await judge(page, 'audit');
  });

  step('support: dashboard, contracts and tickets', async () => {
    await open(page, '/support', '[data-testid="support-page"]');
    await judge(page, 'support');
    await open(page, '/support/contracts', '[data-testid="support-contracts"]');
    await judge(page, 'support contracts');
    await open(page, '/support/tickets', '[data-testid="support-tickets"]');
    await judge(page, 'support tickets');
  });
});

describe('a company member on a phone', { concurrency: 1 }, () => {
  let page;
  const step = journey('phone-a11y-member', () => page);

  after(async () => {
    await page?.context().close();
  });

  step('the member’s subscriptions, licenses and company', async () => {
    page = await signedIn(MEMBER_EMAIL, '/subscriptions', ACME);
    await settled(page, '[data-testid="subscriptions-table"], [data-testid="subscriptions-empty"]');
    await judge(page, 'member subscriptions');
    await open(page, '/licenses', '[data-testid="licenses-table"], [data-testid="licenses-empty"]');
    await judge(page, 'member licenses');
    await open(page, '/company', '[data-testid="members-table"]');
    await judge(page, 'member company');
  });
});

/** Set by the customer's journey, read by the agent's. */
let ticketId;

describe('a customer opens a support ticket on a phone', { concurrency: 1 }, () => {
  let page;
  const step = journey('phone-a11y-customer', () => page);

  after(async () => {
    await page?.context().close();
  });

  step('the new ticket form for a line of the contract', async () => {
    page = await signedIn(CUSTOMER_EMAIL, '/support/contracts');
    await settled(page, '[data-testid="support-contracts"]');
    const contract = page.locator(`[data-testid="contract"][data-number="${CONTRACT_NUMBER}"]`);
    await contract.waitFor({ state: 'visible' });
    await contract.locator('[data-testid="contract-line"] a[data-line-id]').first().click();
    await page.waitForURL((url) => url.pathname === '/support/tickets/new');
    await settled(page, '[data-testid="ticket-form"]');
    await judge(page, 'new ticket');
  });

  step('the ticket after it was opened', async () => {
    await page.getByTestId('ticket-title').fill(`Phone check ${RUN}`);
    await page.getByTestId('ticket-description').fill('Opened from a phone by the end-to-end suite.');
    await page.getByTestId('ticket-submit').click();
    await page.waitForURL((url) => /^\/support\/tickets\/[0-9a-f-]{36}$/i.test(url.pathname));
    ticketId = new URL(page.url()).pathname.split('/')[3];
    await settled(page, '[data-testid="ticket-number"]');
    await judge(page, 'ticket');
  });
});

describe('a reseller shops on a phone', { concurrency: 1 }, () => {
  let page;
  let orderId;
  const step = journey('phone-a11y-reseller', () => page);

  after(async () => {
    await page?.context().close();
  });

  step('the catalog', async () => {
    page = await signedIn(RESELLER_EMAIL, '/catalog', RESELLO);
    await settled(page, `[data-testid="product-${PRODUCT_CODE}"]`);
    await judge(page, 'catalog');
  });

  step('a product, put in an emptied cart', async () => {
    // a run that stopped half-way may have left lines behind
    await open(page, '/cart', '[data-testid="cart-table"], [data-testid="cart-empty"]');
    const lines = page.getByTestId('cart-line');
    for (let left = await lines.count(); left > 0; left = await lines.count()) {
      const lineId = await lines.first().getAttribute('data-line-id');
      await lines.first().getByTestId('cart-line-remove').click();
      await page.locator(`[data-testid="cart-line"][data-line-id="${lineId}"]`).waitFor({ state: 'detached' });
    }
    await open(page, '/catalog', `[data-testid="product-${PRODUCT_CODE}"]`);
    await page.getByTestId(`product-${PRODUCT_CODE}`).getByTestId('product-open').click();
    await page.waitForURL((url) => /^\/catalog\/[0-9a-f-]{36}$/i.test(url.pathname));
    await settled(page, `[data-testid="product-name"][data-code="${PRODUCT_CODE}"]`);
    await page.getByTestId(`variant-${VARIANT_CODE}`).check();
    await page.getByTestId('price-breakdown').waitFor({ state: 'visible' });
    await judge(page, 'product');
    await page.getByTestId('quantity').fill('1');
    await page.getByTestId('add-to-cart').click();
    await page.getByTestId('added-to-cart').waitFor({ state: 'visible' });
  });

  step('the cart', async () => {
    await open(page, '/cart', '[data-testid="cart-table"]');
    await judge(page, 'cart');
  });

  step('the checkout, ordering on invoice', async () => {
    await page.getByTestId('proceed-to-checkout').click();
    await page.waitForURL(`${PORTAL_URL}/checkout`);
    await settled(page, '[data-testid="checkout-form"]');
    await page.getByTestId('payment-INVOICE').check();
    await page.getByTestId('po-number').fill(`PO-PHONE-${RUN}`);
    await judge(page, 'checkout');
    await page.getByTestId('billing-confirm').check();
    await page.getByTestId('place-order').click();
    await page.waitForURL((url) => /^\/orders\/[0-9a-f-]{36}\/success$/i.test(url.pathname));
    orderId = new URL(page.url()).pathname.split('/')[2];
    await settled(page, '[data-testid="success-order-number"]');
    await judge(page, 'order success');
  });

  step('the order', async () => {
    await open(page, `/orders/${orderId}`, '[data-testid="order-page"] [data-testid="order-item"]');
    await judge(page, 'order');
  });

  step('the orders and the credit statement', async () => {
    await open(page, '/orders', '[data-testid="orders-table"]');
    await judge(page, 'orders');
    await open(page, '/credit', '[data-testid="credit-page"]');
    await judge(page, 'credit');
  });
});

describe('a support agent works the queue on a phone', { concurrency: 1 }, () => {
  let page;
  const step = journey('phone-a11y-agent', () => page);

  after(async () => {
    await page?.context().close();
  });

  step('the queue', async () => {
    page = await signedIn(AGENT_EMAIL, '/support/queue');
    await settled(page, '[data-testid="queue-filter"]');
    await judge(page, 'queue');
  });

  step('a ticket as the agent sees it', async () => {
    assert.ok(ticketId, 'the customer opened a ticket');
    await open(page, `/support/tickets/${ticketId}`, '[data-testid="reply-form"]');
    await judge(page, 'agent ticket');
  });
});

describe('the back office on a phone', { concurrency: 1 }, () => {
  let page;
  const step = journey('phone-a11y-backoffice', () => page);

  after(async () => {
    await page?.context().close();
  });

  step('the products', async () => {
    page = await signedIn(BACKOFFICE_EMAIL, '/backoffice/products');
    await settled(page, `[data-testid="backoffice-product-row"][data-code="${PRODUCT_CODE}"]`);
    await judge(page, 'backoffice products');
  });

  step('a product’s form, and a new one', async () => {
    await page.locator(`[data-testid="backoffice-product-row"][data-code="${PRODUCT_CODE}"] [data-testid="backoffice-product-edit"]`).click();
    await settled(page, '[data-testid="product-form"]');
    await judge(page, 'backoffice product');
    await open(page, '/backoffice/products/new', '[data-testid="product-form"]');
    await judge(page, 'backoffice new product');
  });

  step('the VAT rates, discounts and credit top-ups', async () => {
    await open(page, '/backoffice/tax-rates', '[data-testid="tax-rate-row"]');
    await judge(page, 'backoffice tax rates');
    await open(page, '/backoffice/discounts', '[data-testid="discounts-form"]');
    await judge(page, 'backoffice discounts');
    await open(page, '/backoffice/credit', '[data-testid="credit-top-up-form"]');
    await judge(page, 'backoffice credit');
  });
});
