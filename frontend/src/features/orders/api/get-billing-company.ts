import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';

/** The company's details, from which checkout prefills the billing data. */
export function getBillingCompany(companyId: string) {
  return data(api.GET('/api/v1/companies/{companyId}', { params: { path: { companyId } } }));
}

export function useBillingCompany(companyId: string | null) {
  return useResource(companyId && `billing-company:${companyId}`, () => getBillingCompany(companyId!));
}
