import { api, data } from '@/lib/api';

/** Removes a CC address and answers the ticket's CC list. */
export function removeCc(id: string, email: string) {
  return data(api.DELETE('/api/v1/tickets/{id}/cc/{email}', { params: { path: { id, email } } }));
}
