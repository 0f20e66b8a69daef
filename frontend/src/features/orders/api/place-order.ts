import { api, data } from '@/lib/api';
import type { Checkout } from './types';

/**
 * Checks out the cart. `idempotencyKey` makes a retry of the same submission safe: the server answers a replay with
 * the order it placed the first time and releases the key of a request that failed. Problems: 422 on fields such as
 * `billingDataConfirmed` or `payment.card.number`, 422 `/problems/insufficient-credit`, 409 `/problems/cart-changed`
 * (the total is no longer `expectedTotal`), 409 `/problems/cart-empty`, 402 `/problems/payment-declined`.
 */
export function placeOrder(checkout: Checkout, idempotencyKey: string) {
  return data(api.POST('/api/v1/orders', { body: checkout, params: { header: { 'Idempotency-Key': idempotencyKey } } }));
}
