import { api, data } from '@/lib/api';
import type { TicketCreate } from './types';

/**
 * Opens a ticket on a contract line with attachments uploaded before and CC addresses; the server mails the reporter
 * and the CCs. 422 on fields such as `title` or `cc[0]`; 409 `/problems/contract-not-active` when the contract no
 * longer covers today.
 */
export function createTicket(ticket: TicketCreate) {
  return data(api.POST('/api/v1/tickets', { body: ticket }));
}
