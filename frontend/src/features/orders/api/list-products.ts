import { api, data } from '@/lib/api';
import { usePagedList } from '@/lib/api/hooks';
import type { Language } from '@/lib/config';

const PAGE_SIZE = 20;

/** The products on offer, each variant priced for the company (its country and reseller tier), texts in `language`. */
export function listProducts(companyId: string, language: Language, cursor?: string) {
  return data(api.GET('/api/v1/products', { params: { query: { companyId, language, limit: PAGE_SIZE, cursor } } }));
}

export function useProducts(companyId: string | null, language: Language) {
  return usePagedList(companyId && `products:${companyId}:${language}`, (cursor) =>
    listProducts(companyId!, language, cursor),
  );
}
