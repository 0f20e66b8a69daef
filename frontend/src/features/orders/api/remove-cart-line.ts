import { api, data } from '@/lib/api';

/** Removes a line and answers the cart without it. */
export function removeCartLine(companyId: string, lineId: string) {
  return data(api.DELETE('/api/v1/carts/{companyId}/lines/{lineId}', { params: { path: { companyId, lineId } } }));
}
