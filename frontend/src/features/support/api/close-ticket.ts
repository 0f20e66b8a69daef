import { api, data } from '@/lib/api';

/** Closes the ticket (anyone on it may; it can be reopened at any time). Answers the ticket. */
export function closeTicket(id: string) {
  return data(api.POST('/api/v1/tickets/{id}/closure', { params: { path: { id } } }));
}
