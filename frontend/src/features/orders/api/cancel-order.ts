import { api, data } from '@/lib/api';

/** Cancels the order with a full refund (while nothing it delivered is in use); answers the order. */
export function cancelOrder(orderId: string) {
  return data(api.POST('/api/v1/orders/{id}/cancellation', { params: { path: { id: orderId } } }));
}
