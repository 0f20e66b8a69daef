import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';

export function getAcceptedAgreement(id: string) {
  return data(api.GET('/api/v1/subscriptions/{id}/accepted-agreement', { params: { path: { id } } }));
}

/** The agreement accepted on activation; pass null to not load (e.g. until the dialog opens). */
export function useAcceptedAgreement(id: string | null) {
  return useResource(id && `accepted-agreement:${id}`, () => getAcceptedAgreement(id!));
}
