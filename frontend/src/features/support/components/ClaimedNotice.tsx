import { useTranslation } from 'react-i18next';
import type { SupportContract } from '../api/types';

/** Confirms a claim: the contract is the company's now, and tickets can be opened on its lines. */
export function ClaimedNotice({ contract, onDismiss }: { contract: SupportContract; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="card success-card claim-success" role="status" data-testid="claim-success" data-number={contract.number}>
      <p className="success">{t('support.claim.success', { number: contract.number, customer: contract.customerName })}</p>
      <button type="button" className="button button--link" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
