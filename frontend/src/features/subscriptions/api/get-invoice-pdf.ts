import { api, data } from '@/lib/api';

/**
 * One invoice as a PDF. It goes through the API client like every other call, so it carries the bearer token
 * (a plain link would not); a problem answer is thrown as an ApiProblem.
 */
export function getInvoicePdf(id: string, invoiceId: string): Promise<Blob> {
  return data(
    api.GET('/api/v1/subscriptions/{id}/invoices/{invoiceId}/pdf', {
      params: { path: { id, invoiceId } },
      headers: { Accept: 'application/pdf' },
      parseAs: 'blob',
    }),
  );
}
