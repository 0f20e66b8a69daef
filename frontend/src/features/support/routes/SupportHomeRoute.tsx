import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { LoadMore } from '@/components/LoadMore';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCurrentCompany } from '@/lib/current-company';
import { useCurrentUser, useIsSupportAgent } from '@/lib/current-user';
import { useContracts } from '../api/list-contracts';
import { useTickets } from '../api/list-tickets';
import type { SupportContract } from '../api/types';
import { ClaimedNotice } from '../components/ClaimedNotice';
import { ClaimSection } from '../components/ClaimSection';
import { ContractCard } from '../components/ContractCard';
import { TicketsTable } from '../components/TicketsTable';
import { withClaimed } from '../utils/contracts';

const RECENT_TICKETS = 5;
const ALL_STATES = { states: [] };

/**
 * `/support`, the dashboard: the company's active contracts, each line with "New ticket", and its recent tickets.
 * Someone without a company, or whose company has no contract yet, sees the claim form first: linking a contract is
 * how they get access (the server creates their company from the contract when they have none).
 */
export function SupportHomeRoute() {
  const { t } = useTranslation();
  const companyId = useCurrentCompany()?.companyId ?? null;
  const user = useCurrentUser();
  const agent = useIsSupportAgent();
  const contracts = useContracts(companyId, false);
  const tickets = useTickets(companyId, ALL_STATES, RECENT_TICKETS);
  const [claimOpen, setClaimOpen] = useState(false);
  const [claimed, setClaimed] = useState<SupportContract | null>(null);

  if (!companyId && agent) return <Navigate to="/support/queue" replace />;

  async function onClaimed(contract: SupportContract) {
    setClaimed(contract);
    setClaimOpen(false);
    if (companyId) {
      contracts.reload();
    }
    // the server may have created the person's company: the header, the navigation and this page follow it
    await user?.refresh().catch(() => {});
  }

  const shown = withClaimed(contracts.items, claimed, false);
  const noContracts = shown.length === 0 && (!companyId || (!contracts.loading && !contracts.error));
  return (
    <div data-testid="support-dashboard">
      {claimed && <ClaimedNotice contract={claimed} onDismiss={() => setClaimed(null)} />}
      {noContracts && <ClaimSection prominent onClaimed={(c) => void onClaimed(c)} />}
      {!noContracts && (
        <section aria-labelledby="active-contracts-heading" data-testid="active-contracts">
          <div className="page__header">
            <h2 id="active-contracts-heading">{t('support.dashboard.activeContracts')}</h2>
            {!claimOpen && (
              <button type="button" className="button" onClick={() => setClaimOpen(true)} data-testid="link-contract">
                {t('support.claim.open')}
              </button>
            )}
          </div>
          {claimOpen && <ClaimSection prominent={false} onClaimed={(c) => void onClaimed(c)} onCancel={() => setClaimOpen(false)} />}
          <ProblemAlert error={contracts.error} />
          {shown.map((contract) => (
            <ContractCard key={contract.id} contract={contract} />
          ))}
          {contracts.loading && shown.length === 0 && <Loading />}
          <LoadMore hasMore={contracts.hasMore} loading={contracts.loading} onLoadMore={contracts.loadMore} testId="contracts-load-more" />
        </section>
      )}
      {companyId && (
        <section className="card" aria-labelledby="recent-tickets-heading" data-testid="recent-tickets">
          <div className="page__header">
            <h2 id="recent-tickets-heading">{t('support.dashboard.recentTickets')}</h2>
            <Link to="/support/tickets" data-testid="all-tickets">
              {t('support.dashboard.allTickets')}
            </Link>
          </div>
          <ProblemAlert error={tickets.error} />
          {tickets.items.length > 0 && <TicketsTable tickets={tickets.items} variant="company" testId="recent-tickets-table" />}
          {tickets.loading && tickets.items.length === 0 && <Loading />}
          {!tickets.loading && !tickets.error && tickets.items.length === 0 && (
            <EmptyState title={t('support.tickets.empty')} text={t('support.tickets.emptyHint')} testId="tickets-empty" />
          )}
        </section>
      )}
    </div>
  );
}
