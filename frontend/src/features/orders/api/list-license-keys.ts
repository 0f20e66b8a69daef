import { api, data } from '@/lib/api';
import { usePagedList } from '@/lib/api/hooks';

const PAGE_SIZE = 20;

/** The one-time licenses the company bought, newest first, with their keys. */
export function listLicenseKeys(companyId: string, cursor?: string) {
  return data(api.GET('/api/v1/license-keys', { params: { query: { companyId, limit: PAGE_SIZE, cursor } } }));
}

export function useLicenseKeys(companyId: string | null) {
  return usePagedList(companyId && `license-keys:${companyId}`, (cursor) => listLicenseKeys(companyId!, cursor));
}
