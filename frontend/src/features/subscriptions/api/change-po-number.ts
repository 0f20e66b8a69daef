import { api, ApiProblem } from '@/lib/api';
import type { SubscriptionWithTag } from './types';

/** Sets the PO number; `etag` from the last read goes as If-Match (a stale one answers 412). */
export async function changePoNumber(id: string, poNumber: string, etag: string | null): Promise<SubscriptionWithTag> {
  const { data, response } = await api.PUT('/api/v1/subscriptions/{id}/po-number', {
    // without an ETag the header goes empty and the server asks for one (428)
    params: { path: { id }, header: { 'If-Match': etag ?? '' } },
    body: { poNumber },
  });
  if (!data) throw new ApiProblem({ status: response.status, title: 'Empty response', detail: response.url });
  return { subscription: data, etag: response.headers.get('ETag') };
}
