import { api, data } from '@/lib/api';
import type { ContractClaim } from './types';

/**
 * Links a company to a support contract by proof: tax ID + contract number + a line's serial number or license key.
 * Without a company the server creates one from the contract's customer data. Answers the contract. Problems: 422 with
 * field errors (e.g. a tax ID in the wrong format), 422 `/problems/contract-proof-mismatch` (which part was wrong is
 * not said), 429 `/problems/rate-limited` with Retry-After, 409 `/problems/contract-claimed-elsewhere`, 403 for a
 * member who is not the company's admin.
 */
export function claimContract(claim: ContractClaim) {
  return data(api.POST('/api/v1/contract-claims', { body: claim }));
}
