import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';

/** The subscription's invoices, newest first. */
export function listInvoices(id: string) {
  return data(api.GET('/api/v1/subscriptions/{id}/invoices', { params: { path: { id } } }));
}

/** Pass null to not load (a subscription pending activation has no invoices). */
export function useInvoices(id: string | null) {
  return useResource(id && `invoices:${id}`, () => listInvoices(id!));
}
