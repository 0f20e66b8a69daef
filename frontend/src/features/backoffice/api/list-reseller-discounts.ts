import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';

export function listResellerDiscounts() {
  return data(api.GET('/api/v1/catalog/reseller-discounts'));
}

export function useResellerDiscounts() {
  return useResource('backoffice:reseller-discounts', listResellerDiscounts);
}
