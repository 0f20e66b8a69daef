// bench/tokens.mjs — access tokens for the bench, signed with the test-only key (src/test/resources/test-keys) that
// the benched app is told to trust, valid for two hours:
//   customer      the bench admin of bench/seed.sql (Bench 10k, Bench 100k)
//   integration   a client-credentials token with only entitlements:read
//   buyer N       bench.buyerN@bench.example, an admin of the demo reseller (N = 1..16)
// Usage: node bench/tokens.mjs customer|integration|buyer N   (or import { token } from './tokens.mjs')
import crypto from 'node:crypto';
import fs from 'node:fs';

const key = fs.readFileSync(new URL('../src/test/resources/test-keys/private-key.pem', import.meta.url));
const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');

function person(subject, email, first, last) {
  return { sub: subject, azp: 'portico-spa', email, email_verified: true, given_name: first, family_name: last,
    preferred_username: email, realm_access: { roles: ['customer'] } };
}

/** A signed token with these claims (issuer, audience and two hours' validity added). */
export function signed(claims) {
  const now = Math.floor(Date.now() / 1000);
  const head = b64({ alg: 'RS256', typ: 'JWT', kid: 'test' });
  const body = b64({ iss: 'https://bench.portico.local', aud: 'portico-api', iat: now, exp: now + 7200, ...claims });
  return `${head}.${body}.${crypto.sign('RSA-SHA256', Buffer.from(`${head}.${body}`), key).toString('base64url')}`;
}

/** A signed-in person's token (a verified email, realm role customer unless others are given). */
export function personToken(subject, email, first, last, roles = ['customer']) {
  return signed({ ...person(subject, email, first, last), realm_access: { roles } });
}

/** An integration's client-credentials token with the given scopes. */
export function integrationToken(scopes) {
  return signed({ sub: 'be000000-0000-4000-9000-000000000002', azp: 'scale-integration',
    preferred_username: 'service-account-scale-integration', realm_access: { roles: ['integration'] },
    scope: ['profile', 'email', ...scopes].join(' ') });
}

export function token(kind, n = 1) {
  const claims = {
    customer: () => person('00000000-0000-4000-be00-000000000001', 'bench.admin@bench.example', 'Bench', 'Admin'),
    integration: () => ({ sub: 'be000000-0000-4000-9000-000000000001', azp: 'bench-integration',
      preferred_username: 'service-account-bench-integration', realm_access: { roles: ['integration'] },
      scope: 'profile email entitlements:read' }),
    buyer: () => person(`00000000-0000-4000-be00-0000000001${String(n).padStart(2, '0')}`, `bench.buyer${n}@bench.example`,
      'Bench', `Buyer ${n}`),
  }[kind];
  if (!claims) throw new Error(`no such token kind: ${kind}`);
  return signed(claims());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(token(process.argv[2], Number(process.argv[3] ?? 1)));
}
