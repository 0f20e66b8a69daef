import { api, data } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';

/** One ticket with its thread, newest first (internal notes only for agents), and what the caller may do with it. */
export function getTicket(id: string) {
  return data(api.GET('/api/v1/tickets/{id}', { params: { path: { id } } }));
}

export function useTicket(id: string | undefined) {
  return useResource(id ? `ticket:${id}` : null, () => getTicket(id!));
}
