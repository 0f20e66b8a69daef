import { api, data } from '@/lib/api';

/** Puts a reseller company in a discount tier; a company that is no reseller answers 422. */
export function setResellerTier(companyId: string, tier: string) {
  return data(api.PUT('/api/v1/catalog/resellers/{companyId}', { params: { path: { companyId } }, body: { tier } }));
}
