import { api, data } from '@/lib/api';
import type { ActivationRequest } from './types';

/**
 * Accepts the agreement version the person read and activates the subscription. The server answers
 * 409 `/problems/agreement-changed` when a newer version was published meanwhile.
 */
export function activateSubscription(id: string, request: ActivationRequest) {
  return data(api.POST('/api/v1/subscriptions/{id}/activation', { params: { path: { id } }, body: request }));
}
