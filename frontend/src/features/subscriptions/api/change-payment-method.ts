import { api, ApiProblem } from '@/lib/api';
import type { PaymentMethodChange, SubscriptionWithTag } from './types';

/**
 * Sets a new payment method. Card and SEPA details go to the payment provider through the server, which keeps
 * only the provider's reference and a display text; invalid details answer 422 with fields such as
 * `card.number` or `sepa.iban`.
 */
export async function changePaymentMethod(id: string, change: PaymentMethodChange): Promise<SubscriptionWithTag> {
  const { data, response } = await api.PUT('/api/v1/subscriptions/{id}/payment-method', {
    params: { path: { id } },
    body: change,
  });
  if (!data) throw new ApiProblem({ status: response.status, title: 'Empty response', detail: response.url });
  return { subscription: data, etag: response.headers.get('ETag') };
}
