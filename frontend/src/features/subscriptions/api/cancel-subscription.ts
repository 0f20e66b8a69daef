import { api, ApiProblem } from '@/lib/api';
import type { SubscriptionWithTag } from './types';

/** Cancels at the next renewal date (ACTIVE -> NON_RENEWING). */
export async function cancelSubscription(id: string): Promise<SubscriptionWithTag> {
  const { data, response } = await api.POST('/api/v1/subscriptions/{id}/cancellation', { params: { path: { id } } });
  if (!data) throw new ApiProblem({ status: response.status, title: 'Empty response', detail: response.url });
  return { subscription: data, etag: response.headers.get('ETag') };
}
