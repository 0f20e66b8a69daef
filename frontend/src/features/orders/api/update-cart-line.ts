import { api, data } from '@/lib/api';

/** Sets a line's quantity (1 to 1000) and answers the whole cart, priced again. */
export function updateCartLine(companyId: string, lineId: string, quantity: number) {
  return data(
    api.PUT('/api/v1/carts/{companyId}/lines/{lineId}', { params: { path: { companyId, lineId } }, body: { quantity } }),
  );
}
