import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatInstant } from '@/lib/format';
import { useAcceptedAgreement } from '../api/get-accepted-agreement';
import { AgreementView } from './AgreementView';

/** The agreement accepted on activation, with who accepted it and when. */
export function AcceptedAgreementDialog({ subscriptionId, onClose }: { subscriptionId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  const accepted = useAcceptedAgreement(subscriptionId);

  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="dialog-backdrop">
      <div className="dialog dialog--wide" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="agreement-dialog">
        <h2 id={titleId}>{t('subscriptions.agreement.acceptedHeading')}</h2>
        <ProblemAlert error={accepted.error} />
        {accepted.loading && !accepted.data && <Loading />}
        {accepted.data && (
          <>
            <p data-testid="agreement-accepted">
              {t('subscriptions.agreement.acceptedBy', {
                name: accepted.data.acceptedByName ?? t('subscriptions.po.system'),
                time: formatInstant(accepted.data.acceptedAt, i18n.language),
              })}
            </p>
            <AgreementView agreement={accepted.data.agreement} headingLevel={3} />
          </>
        )}
        <div className="dialog__buttons">
          <button ref={closeRef} type="button" className="button" onClick={onClose} data-testid="agreement-close">
            {t('common.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
