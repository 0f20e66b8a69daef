import { api, data } from '@/lib/api';
import type { TicketReply } from './types';

/**
 * A public reply (mailed to the reporter and the CCs; a customer's reply reopens a resolved or closed ticket) or, for
 * agents, an internal note (`internal`, mailed to no one). Answers the ticket.
 */
export function replyToTicket(id: string, reply: TicketReply) {
  return data(api.POST('/api/v1/tickets/{id}/messages', { params: { path: { id } }, body: reply }));
}
