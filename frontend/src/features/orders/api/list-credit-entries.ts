import { api, data } from '@/lib/api';
import { usePagedList } from '@/lib/api/hooks';

const PAGE_SIZE = 20;

/** The credit statement: every movement, newest first, with the balance after it. */
export function listCreditEntries(companyId: string, cursor?: string) {
  return data(
    api.GET('/api/v1/credit-accounts/{companyId}/entries', {
      params: { path: { companyId }, query: { limit: PAGE_SIZE, cursor } },
    }),
  );
}

export function useCreditEntries(companyId: string | null) {
  return usePagedList(companyId && `credit-entries:${companyId}`, (cursor) => listCreditEntries(companyId!, cursor));
}
