import { api, data } from '@/lib/api';

/**
 * Hands a subscription pending activation to an end customer: they get a mail, and when they sign in with that
 * address the subscription moves to their company. Again with another address while it is not claimed. Answers the
 * item; 422 on `email`, 409 `/problems/not-associable` when it can no longer be handed over.
 */
export function associateItem(itemId: string, email: string) {
  return data(api.POST('/api/v1/order-items/{itemId}/association', { params: { path: { itemId } }, body: { email } }));
}
