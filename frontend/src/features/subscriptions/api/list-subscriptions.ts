import { api, data } from '@/lib/api';
import { usePagedList } from '@/lib/api/hooks';
import { STATUSES, type SubscriptionStatus } from './types';

const PAGE_SIZE = 20;

/** One status, ALL (every status, ended and lapsed included), or '' for the server's default. */
export type StatusChoice = SubscriptionStatus | 'ALL' | '';

export interface SubscriptionFilter {
  /** Empty: the server's default, which hides LAPSED and ENDED; those appear only when asked for by status. */
  status: StatusChoice;
  /** Searches number and PO number. */
  q: string;
}

export function listSubscriptions(companyId: string, filter: SubscriptionFilter, cursor?: string) {
  return data(
    api.GET('/api/v1/subscriptions', {
      params: {
        query: {
          companyId,
          status: filter.status === 'ALL' ? [...STATUSES] : filter.status ? [filter.status] : undefined,
          q: filter.q || undefined,
          limit: PAGE_SIZE,
          cursor,
        },
      },
    }),
  );
}

/** The company's subscriptions (those the caller may see), by next renewal date. */
export function useSubscriptions(companyId: string | null, filter: SubscriptionFilter) {
  return usePagedList(companyId && `subscriptions:${companyId}:${filter.status}:${filter.q}`, (cursor) =>
    listSubscriptions(companyId!, filter, cursor),
  );
}
