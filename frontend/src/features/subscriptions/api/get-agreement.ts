import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';
import type { Language } from '@/lib/config';

/** The agreement version to accept now, in `language` (the server falls back to English). */
export function getAgreement(id: string, language: Language) {
  return data(api.GET('/api/v1/subscriptions/{id}/agreement', { params: { path: { id }, query: { language } } }));
}

/** Pass null for id to not load (the person cannot activate anyway). */
export function useAgreement(id: string | null, language: Language) {
  return useResource(id && `agreement:${id}:${language}`, () => getAgreement(id!, language));
}
