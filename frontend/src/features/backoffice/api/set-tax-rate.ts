import { api, data } from '@/lib/api';

/** Sets (or adds) the VAT rate of one country. */
export function setTaxRate(country: string, rateBasisPoints: number) {
  return data(api.PUT('/api/v1/catalog/tax-rates/{country}', { params: { path: { country } }, body: { rateBasisPoints } }));
}
