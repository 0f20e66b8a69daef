import { api, ApiProblem } from '@/lib/api';
import type { SubscriptionWithTag } from './types';

/** Takes a cancellation back before the renewal date (NON_RENEWING -> ACTIVE). */
export async function undoCancellation(id: string): Promise<SubscriptionWithTag> {
  const { data, response } = await api.DELETE('/api/v1/subscriptions/{id}/cancellation', { params: { path: { id } } });
  if (!data) throw new ApiProblem({ status: response.status, title: 'Empty response', detail: response.url });
  return { subscription: data, etag: response.headers.get('ETag') };
}
