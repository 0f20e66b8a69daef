import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblem } from '@/lib/api';
import { cancelSubscription } from '../api/cancel-subscription';
import { changePaymentMethod } from '../api/change-payment-method';
import { changePoNumber } from '../api/change-po-number';
import { useSubscription } from '../api/get-subscription';
import { usePoNumbers } from '../api/list-po-numbers';
import { transferAdmin } from '../api/transfer-admin';
import type { PaymentMethodChange, Subscription, SubscriptionWithTag } from '../api/types';
import { undoCancellation } from '../api/undo-cancellation';
import { withdrawAdminTransfer } from '../api/withdraw-admin-transfer';
import { AcceptedAgreementDialog } from '../components/AcceptedAgreementDialog';
import { AdminTransferSection } from '../components/AdminTransferSection';
import { CancellationSection } from '../components/CancellationSection';
import { InvoicesSection } from '../components/InvoicesSection';
import { PaymentMethodSection } from '../components/PaymentMethodSection';
import { PoNumberSection } from '../components/PoNumberSection';
import { StatusBadge } from '../components/StatusBadge';
import { SubscriptionDetails } from '../components/SubscriptionDetails';

/** The server refuses to show the subscription to this caller (any more). */
function refused(error: unknown): boolean {
  return error instanceof ApiProblem && (error.status === 403 || error.status === 404);
}

/** The subscription as last seen, with every action off: what someone who no longer manages it may look at. */
function readOnly(s: Subscription): Subscription {
  const actions = Object.fromEntries(Object.keys(s.actions).map((k) => [k, false])) as unknown as Subscription['actions'];
  return { ...s, actions };
}

/**
 * `/subscriptions/:id`: details, a link to its users (seats), PO number, payment method, admin transfer, invoices,
 * cancellation and the accepted agreement.
 */
export function ManageSubscriptionRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  const location = useLocation();
  const activated = (location.state as { activated?: string } | null)?.activated;
  const subscription = useSubscription(id);
  const poNumbers = usePoNumbers(id ?? null);
  const [readingAgreement, setReadingAgreement] = useState(false);
  /** The new admin after a transfer made here; the caller may have lost the right to manage (or see) it. */
  const [transferredTo, setTransferredTo] = useState<string | null>(null);
  /** Someone outside the company invited to become the admin, by a transfer made here. */
  const [invited, setInvited] = useState<string | null>(null);
  const [withdrawnFrom, setWithdrawnFrom] = useState<string | null>(null);
  const current = subscription.data?.subscription;
  const lostAccess =
    transferredTo !== null && (refused(subscription.error) || (current !== undefined && !current.actions.manage));
  const s = current && lostAccess ? readOnly(current) : current;
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
  const savePaymentMethod = useCallback(
    async (change: PaymentMethodChange) => applied(await changePaymentMethod(id!, change)),
    [id, applied],
  );
  /**
   * Shows the answer at once. A member became the admin: read the subscription again, the caller may no longer manage
   * it. Someone new was invited: the caller stays admin until they sign in, and the answer shows the pending transfer.
   */
  const transfer = useCallback(
    async (email: string) => {
      const result = await transferAdmin(id!, email);
      setSubscription(() => result);
      setWithdrawnFrom(null);
      const pendingTo = result.subscription.pendingAdminTransfer?.email;
      if (pendingTo && pendingTo === email.trim().toLowerCase()) {
        setInvited(pendingTo);
        setTransferredTo(null);
        if (!result.etag) reloadSubscription();
      } else {
        setInvited(null);
        setTransferredTo(result.subscription.admin.email);
        reloadSubscription();
      }
    },
    [id, setSubscription, reloadSubscription],
  );
  const withdrawTransfer = useCallback(async () => {
    const email = current?.pendingAdminTransfer?.email ?? null;
    applied(await withdrawAdminTransfer(id!));
    setInvited(null);
    setWithdrawnFrom(email);
  }, [id, applied, current]);
  const closeAgreement = useCallback(() => setReadingAgreement(false), []);

  return (
    <section className="page" data-testid="subscription-page">
      <p>
        <Link to="/subscriptions">{t('subscriptions.backToList')}</Link>
      </p>
      <ProblemAlert error={lostAccess && refused(subscription.error) ? null : subscription.error} />
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
          {transferredTo && (
            <p className="success" role="status" data-testid="admin-transfer-success">
              {t('subscriptions.transfer.done', { email: transferredTo })}
            </p>
          )}
          {invited && (
            <p className="success" role="status" data-testid="admin-transfer-invited">
              {t('subscriptions.transfer.invited', { email: invited, company: s.companyName })}
            </p>
          )}
          {withdrawnFrom && (
            <p className="success" role="status" data-testid="admin-transfer-withdrawn">
              {t('subscriptions.transfer.withdrawn', { email: withdrawnFrom })}
            </p>
          )}
          {lostAccess && (
            <div className="card notice" data-testid="admin-transfer-readonly">
              <p>{t('subscriptions.transfer.readOnly')}</p>
            </div>
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
          {s.actions.manage && (
            <section aria-labelledby="users-heading" className="card" data-testid="users-section">
              <h2 id="users-heading">{t('subscriptions.users.heading')}</h2>
              <p>{t('subscriptions.users.intro', { quantity: s.licenseQuantity })}</p>
              <Link to={`/subscriptions/${s.id}/users`} className="button" data-testid="manage-users-link">
                {t('subscriptions.menu.users')}
              </Link>
            </section>
          )}
          <PoNumberSection
            subscription={s}
            history={poNumbers.data}
            historyError={poNumbers.error}
            onSave={savePoNumber}
            onStale={reloadSubscription}
          />
          <PaymentMethodSection subscription={s} onSave={savePaymentMethod} />
          <AdminTransferSection subscription={s} onTransfer={transfer} onWithdraw={withdrawTransfer} />
          {s.status !== 'PENDING_ACTIVATION' && !lostAccess && <InvoicesSection subscriptionId={s.id} />}
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
