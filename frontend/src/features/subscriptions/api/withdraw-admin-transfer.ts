import { api, ApiProblem } from '@/lib/api';
import type { SubscriptionWithTag } from './types';

/** Withdraws a pending admin transfer (and the invitation it made); with none pending, nothing changes. */
export async function withdrawAdminTransfer(id: string): Promise<SubscriptionWithTag> {
  const { data, response } = await api.DELETE('/api/v1/subscriptions/{id}/admin-transfer', { params: { path: { id } } });
  if (!data) throw new ApiProblem({ status: response.status, title: 'Empty response', detail: response.url });
  return { subscription: data, etag: response.headers.get('ETag') };
}
