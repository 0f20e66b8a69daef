import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';

/** My cart for the company, priced now (lines flag price changes and variants no longer sold). Members get 403. */
export function getCart(companyId: string) {
  return data(api.GET('/api/v1/carts/{companyId}', { params: { path: { companyId } } }));
}

export function useCart(companyId: string | null) {
  return useResource(companyId && `cart:${companyId}`, () => getCart(companyId!));
}
