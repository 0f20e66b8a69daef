import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';

/** A company's details (back office reads any company). */
export function getCustomer(companyId: string) {
  return data(api.GET('/api/v1/companies/{companyId}', { params: { path: { companyId } } }));
}

export function useCustomer(companyId: string | null) {
  return useResource(companyId && `backoffice:customer:${companyId}`, () => getCustomer(companyId!));
}
