import { api, ApiProblem } from '@/lib/api';
import { useResource } from '@/lib/api/hooks';
import type { Ticket, TicketTriage } from './types';

/** A ticket with the ETag of the version read (for If-Match on its triage). */
export interface TaggedTicket {
  ticket: Ticket;
  etag: string | null;
}

export async function getTaggedTicket(id: string): Promise<TaggedTicket> {
  const { data, response } = await api.GET('/api/v1/tickets/{id}', { params: { path: { id } } });
  if (!data) throw new ApiProblem({ status: response.status, title: 'Empty response', detail: response.url });
  return { ticket: data, etag: response.headers.get('ETag') };
}

/** Sets priority and assignee (agents); `etag` from the read goes as If-Match, a stale one answers 412. */
export async function triageTicket(id: string, triage: TicketTriage, etag: string | null): Promise<TaggedTicket> {
  const { data, response } = await api.PUT('/api/v1/tickets/{id}/triage', {
    params: { path: { id }, header: { 'If-Match': etag ?? '' } },
    body: triage,
  });
  if (!data) throw new ApiProblem({ status: response.status, title: 'Empty response', detail: response.url });
  return { ticket: data, etag: response.headers.get('ETag') };
}

/** The ticket's triage as last read, reloaded whenever the ticket changed (a reply, a state change). */
export function useTaggedTicket(id: string, changedAt: string) {
  return useResource(`ticket-tag:${id}:${changedAt}`, () => getTaggedTicket(id));
}
