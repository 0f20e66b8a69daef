import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { LoadMore } from '@/components/LoadMore';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCurrentCompany } from '@/lib/current-company';
import { useAuditEvents } from '../api/list-audit-events';
import { useCompany } from '../api/get-company';
import { AuditTable } from '../components/AuditTable';

/** Actions the foundation records; the filter also accepts any other action code. */
const KNOWN_ACTIONS = [
  'MEMBER_INVITED',
  'INVITATION_REVOKED',
  'MEMBER_JOINED',
  'MEMBER_ROLE_CHANGED',
  'MEMBER_REMOVED',
  'COMPANY_UPDATED',
];

/** `/company/audit`: the company's audit trail, for those whose `actions.viewAuditTrail` allows it. */
export function AuditRoute() {
  const { t } = useTranslation();
  const filterId = useId();
  const listId = useId();
  const current = useCurrentCompany();
  const companyId = current?.companyId ?? null;
  const company = useCompany(companyId);
  const allowed = company.data?.actions.viewAuditTrail === true;
  const [draft, setDraft] = useState('');
  const [action, setAction] = useState('');
  const events = useAuditEvents(allowed ? companyId : null, action);

  function applyFilter(e: FormEvent) {
    e.preventDefault();
    setAction(draft.trim().toUpperCase());
  }

  const suggestions = [...new Set([...KNOWN_ACTIONS, ...events.items.map((ev) => ev.action)])].sort();

  return (
    <section className="page" data-testid="audit-page">
      <p>
        <Link to="/company">{t('company.audit.back')}</Link>
      </p>
      <h1>{t('company.audit.heading')}</h1>
      <ProblemAlert error={company.error} />
      {company.loading && !company.data && <Loading />}
      {company.data && !allowed && (
        <EmptyState title={t('company.audit.notAllowed')} testId="audit-not-allowed" />
      )}
      {allowed && (
        <>
          <form className="filter" onSubmit={applyFilter} role="search">
            <label htmlFor={filterId}>{t('company.audit.filterAction')}</label>
            <input
              id={filterId}
              list={listId}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              placeholder={t('company.audit.allActions')}
              data-testid="audit-filter-action"
            />
            <datalist id={listId}>
              {suggestions.map((a) => (
                <option key={a} value={a} />
              ))}
            </datalist>
            <button type="submit" className="button" data-testid="audit-filter-apply">
              {t('company.audit.filter')}
            </button>
          </form>
          <ProblemAlert error={events.error} />
          {events.items.length > 0 && <AuditTable events={events.items} />}
          {events.loading && events.items.length === 0 && <Loading />}
          {!events.loading && !events.error && events.items.length === 0 && (
            <EmptyState title={t('company.audit.empty')} testId="audit-empty" />
          )}
          <LoadMore hasMore={events.hasMore} loading={events.loading} onLoadMore={events.loadMore} testId="audit-load-more" />
        </>
      )}
    </section>
  );
}
