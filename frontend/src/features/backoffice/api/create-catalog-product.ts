import { api, data } from '@/lib/api';
import type { ProductDefinition } from './types';

/** Adds a product; a code in use answers 409 `product-code-taken`. */
export function createCatalogProduct(definition: ProductDefinition) {
  return data(api.POST('/api/v1/catalog/products', { body: definition }));
}
