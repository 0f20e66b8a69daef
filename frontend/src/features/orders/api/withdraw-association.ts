import { api, data } from '@/lib/api';

/** Takes back an association the end customer has not claimed yet; answers the item. */
export function withdrawAssociation(itemId: string) {
  return data(api.DELETE('/api/v1/order-items/{itemId}/association', { params: { path: { itemId } } }));
}
