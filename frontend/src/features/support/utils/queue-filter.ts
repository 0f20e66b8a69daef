import { QUEUE_DEFAULT_STATES, TICKET_PRIORITIES, TICKET_STATES, type TicketPriority, type TicketState } from '../api/types';

/** "Waiting longer than": how far back `waitingBefore` lies from now. */
export const WAITING_CHOICES = { '1h': 3_600_000, '1d': 86_400_000, '3d': 3 * 86_400_000 } as const;
export type WaitingChoice = keyof typeof WAITING_CHOICES;

export interface QueueFilter {
  /** The states to show; never empty (choosing none means every state). */
  states: readonly TicketState[];
  /** Text in the ticket's number or title, its company's name, its contract's number, its line's serial or license key. */
  q: string;
  companyId: string;
  /** Empty: however long. */
  waiting: WaitingChoice | '';
  /** Empty: any priority. */
  priority: TicketPriority | '';
  /** Empty: anyone's or no one's. */
  assignee: AssigneeChoice | '';
}

export const ASSIGNEE_CHOICES = ['me', 'none'] as const;
export type AssigneeChoice = (typeof ASSIGNEE_CHOICES)[number];

function isPriority(value: string | null): value is TicketPriority {
  return !!value && (TICKET_PRIORITIES as readonly string[]).includes(value);
}

function isAssignee(value: string | null): value is AssigneeChoice {
  return !!value && (ASSIGNEE_CHOICES as readonly string[]).includes(value);
}

function isState(value: string): value is TicketState {
  return (TICKET_STATES as readonly string[]).includes(value);
}

function isWaiting(value: string | null): value is WaitingChoice {
  return !!value && Object.hasOwn(WAITING_CHOICES, value);
}

/**
 * The queue's filter from the URL (`?states=OPEN,WAITING_FOR_SUPPORT&q=K100200&companyId=&waiting=1d&priority=HIGH&assignee=me`), so
 * that a filtered queue can be bookmarked. The parameter is `states`, not `state`: Keycloak refuses a return address
 * with an OIDC parameter such as `state` in it, so such a bookmark could not be opened by signing in. Without `states`
 * the queue shows what waits for support; `states=` (none chosen)
 * shows every state.
 */
export function parseQueueFilter(params: URLSearchParams): QueueFilter {
  const state = params.get('states');
  const chosen = state === null ? QUEUE_DEFAULT_STATES : state.split(',').filter(isState);
  const waiting = params.get('waiting');
  return {
    states: chosen.length > 0 ? TICKET_STATES.filter((s) => chosen.includes(s)) : TICKET_STATES,
    q: params.get('q')?.trim() ?? '',
    companyId: params.get('companyId')?.trim() ?? '',
    waiting: isWaiting(waiting) ? waiting : '',
    priority: isPriority(params.get('priority')) ? (params.get('priority') as TicketPriority) : '',
    assignee: isAssignee(params.get('assignee')) ? (params.get('assignee') as AssigneeChoice) : '',
  };
}

export function queueFilterParams(filter: QueueFilter): URLSearchParams {
  const params = new URLSearchParams();
  const defaults = filter.states.length === QUEUE_DEFAULT_STATES.length && QUEUE_DEFAULT_STATES.every((s) => filter.states.includes(s));
  if (!defaults) params.set('states', filter.states.length === TICKET_STATES.length ? '' : filter.states.join(','));
  if (filter.q) params.set('q', filter.q);
  if (filter.companyId) params.set('companyId', filter.companyId);
  if (filter.waiting) params.set('waiting', filter.waiting);
  if (filter.priority) params.set('priority', filter.priority);
  if (filter.assignee) params.set('assignee', filter.assignee);
  return params;
}

/** The instant a ticket must have been waiting since, for "waiting longer than"; undefined for however long. */
export function waitingBefore(waiting: WaitingChoice | '', now: number): string | undefined {
  return waiting ? new Date(now - WAITING_CHOICES[waiting]).toISOString() : undefined;
}
