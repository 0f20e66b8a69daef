import { api, data } from '@/lib/api';
import { usePagedList } from '@/lib/api/hooks';

const PAGE_SIZE = 20;

/** The company's support contracts by number: those covering today, or all of them with `includeExpired`. */
export function listContracts(companyId: string, includeExpired: boolean, cursor?: string, limit = PAGE_SIZE) {
  return data(
    api.GET('/api/v1/support-contracts', { params: { query: { companyId, includeExpired, limit, cursor } } }),
  );
}

export function useContracts(companyId: string | null, includeExpired: boolean) {
  return usePagedList(companyId && `support-contracts:${companyId}:${includeExpired}`, (cursor) =>
    listContracts(companyId!, includeExpired, cursor),
  );
}
