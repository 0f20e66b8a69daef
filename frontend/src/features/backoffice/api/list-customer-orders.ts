import { api, data } from '@/lib/api';
import { usePagedList } from '@/lib/api/hooks';

/** A company's orders, newest first (back office). */
export function listCustomerOrders(companyId: string, cursor?: string) {
  return data(api.GET('/api/v1/orders', { params: { query: { companyId, limit: 20, cursor } } }));
}

export function useCustomerOrders(companyId: string | null) {
  return usePagedList(companyId && `backoffice:customer-orders:${companyId}`, (cursor) => listCustomerOrders(companyId!, cursor));
}
