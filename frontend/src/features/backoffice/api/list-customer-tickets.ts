import { api, data } from '@/lib/api';
import { usePagedList } from '@/lib/api/hooks';

/** A company's tickets, most recently changed first, every state (back office). */
export function listCustomerTickets(companyId: string, cursor?: string) {
  return data(api.GET('/api/v1/tickets', { params: { query: { companyId, limit: 20, cursor } } }));
}

export function useCustomerTickets(companyId: string | null) {
  return usePagedList(companyId && `backoffice:customer-tickets:${companyId}`, (cursor) => listCustomerTickets(companyId!, cursor));
}
