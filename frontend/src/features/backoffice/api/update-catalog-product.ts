import { api, ApiProblem } from '@/lib/api';
import type { ProductDefinition, ProductWithTag } from './types';

/** Replaces a product's definition; `etag` from the last read goes as If-Match (a stale one answers 412). */
export async function updateCatalogProduct(id: string, definition: ProductDefinition, etag: string | null): Promise<ProductWithTag> {
  const { data, response } = await api.PUT('/api/v1/catalog/products/{id}', {
    // without an ETag the header goes empty and the server asks for one (428)
    params: { path: { id }, header: { 'If-Match': etag ?? '' } },
    body: definition,
  });
  if (!data) throw new ApiProblem({ status: response.status, title: 'Empty response', detail: response.url });
  return { product: data, etag: response.headers.get('ETag') };
}
