import { api, data } from '@/lib/api';

/** Marks the ticket resolved (support agents only). Answers the ticket. */
export function resolveTicket(id: string) {
  return data(api.POST('/api/v1/tickets/{id}/resolution', { params: { path: { id } } }));
}
