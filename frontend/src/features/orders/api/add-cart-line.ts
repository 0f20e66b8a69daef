import { api, data } from '@/lib/api';

/**
 * Puts `quantity` units of a variant in the cart (added to a line of the same variant) and answers the whole cart.
 * A variant not sold to the company answers 422 `/problems/not-for-sale`; members get 403.
 */
export function addCartLine(companyId: string, variantId: string, quantity: number) {
  return data(
    api.POST('/api/v1/carts/{companyId}/lines', { params: { path: { companyId } }, body: { variantId, quantity } }),
  );
}
