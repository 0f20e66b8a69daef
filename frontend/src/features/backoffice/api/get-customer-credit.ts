import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';

/** A company's prepaid credit balance (back office). */
export function getCustomerCredit(companyId: string) {
  return data(api.GET('/api/v1/credit-accounts/{companyId}', { params: { path: { companyId } } }));
}

export function useCustomerCredit(companyId: string | null) {
  return useResource(companyId && `backoffice:customer-credit:${companyId}`, () => getCustomerCredit(companyId!));
}
