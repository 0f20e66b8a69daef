import { api, data } from '@/lib/api';

/** The order's invoice as a PDF, through the API client so that it carries the bearer token. */
export function getOrderInvoicePdf(id: string): Promise<Blob> {
  return data(
    api.GET('/api/v1/orders/{id}/invoice', {
      params: { path: { id } },
      headers: { Accept: 'application/pdf' },
      parseAs: 'blob',
    }),
  );
}
