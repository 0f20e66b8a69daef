import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';

/**
 * The subscription's seats with today's usage (quantity, used, free, next free date) and its term, from which
 * the seat calendar is drawn. Plain members get 403; another company's subscription 404.
 */
export function getSeats(id: string) {
  return data(api.GET('/api/v1/subscriptions/{id}/seats', { params: { path: { id } } }));
}

export function useSeats(id: string | undefined) {
  return useResource(id ? `seats:${id}` : null, () => getSeats(id!));
}
