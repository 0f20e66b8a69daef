// Helpers shared by the end-to-end suites (not a suite itself: `npm run e2e` runs e2e/*.e2e.mjs).
import assert from 'node:assert/strict';

const MAIL_API_URL = (process.env.MAIL_API_URL || 'http://localhost:1080').replace(/\/+$/, '');

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
