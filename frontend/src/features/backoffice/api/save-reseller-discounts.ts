import { api, data } from '@/lib/api';
import type { ResellerDiscount } from './types';

/** Replaces the whole discount table; errors name rows by index, e.g. `[0].productCode`. */
export function saveResellerDiscounts(discounts: ResellerDiscount[]) {
  return data(api.PUT('/api/v1/catalog/reseller-discounts', { body: discounts }));
}
