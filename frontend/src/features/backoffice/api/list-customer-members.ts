import { api, data } from '@/lib/api';
import { usePagedList } from '@/lib/api/hooks';

/** A company's members, oldest first (back office). */
export function listCustomerMembers(companyId: string, cursor?: string) {
  return data(api.GET('/api/v1/companies/{companyId}/members', { params: { path: { companyId }, query: { limit: 20, cursor } } }));
}

export function useCustomerMembers(companyId: string | null) {
  return usePagedList(companyId && `backoffice:customer-members:${companyId}`, (cursor) => listCustomerMembers(companyId!, cursor));
}
