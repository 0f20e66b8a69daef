import { api, data } from '@/lib/api';
import { usePagedList } from '@/lib/api/hooks';
import type { TicketState } from './types';

const PAGE_SIZE = 20;

export interface TicketFilter {
  /** Empty: every state. */
  states: readonly TicketState[];
  contractId?: string;
}

/** The company's tickets, most recently changed first (every member sees them). */
export function listTickets(companyId: string, filter: TicketFilter, cursor?: string, limit = PAGE_SIZE) {
  return data(
    api.GET('/api/v1/tickets', {
      params: {
        query: {
          companyId,
          state: filter.states.length ? [...filter.states] : undefined,
          contractId: filter.contractId || undefined,
          limit,
          cursor,
        },
      },
    }),
  );
}

export function useTickets(companyId: string | null, filter: TicketFilter, limit = PAGE_SIZE) {
  return usePagedList(
    companyId && `tickets:${companyId}:${filter.states.join(',')}:${filter.contractId ?? ''}:${limit}`,
    (cursor) => listTickets(companyId!, filter, cursor, limit),
  );
}
