import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { LoadMore } from '@/components/LoadMore';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCurrentCompany } from '@/lib/current-company';
import { useCurrentUser } from '@/lib/current-user';
import { useContracts } from '../api/list-contracts';
import type { SupportContract } from '../api/types';
import { ClaimedNotice } from '../components/ClaimedNotice';
import { ClaimSection } from '../components/ClaimSection';
import { ContractCard } from '../components/ContractCard';
import { withClaimed } from '../utils/contracts';

/** `/support/contracts`: all the company's contracts, expired ones too (those without "New ticket"), and "Link a contract". */
export function ContractsRoute() {
  const { t } = useTranslation();
  const companyId = useCurrentCompany()?.companyId ?? null;
  const user = useCurrentUser();
  const contracts = useContracts(companyId, true);
  const [claimOpen, setClaimOpen] = useState(false);
  const [claimed, setClaimed] = useState<SupportContract | null>(null);

  if (!companyId) return <Navigate to="/support" replace />;

  function onClaimed(contract: SupportContract) {
    setClaimed(contract);
    setClaimOpen(false);
    contracts.reload();
    void user?.refresh().catch(() => {});
  }

  const shown = withClaimed(contracts.items, claimed, true);
  const empty = !contracts.loading && !contracts.error && shown.length === 0;
  return (
    <div data-testid="support-contracts">
      <div className="page__header">
        <h2>{t('support.contracts.heading')}</h2>
        {!claimOpen && (
          <button type="button" className="button" onClick={() => setClaimOpen(true)} data-testid="link-contract">
            {t('support.claim.open')}
          </button>
        )}
      </div>
      {claimed && <ClaimedNotice contract={claimed} onDismiss={() => setClaimed(null)} />}
      {(claimOpen || empty) && <ClaimSection prominent={empty} onClaimed={onClaimed} onCancel={() => setClaimOpen(false)} />}
      <ProblemAlert error={contracts.error} />
      {shown.map((contract) => (
        <ContractCard key={contract.id} contract={contract} />
      ))}
      {contracts.loading && shown.length === 0 && <Loading />}
      {empty && <EmptyState title={t('support.contracts.empty')} testId="contracts-empty" />}
      <LoadMore hasMore={contracts.hasMore} loading={contracts.loading} onLoadMore={contracts.loadMore} testId="contracts-load-more" />
    </div>
  );
}
