import { api, data } from '@/lib/api';
import { usePagedList } from '@/lib/api/hooks';

/** A company's subscriptions by next renewal, lapsed and ended ones too (back office). */
export function listCustomerSubscriptions(companyId: string, cursor?: string) {
  return data(
    api.GET('/api/v1/subscriptions', {
      params: { query: { companyId, status: ['PENDING_ACTIVATION', 'ACTIVE', 'NON_RENEWING', 'ENDED', 'LAPSED'], limit: 20, cursor } },
    }),
  );
}

export function useCustomerSubscriptions(companyId: string | null) {
  return usePagedList(companyId && `backoffice:customer-subscriptions:${companyId}`, (cursor) => listCustomerSubscriptions(companyId!, cursor));
}
