import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';
import type { Language } from '@/lib/config';

/** One product, its variants priced for the company; a variant without a price is not sold in its country. */
export function getProduct(id: string, companyId: string, language: Language) {
  return data(api.GET('/api/v1/products/{id}', { params: { path: { id }, query: { companyId, language } } }));
}

export function useProduct(id: string | undefined, companyId: string | null, language: Language) {
  return useResource(id && companyId ? `product:${id}:${companyId}:${language}` : null, () =>
    getProduct(id!, companyId!, language),
  );
}
