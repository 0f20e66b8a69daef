import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollBox } from '@/components/ScrollBox';
import { formatInstant } from '@/lib/format';
import type { TicketSummary } from '../api/types';
import { TicketStateBadge } from './TicketStateBadge';
import { WaitingSince } from './WaitingSince';

interface TicketsTableProps {
  tickets: TicketSummary[];
  /** The queue names the company and orders by how long a ticket waits; a company's list by its last change. */
  variant: 'company' | 'queue';
  testId?: string;
}

/** Tickets with number (linking to the ticket), title, contract and line, state, and when they changed or since when they wait. */
export function TicketsTable({ tickets, variant, testId = 'tickets-table' }: TicketsTableProps) {
  const { t, i18n } = useTranslation();
  const queue = variant === 'queue';
  return (
    <ScrollBox label={queue ? t('support.queue.heading') : t('support.tickets.heading')}>
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('support.tickets.number')}</th>
            <th scope="col">{t('support.tickets.titleColumn')}</th>
            {queue && <th scope="col">{t('support.tickets.company')}</th>}
            <th scope="col">{t('support.tickets.contract')}</th>
            <th scope="col">{t('support.tickets.line')}</th>
            <th scope="col">{t('support.tickets.state')}</th>
            {queue && <th scope="col">{t('support.triage.priority')}</th>}
            {queue && <th scope="col">{t('support.triage.assignee')}</th>}
            <th scope="col">{queue ? t('support.tickets.waitingSince') : t('support.tickets.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {tickets.map((ticket) => (
            <tr key={ticket.id} data-testid="ticket-row" data-ticket-id={ticket.id} data-number={ticket.number} data-state={ticket.state}>
              <td>
                <Link to={`/support/tickets/${ticket.id}`} data-testid="ticket-row-link">
                  {ticket.number}
                </Link>
              </td>
              <td>
                {ticket.title}
                {!queue && <div className="muted field-hint">{ticket.reporter}</div>}
              </td>
              {queue && <td>{ticket.companyName}</td>}
              <td>{ticket.contractNumber}</td>
              <td>{ticket.lineLabel}</td>
              <td>
                <TicketStateBadge state={ticket.state} testId="ticket-row-state" />
              </td>
              {queue && (
                <td data-testid="ticket-row-priority" data-priority={ticket.priority ?? ''}>
                  {ticket.priority ? t(`support.priority.${ticket.priority}`) : ''}
                </td>
              )}
              {queue && <td data-testid="ticket-row-assignee">{ticket.assignee?.name ?? t('support.queue.unassigned')}</td>}
              <td>{queue ? <WaitingSince since={ticket.waitingSince} /> : formatInstant(ticket.updatedAt, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
