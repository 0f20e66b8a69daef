import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';

export function getCompany(companyId: string) {
  return data(api.GET('/api/v1/companies/{companyId}', { params: { path: { companyId } } }));
}

export function useCompany(companyId: string | null) {
  return useResource(companyId && `company:${companyId}`, () => getCompany(companyId!));
}
