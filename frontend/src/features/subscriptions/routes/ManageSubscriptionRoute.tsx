import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { cancelSubscription } from '../api/cancel-subscription';
import { changePoNumber } from '../api/change-po-number';
import { useSubscription } from '../api/get-subscription';
import { usePoNumbers } from '../api/list-po-numbers';
import type { SubscriptionWithTag } from '../api/types';
import { undoCancellation } from '../api/undo-cancellation';
import { AcceptedAgreementDialog } from '../components/AcceptedAgreementDialog';
import { CancellationSection } from '../components/CancellationSection';
import { PoNumberSection } from '../components/PoNumberSection';
import { StatusBadge } from '../components/StatusBadge';
import { SubscriptionDetails } from '../components/SubscriptionDetails';

/** `/subscriptions/:id`: details, PO number, cancellation and the accepted agreement. */
export function ManageSubscriptionRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  const location = useLocation();
  const activated = (location.state as { activated?: string } | null)?.activated;
  const subscription = useSubscription(id);
  const poNumbers = usePoNumbers(id ?? null);
  const [readingAgreement, setReadingAgreement] = useState(false);
  const s = subscription.data?.subscription;
  const etag = subscription.data?.etag ?? null;

  const setSubscription = subscription.setData;
  const reloadSubscription = subscription.reload;
  const reloadPoNumbers = poNumbers.reload;
  /** Takes the server's answer to a change; without an ETag in it, reads the subscription again for one. */
  const applied = useCallback(
    (result: SubscriptionWithTag) => {
      setSubscription(() => result);
      if (!result.etag) reloadSubscription();
    },
    [setSubscription, reloadSubscription],
  );

  const savePoNumber = useCallback(
    async (poNumber: string) => {
      applied(await changePoNumber(id!, poNumber, etag));
      reloadPoNumbers();
    },
    [id, etag, applied, reloadPoNumbers],
  );
  const cancel = useCallback(async () => applied(await cancelSubscription(id!)), [id, applied]);
  const undo = useCallback(async () => applied(await undoCancellation(id!)), [id, applied]);
  const closeAgreement = useCallback(() => setReadingAgreement(false), []);

  return (
    <section className="page" data-testid="subscription-page">
      <p>
        <Link to="/subscriptions">{t('subscriptions.backToList')}</Link>
      </p>
      <ProblemAlert error={subscription.error} />
      {subscription.loading && !s && <Loading />}
      {s && (
        <>
          <div className="page__header">
            <h1>
              {s.productName} <span className="muted">{s.number}</span>
            </h1>
            <StatusBadge status={s.status} />
          </div>
          {activated && (
            <p className="success" role="status" data-testid="activation-success">
              {t('subscriptions.activate.success', { number: activated })}
            </p>
          )}
          {s.actions.activate && (
            <div className="card notice" data-testid="activation-notice">
              <p>{t('subscriptions.activate.pendingNotice', { email: s.admin.email })}</p>
              <Link to={`/subscriptions/${s.id}/activate`} className="button button--primary" data-testid="subscription-activate-link">
                {t('subscriptions.menu.activate')}
              </Link>
            </div>
          )}
          <SubscriptionDetails subscription={s} />
          <PoNumberSection
            subscription={s}
            history={poNumbers.data}
            historyError={poNumbers.error}
            onSave={savePoNumber}
            onStale={reloadSubscription}
          />
          <CancellationSection subscription={s} onCancel={cancel} onUndo={undo} />
          {s.actions.readAgreement && (
            <section aria-labelledby="agreement-heading" className="card" data-testid="agreement-section">
              <h2 id="agreement-heading">{t('subscriptions.agreement.heading')}</h2>
              <p>{t('subscriptions.agreement.intro')}</p>
              <button type="button" className="button" onClick={() => setReadingAgreement(true)} data-testid="read-agreement">
                {t('subscriptions.agreement.read')}
              </button>
            </section>
          )}
          {readingAgreement && <AcceptedAgreementDialog subscriptionId={s.id} onClose={closeAgreement} />}
        </>
      )}
    </section>
  );
}
