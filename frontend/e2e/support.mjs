// Helpers shared by the end-to-end suites (not a suite itself: `npm run e2e` runs e2e/*.e2e.mjs).
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const PORTAL_URL = (process.env.PORTAL_URL || 'http://localhost:8080').replace(/\/+$/, '');
export const MAIL_API_URL = (process.env.MAIL_API_URL || 'http://localhost:1080').replace(/\/+$/, '');
export const KEYCLOAK_URL = (process.env.KEYCLOAK_URL || 'http://localhost:8180').replace(/\/+$/, '');
/** The demo users' password (keycloak/demo-users.json). */
export const PASSWORD = process.env.E2E_PASSWORD || 'portico-demo';
/** How long any one condition may take before the step fails; mails get longer (the outbox sends every second). */
export const TIMEOUT_MS = 30_000;
export const MAIL_TIMEOUT_MS = 60_000;

const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const CLIENT_ID = process.env.E2E_INTEGRATION_CLIENT || 'portico-integration';
const CLIENT_SECRET = process.env.E2E_INTEGRATION_SECRET || 'portico-integration-secret';

/** Debian's Chromium, headless, without the background traffic that would reach for the internet. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Records on `page.cspViolations` every Content-Security-Policy violation the browser reports on it (the portal's or
 * Keycloak's pages), so that a suite can prove the pages work under the security headers.
 */
export function watchCsp(page) {
  page.cspViolations = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      page.cspViolations.push(`${page.url()}: ${message.text()}`);
    }
  });
  return page;
}

/** A page in a browser context of its own, as if on another person's computer. */
export async function newPerson(browser) {
  const context = await browser.newContext({ locale: 'en-US' });
  const personPage = watchCsp(await context.newPage());
  personPage.setDefaultTimeout(TIMEOUT_MS);
  personPage.setDefaultNavigationTimeout(TIMEOUT_MS);
  return personPage;
}

/** Opens `path` in the portal, fills the Keycloak login as `email`, and waits until the portal shows `path` again. */
export async function logIn(personPage, email, path, password = PASSWORD) {
  await personPage.goto(`${PORTAL_URL}${path}`);
  await personPage.locator('#username').waitFor({ state: 'visible' });
  assert.ok(personPage.url().startsWith(KEYCLOAK_URL) || personPage.url().includes('/realms/'), `expected the Keycloak login, got ${personPage.url()}`);
  await personPage.locator('#username').fill(email);
  await personPage.locator('#password').fill(password);
  await personPage.locator('#kc-login').click();
  await personPage.waitForURL((url) => url.href.startsWith(`${PORTAL_URL}${path}`));
}

/**
 * On Keycloak's login page (already open in `personPage`), follows "Register", fills the form for `person` ({email,
 * firstName, lastName, and optionally phone and taxId}) and waits until Keycloak accepted it and asks to verify the
 * email. Keycloak 26.7 asks for the password only after verification (realm with verifyEmail); older ones here.
 */
export async function registerThroughKeycloak(personPage, person, password) {
  await personPage.locator('#kc-registration a').or(personPage.getByRole('link', { name: /^register$/i })).first().click();
  const form = personPage.locator('#kc-register-form');
  await form.waitFor({ state: 'visible' });
  await personPage.locator('#email').fill(person.email);
  await personPage.locator('#firstName').fill(person.firstName);
  await personPage.locator('#lastName').fill(person.lastName);
  if (await personPage.locator('#password').count()) {
    await personPage.locator('#password').fill(password);
    await personPage.locator('#password-confirm').fill(password);
  }
  if (person.phone && (await personPage.locator('#phone').count())) await personPage.locator('#phone').fill(person.phone);
  if (person.taxId) await personPage.locator('#taxId').fill(person.taxId);
  await form.locator('[type="submit"]').click();
  // Keycloak answers the form again with messages when it refuses it, else it asks to verify the email
  await waitFor(
    'Keycloak to accept the registration',
    async () => {
      if (personPage.url().startsWith(PORTAL_URL)) throw new Error('the portal opened before the email was verified');
      if ((await personPage.locator('#kc-register-form').count()) === 0) return true;
      const messages = (await personPage.locator('[id^="input-error"], .pf-v5-c-alert, .alert-error').allInnerTexts())
        .map((m) => m.trim()).filter(Boolean);
      if (messages.length > 0) throw new Error(`the registration was refused: ${messages.join(' | ')}`);
      return undefined;
    },
    TIMEOUT_MS,
  );
  assert.match(await personPage.locator('body').innerText(), /verify/i, 'Keycloak asks to verify the email address');
}

/**
 * The `step` of a suite whose steps build on each other: after the first failure the rest are skipped, not left to
 * time out, and the failing step leaves a screenshot of `currentPage()` in e2e/artifacts/.
 */
export function steps(suite, currentPage) {
  let failedStep;
  return function step(name, fn) {
    test(name, async (t) => {
      if (failedStep) {
        t.skip(`an earlier step failed: ${failedStep}`);
        return;
      }
      try {
        await fn();
      } catch (error) {
        failedStep = name;
        const page = currentPage();
        if (page) {
          await mkdir(ARTIFACTS, { recursive: true });
          const file = `${ARTIFACTS}${suite}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
          await page.screenshot({ path: file, fullPage: true }).catch(() => {});
          console.error(`screenshot: ${file} (page was ${page.url()})`);
        }
        throw error;
      }
    });
  };
}

/** An access token of the integration client (client credentials), as an ERP or a shop system would get one. */
export async function integrationToken() {
  const response = await fetch(`${KEYCLOAK_URL}/realms/portico/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: CLIENT_ID, client_secret: CLIENT_SECRET }),
  });
  assert.equal(response.status, 200, `client-credentials token answered ${response.status}: ${await response.clone().text()}`);
  const { access_token: token } = await response.json();
  assert.ok(token, 'the token response has an access_token');
  return token;
}

/** Polls `probe` until it returns a value (not undefined) or the deadline passes. */
export async function waitFor(description, probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}${lastError ? `: ${lastError}` : ''}`);
}

/** The mails the mail catcher (maildev) holds for an address. */
export async function mailsTo(address) {
  const response = await fetch(`${MAIL_API_URL}/email`);
  assert.equal(response.status, 200, `GET ${MAIL_API_URL}/email answered ${response.status}`);
  const mails = await response.json();
  return mails.filter((mail) => (mail.to ?? []).some((to) => to.address?.toLowerCase() === address.toLowerCase()));
}
