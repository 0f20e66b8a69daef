import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { LoadMore } from '@/components/LoadMore';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCurrentCompany } from '@/lib/current-company';
import { useTickets, type TicketFilter } from '../api/list-tickets';
import { TICKET_STATES, type TicketState } from '../api/types';
import { TicketsTable } from '../components/TicketsTable';

function parseState(value: string | null): TicketState | '' {
  return value && (TICKET_STATES as readonly string[]).includes(value) ? (value as TicketState) : '';
}

/** `/support/tickets`: the company's tickets, most recently changed first, filtered by state (`?state=`), page by page. */
export function TicketsRoute() {
  const { t } = useTranslation();
  const stateId = useId();
  const companyId = useCurrentCompany()?.companyId ?? null;
  const [params, setParams] = useSearchParams();
  const state = parseState(params.get('state'));
  const filter: TicketFilter = { states: state ? [state] : [] };
  const tickets = useTickets(companyId, filter);

  if (!companyId) return <Navigate to="/support" replace />;

  const empty = !tickets.loading && !tickets.error && tickets.items.length === 0;
  return (
    <div data-testid="support-tickets">
      <h2>{t('support.tickets.heading')}</h2>
      <div className="filter" role="search">
        <label htmlFor={stateId}>{t('support.tickets.filterState')}</label>
        <select
          id={stateId}
          value={state}
          onChange={(e) => setParams(e.target.value ? { state: e.target.value } : {}, { replace: true })}
          data-testid="ticket-state-filter"
        >
          <option value="">{t('support.tickets.allStates')}</option>
          {TICKET_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`support.state.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <ProblemAlert error={tickets.error} />
      {tickets.items.length > 0 && <TicketsTable tickets={tickets.items} variant="company" />}
      {tickets.loading && tickets.items.length === 0 && <Loading />}
      {empty && <EmptyState title={t('support.tickets.empty')} text={t('support.tickets.emptyHint')} testId="tickets-empty" />}
      <LoadMore hasMore={tickets.hasMore} loading={tickets.loading} onLoadMore={tickets.loadMore} testId="tickets-load-more" />
    </div>
  );
}
