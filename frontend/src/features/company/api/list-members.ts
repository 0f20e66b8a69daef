import { api, data } from '@/lib/api';
import { usePagedList } from '@/lib/api/hooks';

const PAGE_SIZE = 20;

export function listMembers(companyId: string, cursor?: string) {
  return data(
    api.GET('/api/v1/companies/{companyId}/members', {
      params: { path: { companyId }, query: { limit: PAGE_SIZE, cursor } },
    }),
  );
}

export function useMembers(companyId: string | null) {
  return usePagedList(companyId && `members:${companyId}`, (cursor) => listMembers(companyId!, cursor));
}
