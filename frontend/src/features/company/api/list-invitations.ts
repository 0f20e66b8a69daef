import { api, data } from '@/lib/api';
import { usePagedList } from '@/lib/api/hooks';

const PAGE_SIZE = 20;

export function listPendingInvitations(companyId: string, cursor?: string) {
  return data(
    api.GET('/api/v1/companies/{companyId}/invitations', {
      params: { path: { companyId }, query: { status: 'PENDING', limit: PAGE_SIZE, cursor } },
    }),
  );
}

/** Pending invitations; pass null when the person may not manage members (the server would answer 403). */
export function usePendingInvitations(companyId: string | null) {
  return usePagedList(companyId && `invitations:${companyId}`, (cursor) => listPendingInvitations(companyId!, cursor));
}
