import { api, ApiProblem } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';
import type { ProductWithTag } from './types';

export async function getCatalogProduct(id: string): Promise<ProductWithTag> {
  const { data, response } = await api.GET('/api/v1/catalog/products/{id}', { params: { path: { id } } });
  if (!data) throw new ApiProblem({ status: response.status, title: 'Empty response', detail: response.url });
  return { product: data, etag: response.headers.get('ETag') };
}

/** One product with its ETag (needed for If-Match on changes); null id = nothing to load (a new product). */
export function useCatalogProduct(id: string | null) {
  return useResource(id ? `backoffice:product:${id}` : null, () => getCatalogProduct(id!));
}
