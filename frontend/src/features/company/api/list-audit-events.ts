import { api, data } from '@/lib/api';
import { usePagedList } from '@/lib/api/hooks';

const PAGE_SIZE = 50;

export function listAuditEvents(companyId: string, action: string | undefined, cursor?: string) {
  return data(
    api.GET('/api/v1/audit-events', {
      params: { query: { companyId, action: action || undefined, limit: PAGE_SIZE, cursor } },
    }),
  );
}

/** The company's audit trail, newest first; pass null for companyId to not load (no permission). */
export function useAuditEvents(companyId: string | null, action: string) {
  return usePagedList(companyId && `audit:${companyId}:${action}`, (cursor) =>
    listAuditEvents(companyId!, action, cursor),
  );
}
