import { api, data } from '@/lib/api';
import type { CreditTopUp } from './types';

/** Adds prepaid credit; the same `idempotencyKey` on a retry answers the first entry instead of adding twice. */
export function topUpCredit(companyId: string, topUp: CreditTopUp, idempotencyKey: string) {
  return data(
    api.POST('/api/v1/credit-accounts/{companyId}/top-ups', {
      params: { path: { companyId }, header: { 'Idempotency-Key': idempotencyKey } },
      body: topUp,
    }),
  );
}
