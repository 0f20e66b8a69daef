import { api, ApiProblem } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';
import type { SubscriptionWithTag } from './types';

export async function getSubscription(id: string): Promise<SubscriptionWithTag> {
  const { data, response } = await api.GET('/api/v1/subscriptions/{id}', { params: { path: { id } } });
  if (!data) throw new ApiProblem({ status: response.status, title: 'Empty response', detail: response.url });
  return { subscription: data, etag: response.headers.get('ETag') };
}

/** One subscription with its ETag (needed for If-Match on changes). */
export function useSubscription(id: string | undefined) {
  return useResource(id ? `subscription:${id}` : null, () => getSubscription(id!));
}
