import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';

/** The PO number history, newest first. */
export function listPoNumbers(id: string) {
  return data(api.GET('/api/v1/subscriptions/{id}/po-numbers', { params: { path: { id } } }));
}

export function usePoNumbers(id: string | null) {
  return useResource(id && `po-numbers:${id}`, () => listPoNumbers(id!));
}
