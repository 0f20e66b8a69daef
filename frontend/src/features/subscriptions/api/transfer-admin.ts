import { api, ApiProblem } from '@/lib/api';
import type { SubscriptionWithTag } from './types';

/**
 * Makes `email` the subscription's admin: a member of the company, or anyone (who is invited and sees the
 * subscription once they sign in with that address). The answer shows the subscription as the caller now sees it.
 */
export async function transferAdmin(id: string, email: string): Promise<SubscriptionWithTag> {
  const { data, response } = await api.POST('/api/v1/subscriptions/{id}/admin-transfer', {
    params: { path: { id } },
    body: { email },
  });
  if (!data) throw new ApiProblem({ status: response.status, title: 'Empty response', detail: response.url });
  return { subscription: data, etag: response.headers.get('ETag') };
}
