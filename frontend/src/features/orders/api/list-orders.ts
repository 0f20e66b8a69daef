import { api, data } from '@/lib/api';
import { usePagedList } from '@/lib/api/hooks';

const PAGE_SIZE = 20;

/** The company's orders, newest first (company admins; members get 403). */
export function listOrders(companyId: string, cursor?: string) {
  return data(api.GET('/api/v1/orders', { params: { query: { companyId, limit: PAGE_SIZE, cursor } } }));
}

export function useOrders(companyId: string | null) {
  return usePagedList(companyId && `orders:${companyId}`, (cursor) => listOrders(companyId!, cursor));
}
