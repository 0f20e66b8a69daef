import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';

/** Every product of the catalog, active or not, with all variants and prices (back office). */
export function listCatalogProducts() {
  return data(api.GET('/api/v1/catalog/products'));
}

export function useCatalogProducts() {
  return useResource('backoffice:products', listCatalogProducts);
}
