import { api, data } from '@/lib/api';
import { usePagedList } from '@/lib/api/hooks';

const PAGE_SIZE = 20;

/** A page of the company's license overview (company admins; members get 403, other companies 404). */
export function getLicenseOverview(companyId: string, cursor?: string) {
  return data(
    api.GET('/api/v1/companies/{companyId}/license-overview', {
      params: { path: { companyId }, query: { limit: PAGE_SIZE, cursor } },
    }),
  );
}

export function useLicenseOverview(companyId: string | null) {
  return usePagedList(companyId && `license-overview:${companyId}`, (cursor) => getLicenseOverview(companyId!, cursor));
}

/** The whole overview as a CSV file, headers in the person's language, through the client so that it carries the token. */
export function exportLicenseOverview(companyId: string): Promise<Blob> {
  return data(
    api.GET('/api/v1/companies/{companyId}/license-overview/export', {
      params: { path: { companyId } },
      headers: { Accept: 'text/csv' },
      parseAs: 'blob',
    }),
  );
}
