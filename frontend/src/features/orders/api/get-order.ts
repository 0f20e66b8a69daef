import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';

/** One order with its lines and what each unit delivered (subscription and its state now, license key, association). */
export function getOrder(id: string) {
  return data(api.GET('/api/v1/orders/{id}', { params: { path: { id } } }));
}

export function useOrder(id: string | undefined) {
  return useResource(id ? `order:${id}` : null, () => getOrder(id!));
}
