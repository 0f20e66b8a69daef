import { useTranslation } from 'react-i18next';
import type { SupportContract } from '../api/types';
import { ContractClaimForm } from './ContractClaimForm';

interface ClaimSectionProps {
  /** Prominent when the person has no contract yet: then it explains why, and cannot be closed. */
  prominent: boolean;
  onClaimed: (contract: SupportContract) => void;
  onCancel?: () => void;
}

/** The claim form in a card, with what it needs and where to find it. */
export function ClaimSection({ prominent, onClaimed, onCancel }: ClaimSectionProps) {
  const { t } = useTranslation();
  return (
    <section className={prominent ? 'card claim-section claim-section--prominent' : 'card claim-section'} aria-labelledby="claim-heading" data-testid="claim-section">
      <h2 id="claim-heading">{prominent ? t('support.claim.verifyHeading') : t('support.claim.heading')}</h2>
      <p>{prominent ? t('support.claim.verifyIntro') : t('support.claim.intro')}</p>
      <ContractClaimForm onClaimed={onClaimed} onCancel={prominent ? undefined : onCancel} />
    </section>
  );
}
