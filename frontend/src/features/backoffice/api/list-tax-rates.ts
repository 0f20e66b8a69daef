import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';

export function listTaxRates() {
  return data(api.GET('/api/v1/catalog/tax-rates'));
}

export function useTaxRates() {
  return useResource('backoffice:tax-rates', listTaxRates);
}
