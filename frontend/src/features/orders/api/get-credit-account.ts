import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';

/** The company's prepaid balance (0 when it never had credit). */
export function getCreditAccount(companyId: string) {
  return data(api.GET('/api/v1/credit-accounts/{companyId}', { params: { path: { companyId } } }));
}

/** Pass null to not load (e.g. an order not paid by credit). */
export function useCreditAccount(companyId: string | null) {
  return useResource(companyId && `credit:${companyId}`, () => getCreditAccount(companyId!));
}
