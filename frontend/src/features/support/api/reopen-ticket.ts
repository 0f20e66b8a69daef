import { api, data } from '@/lib/api';

/** Reopens a resolved or closed ticket, at any time; 409 `/problems/ticket-transition` otherwise. Answers the ticket. */
export function reopenTicket(id: string) {
  return data(api.POST('/api/v1/tickets/{id}/reopening', { params: { path: { id } } }));
}
