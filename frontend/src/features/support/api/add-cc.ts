import { api, data } from '@/lib/api';

/** Adds a CC address (at most 10 per ticket; 422 on `email`) and answers the ticket's CC list. */
export function addCc(id: string, email: string) {
  return data(api.POST('/api/v1/tickets/{id}/cc', { params: { path: { id } }, body: { email } }));
}
