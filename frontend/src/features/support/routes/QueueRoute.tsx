import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { LoadMore } from '@/components/LoadMore';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblem } from '@/lib/api';
import { useQueue } from '../api/list-queue';
import { TICKET_STATES, type TicketState } from '../api/types';
import { TicketsTable } from '../components/TicketsTable';
import { parseQueueFilter, queueFilterParams, WAITING_CHOICES, type QueueFilter, type WaitingChoice } from '../utils/queue-filter';

/**
 * `/support/queue`, for support agents: tickets waiting longest first, filtered by state (by default those waiting
 * for support), contract, company and how long they have waited. The filter lives in the URL.
 */
export function QueueRoute() {
  const { t } = useTranslation();
  const ids = { contract: useId(), company: useId(), waiting: useId() };
  const [params, setParams] = useSearchParams();
  const filter = parseQueueFilter(params);
  const queue = useQueue(filter);
  const [draft, setDraft] = useState({ contractId: filter.contractId, companyId: filter.companyId });
  // the URL can change without this form (the navigation link clears the filter): follow it
  const [draftFor, setDraftFor] = useState(`${filter.contractId}|${filter.companyId}`);
  if (draftFor !== `${filter.contractId}|${filter.companyId}`) {
    setDraftFor(`${filter.contractId}|${filter.companyId}`);
    setDraft({ contractId: filter.contractId, companyId: filter.companyId });
  }

  function update(next: Partial<QueueFilter>) {
    setParams(queueFilterParams({ ...filter, ...next }), { replace: true });
  }

  function toggle(state: TicketState, on: boolean) {
    const states = on ? [...filter.states, state] : filter.states.filter((s) => s !== state);
    // unticking the last state shows every state, as ticking all of them would
    update({ states: TICKET_STATES.filter((s) => (states.length ? states : TICKET_STATES).includes(s)) });
  }

  function applyIds(e: FormEvent) {
    e.preventDefault();
    update({ contractId: draft.contractId.trim(), companyId: draft.companyId.trim() });
  }

  const forbidden = queue.error instanceof ApiProblem && queue.error.status === 403;
  const empty = !queue.loading && !queue.error && queue.items.length === 0;
  return (
    <div data-testid="support-queue">
      <h2>{t('support.queue.heading')}</h2>
      <form className="card queue-filter" onSubmit={applyIds} role="search" data-testid="queue-filter">
        <fieldset className="queue-filter__states">
          <legend>{t('support.queue.states')}</legend>
          {TICKET_STATES.map((state) => (
            <label key={state} className="checkbox">
              <input
                type="checkbox"
                checked={filter.states.includes(state)}
                onChange={(e) => toggle(state, e.target.checked)}
                data-testid={`queue-state-${state}`}
              />{' '}
              {t(`support.state.${state}`)}
            </label>
          ))}
        </fieldset>
        <div className="form-row">
          <div className="form-field">
            <label htmlFor={ids.waiting}>{t('support.queue.waitingLonger')}</label>
            <select
              id={ids.waiting}
              value={filter.waiting}
              onChange={(e) => update({ waiting: e.target.value as WaitingChoice | '' })}
              data-testid="queue-waiting"
            >
              <option value="">{t('support.queue.anyWait')}</option>
              {Object.keys(WAITING_CHOICES).map((choice) => (
                <option key={choice} value={choice}>
                  {t(`support.queue.waiting.${choice}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor={ids.contract}>{t('support.queue.contractId')}</label>
            <input
              id={ids.contract}
              value={draft.contractId}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => setDraft((d) => ({ ...d, contractId: e.target.value }))}
              data-testid="queue-contract-id"
            />
          </div>
          <div className="form-field">
            <label htmlFor={ids.company}>{t('support.queue.companyId')}</label>
            <input
              id={ids.company}
              value={draft.companyId}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => setDraft((d) => ({ ...d, companyId: e.target.value }))}
              data-testid="queue-company-id"
            />
          </div>
          <div className="form-field form-field--button">
            <button type="submit" className="button" data-testid="queue-apply">
              {t('support.queue.apply')}
            </button>
          </div>
        </div>
      </form>
      {forbidden ? (
        <EmptyState title={t('support.queue.agentsOnly')} testId="queue-forbidden" />
      ) : (
        <>
          <ProblemAlert error={queue.error} />
          {queue.items.length > 0 && <TicketsTable tickets={queue.items} variant="queue" testId="queue-table" />}
          {queue.loading && queue.items.length === 0 && <Loading />}
          {empty && <EmptyState title={t('support.queue.empty')} testId="queue-empty" />}
          <LoadMore hasMore={queue.hasMore} loading={queue.loading} onLoadMore={queue.loadMore} testId="queue-load-more" />
        </>
      )}
    </div>
  );
}
