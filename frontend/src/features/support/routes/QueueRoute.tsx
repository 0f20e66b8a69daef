import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { LoadMore } from '@/components/LoadMore';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblem } from '@/lib/api';
import { useQueue } from '../api/list-queue';
import { useCompanyChoice } from '../api/get-company-choice';
import { CompanyCombobox } from '@/components/CompanyCombobox';
import { TICKET_PRIORITIES, TICKET_STATES, type TicketPriority, type TicketState } from '../api/types';
import { TicketsTable } from '../components/TicketsTable';
import {
  parseQueueFilter,
  queueFilterParams,
  WAITING_CHOICES,
  type AssigneeChoice,
  type QueueFilter,
  type WaitingChoice,
} from '../utils/queue-filter';

/**
 * `/support/queue`, for support agents: tickets waiting longest first, found by one search text (ticket number, title,
 * company name, contract number, serial number or license key) and filtered by state (by default those waiting for
 * support), company (picked by name), how long they have waited, priority and assignee. The filter lives in the URL.
 */
export function QueueRoute() {
  const { t } = useTranslation();
  const ids = { search: useId(), waiting: useId(), priority: useId(), assignee: useId() };
  const [params, setParams] = useSearchParams();
  const filter = parseQueueFilter(params);
  const queue = useQueue(filter);
  const company = useCompanyChoice(filter.companyId);
  const [draft, setDraft] = useState(filter.q);
  // the URL can change without this form (the navigation link clears the filter): follow it
  const [draftFor, setDraftFor] = useState(filter.q);
  if (draftFor !== filter.q) {
    setDraftFor(filter.q);
    setDraft(filter.q);
  }

  function update(next: Partial<QueueFilter>) {
    setParams(queueFilterParams({ ...filter, ...next }), { replace: true });
  }

  function toggle(state: TicketState, on: boolean) {
    const states = on ? [...filter.states, state] : filter.states.filter((s) => s !== state);
    // unticking the last state shows every state, as ticking all of them would
    update({ states: TICKET_STATES.filter((s) => (states.length ? states : TICKET_STATES).includes(s)) });
  }

  function search(e: FormEvent) {
    e.preventDefault();
    update({ q: draft.trim() });
  }

  const forbidden = queue.error instanceof ApiProblem && queue.error.status === 403;
  const empty = !queue.loading && !queue.error && queue.items.length === 0;
  const chosenCompany = filter.companyId ? (company.data ?? null) : null;
  return (
    <div data-testid="support-queue">
      <h2>{t('support.queue.heading')}</h2>
      <form className="card queue-filter" onSubmit={search} role="search" aria-label={t('support.queue.filterLabel')} data-testid="queue-filter">
        <div className="form-row">
          <div className="form-field queue-filter__search">
            <label htmlFor={ids.search}>{t('support.queue.search')}</label>
            <input
              id={ids.search}
              type="search"
              value={draft}
              maxLength={100}
              spellCheck={false}
              autoComplete="off"
              aria-describedby={`${ids.search}-hint`}
              onChange={(e) => setDraft(e.target.value)}
              data-testid="queue-search"
            />
            <p id={`${ids.search}-hint`} className="field-hint muted">
              {t('support.queue.searchHint')}
            </p>
          </div>
          <div className="form-field form-field--button">
            <button type="submit" className="button" data-testid="queue-apply">
              {t('support.queue.apply')}
            </button>
          </div>
        </div>
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
          <CompanyCombobox
            label={t('support.queue.company')}
            value={chosenCompany}
            onChange={(chosen) => {
              if (chosen) update({ companyId: chosen.id });
              else if (filter.companyId) update({ companyId: '' });
            }}
            hint={t('support.queue.companyHint')}
            testId="queue-company"
          />
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
            <label htmlFor={ids.priority}>{t('support.triage.priority')}</label>
            <select
              id={ids.priority}
              value={filter.priority}
              onChange={(e) => update({ priority: e.target.value as TicketPriority | '' })}
              data-testid="queue-priority"
            >
              <option value="">{t('support.queue.anyPriority')}</option>
              {TICKET_PRIORITIES.map((priority) => (
                <option key={priority} value={priority}>
                  {t(`support.priority.${priority}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor={ids.assignee}>{t('support.triage.assignee')}</label>
            <select
              id={ids.assignee}
              value={filter.assignee}
              onChange={(e) => update({ assignee: e.target.value as AssigneeChoice | '' })}
              data-testid="queue-assignee"
            >
              <option value="">{t('support.queue.anyAssignee')}</option>
              <option value="me">{t('support.queue.assignedToMe')}</option>
              <option value="none">{t('support.queue.unassigned')}</option>
            </select>
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
