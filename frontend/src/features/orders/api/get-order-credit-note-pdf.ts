import { api, data } from '@/lib/api';

/** The credit note that cancelled the order's paid invoice, as a PDF, through the API client (bearer token). */
export function getOrderCreditNotePdf(id: string): Promise<Blob> {
  return data(
    api.GET('/api/v1/orders/{id}/credit-note', {
      params: { path: { id } },
      headers: { Accept: 'application/pdf' },
      parseAs: 'blob',
    }),
  );
}
