import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadMore } from '@/components/LoadMore';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCurrentCompany } from '@/lib/current-company';
import { useSubscriptions, type StatusChoice, type SubscriptionFilter } from '../api/list-subscriptions';
import { STATUSES } from '../api/types';
import { NotVisibleHelp } from '../components/NotVisibleHelp';
import { SubscriptionsTable } from '../components/SubscriptionsTable';

function parseStatus(value: string | null): StatusChoice {
  if (value === 'ALL') return 'ALL';
  return value && (STATUSES as readonly string[]).includes(value) ? (value as StatusChoice) : '';
}

/**
 * `/subscriptions`: the current company's subscriptions. Filters live in the URL (`?status=&q=`) so a
 * filtered list can be bookmarked; without a status the server hides ended and lapsed ones.
 */
export function SubscriptionsRoute() {
  const { t } = useTranslation();
  const statusId = useId();
  const searchId = useId();
  const current = useCurrentCompany();
  const companyId = current?.companyId ?? null;
  const [params, setParams] = useSearchParams();
  const filter: SubscriptionFilter = { status: parseStatus(params.get('status')), q: params.get('q')?.trim() ?? '' };
  const [draft, setDraft] = useState(filter.q);
  // the URL can change without this form (the navigation link clears the filter): follow it
  const [draftFor, setDraftFor] = useState(filter.q);
  if (draftFor !== filter.q) {
    setDraftFor(filter.q);
    setDraft(filter.q);
  }
  const subscriptions = useSubscriptions(companyId, filter);

  function update(next: Partial<SubscriptionFilter>) {
    const merged = { ...filter, ...next };
    const search = new URLSearchParams();
    if (merged.status) search.set('status', merged.status);
    if (merged.q) search.set('q', merged.q);
    setParams(search, { replace: true });
  }

  function applySearch(e: FormEvent) {
    e.preventDefault();
    update({ q: draft.trim() });
  }

  if (!companyId) return null;
  const empty = !subscriptions.loading && !subscriptions.error && subscriptions.items.length === 0;
  return (
    <section className="page" data-testid="subscriptions-page">
      <h1>{t('subscriptions.title')}</h1>
      <form className="filter" onSubmit={applySearch} role="search">
        <label htmlFor={statusId}>{t('subscriptions.filter.status')}</label>
        <select
          id={statusId}
          value={filter.status}
          onChange={(e) => update({ status: parseStatus(e.target.value) })}
          data-testid="status-filter"
        >
          <option value="">{t('subscriptions.filter.current')}</option>
          <option value="ALL">{t('subscriptions.filter.all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`subscriptions.status.${s}`)}
            </option>
          ))}
        </select>
        <label htmlFor={searchId}>{t('subscriptions.filter.search')}</label>
        <input
          id={searchId}
          type="search"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder={t('subscriptions.filter.searchPlaceholder')}
          data-testid="search-input"
        />
        <button type="submit" className="button" data-testid="search-submit">
          {t('subscriptions.filter.apply')}
        </button>
      </form>
      {!filter.status && <p className="muted filter-hint">{t('subscriptions.filter.endedHidden')}</p>}
      <ProblemAlert error={subscriptions.error} />
      {subscriptions.items.length > 0 && <SubscriptionsTable subscriptions={subscriptions.items} />}
      {subscriptions.loading && subscriptions.items.length === 0 && <Loading />}
      {empty && <NotVisibleHelp companyName={current?.companyName ?? ''} filtered={!!(filter.status || filter.q)} />}
      <LoadMore
        hasMore={subscriptions.hasMore}
        loading={subscriptions.loading}
        onLoadMore={subscriptions.loadMore}
        testId="subscriptions-load-more"
      />
    </section>
  );
}
