import { api, data } from '@/lib/api';
import { usePagedList } from '@/lib/api/hooks';

/** A company's support contracts, expired ones too, by number (back office). */
export function listCustomerContracts(companyId: string, cursor?: string) {
  return data(api.GET('/api/v1/support-contracts', { params: { query: { companyId, includeExpired: true, limit: 20, cursor } } }));
}

export function useCustomerContracts(companyId: string | null) {
  return usePagedList(companyId && `backoffice:customer-contracts:${companyId}`, (cursor) => listCustomerContracts(companyId!, cursor));
}
