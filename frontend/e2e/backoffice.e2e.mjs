// End-to-end: the back office keeps the catalog and tops up credit through the SPA, against the real API. Bea (back
// office, no company) signs in through Keycloak, finds the Back office entry, sees the demo catalog, opens the Remote
// signature product and saves it unchanged (the form reads the ETag and sends If-Match), finds the Italian VAT rate,
// and tops up the demo reseller's prepaid credit by 1.00 EUR: the new balance is shown and Rita's credit statement
// in her own browser has the top-up on top.
//
// Needs the running stack: Portico (PORTAL_URL) with its demo data, Keycloak with the demo realm. Run with `npm run e2e`.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { PORTAL_URL, launchBrowser, logIn, newPerson, steps } from './support.mjs';

const BACKOFFICE_EMAIL = process.env.E2E_BACKOFFICE || 'bea.backoffice@portico.example';
const RESELLER_EMAIL = process.env.E2E_RESELLER || 'rita.reseller@resello.example';
const RESELLO = process.env.E2E_RESELLER_COMPANY_ID || 'c0000000-0000-4000-a000-000000000003';
const REASON = `Bank transfer, e2e ${Date.now()}`;

let browser;
/** The page of whoever acts in the current step (for the screenshot on failure). */
let page;
let backOffice;

const step = steps('backoffice', () => page);

describe('back office keeps the catalog and tops up a reseller’s credit', { concurrency: 1 }, () => {
  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  step('back office signs in and finds the catalog with the demo products', async () => {
    backOffice = await newPerson(browser);
    page = backOffice;
    await logIn(page, BACKOFFICE_EMAIL, '/backoffice/products');
    await page.getByTestId('nav-backoffice').waitFor({ state: 'visible' });
    await page.locator('[data-testid="backoffice-product-row"][data-code="REMOTE-SIGNATURE"]').waitFor({ state: 'visible' });
    assert.equal(
      await page.locator('[data-testid="backoffice-product-row"][data-code="REMOTE-SIGNATURE"] [data-testid="backoffice-product-variants"]').innerText(),
      '3',
      'Remote signature has its three identification variants',
    );
  });

  step('saving a product unchanged goes through with the ETag it read', async () => {
    await page.locator('[data-testid="backoffice-product-row"][data-code="REMOTE-SIGNATURE"] [data-testid="backoffice-product-edit"]').click();
    await page.getByTestId('product-code').waitFor({ state: 'visible' });
    assert.equal(await page.getByTestId('product-code').inputValue(), 'REMOTE-SIGNATURE');
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/api/v1/catalog/products/'));
    await page.getByTestId('product-save').click();
    const response = await saved;
    assert.equal(response.status(), 200, `PUT answered ${response.status()}: ${await response.text()}`);
    assert.ok(response.request().headers()['if-match'], 'the save sends If-Match');
    await page.getByTestId('product-saved').waitFor({ state: 'visible' });
  });

  step('the VAT rates list the demo countries', async () => {
    await page.getByTestId('backoffice-tab-taxRates').click();
    const italy = page.locator('[data-testid="tax-rate-row"][data-country="IT"]');
    await italy.waitFor({ state: 'visible' });
    assert.match(await italy.getByTestId('tax-rate-value').innerText(), /22/);
  });

  step('a credit top-up shows the reseller’s new balance', async () => {
    await page.getByTestId('backoffice-tab-credit').click();
    await page.getByTestId('credit-top-up-form').waitFor({ state: 'visible' });
    // the company is picked by its name, never typed as an id
    await page.getByTestId('credit-company').fill('Resello');
    await page.locator(`[data-testid="credit-company-option"][data-company-id="${RESELLO}"]`).click();
    await page.getByTestId('credit-amount').fill('1.00');
    await page.getByTestId('credit-reason').fill(REASON);
    await page.getByTestId('credit-top-up').click();
    await page.getByTestId('credit-top-up-done').waitFor({ state: 'visible' });
    assert.match(await page.getByTestId('credit-top-up-done').innerText(), /\d/);
  });

  step('the reseller finds the top-up on top of her credit statement', async () => {
    page = await newPerson(browser);
    await logIn(page, RESELLER_EMAIL, '/credit');
    const selector = page.getByTestId('company-selector');
    if ((await selector.isVisible()) && (await selector.inputValue()) !== RESELLO) {
      await selector.selectOption(RESELLO);
    }
    await page.getByText(REASON).first().waitFor({ state: 'visible' });
    assert.ok(page.url().startsWith(`${PORTAL_URL}/credit`));
  });
});
