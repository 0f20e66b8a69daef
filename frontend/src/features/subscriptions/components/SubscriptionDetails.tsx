import { useTranslation } from 'react-i18next';
import { formatDate, formatInstant } from '@/lib/format';
import type { Subscription } from '../api/types';
import { StatusBadge } from './StatusBadge';

export function SubscriptionDetails({ subscription: s }: { subscription: Subscription }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const notSet = <span className="muted">{t('subscriptions.details.notSet')}</span>;
  return (
    <section aria-labelledby="subscription-details-heading" className="card" data-testid="subscription-details">
      <h2 id="subscription-details-heading">{t('subscriptions.details.heading')}</h2>
      <dl className="details">
        <dt>{t('subscriptions.details.number')}</dt>
        <dd data-testid="subscription-number">{s.number}</dd>
        <dt>{t('subscriptions.details.product')}</dt>
        <dd data-testid="subscription-product">{s.productName}</dd>
        <dt>{t('subscriptions.details.company')}</dt>
        <dd>{s.companyName}</dd>
        <dt>{t('subscriptions.details.status')}</dt>
        <dd>
          <StatusBadge status={s.status} testId="subscription-details-status" />
        </dd>
        <dt>{t('subscriptions.details.termStart')}</dt>
        <dd>{s.termStart ? formatDate(s.termStart, lng) : notSet}</dd>
        <dt>{t('subscriptions.details.termEnd')}</dt>
        <dd>{s.termEnd ? formatDate(s.termEnd, lng) : notSet}</dd>
        <dt>{t('subscriptions.details.nextRenewal')}</dt>
        <dd data-testid="subscription-next-renewal">{s.nextRenewalDate ? formatDate(s.nextRenewalDate, lng) : notSet}</dd>
        <dt>{t('subscriptions.details.autoRenew')}</dt>
        <dd data-testid="subscription-auto-renew">{s.autoRenew ? t('common.yes') : t('common.no')}</dd>
        <dt>{t('subscriptions.details.quantity')}</dt>
        <dd data-testid="subscription-quantity">{s.licenseQuantity}</dd>
        <dt>{t('subscriptions.details.admin')}</dt>
        <dd data-testid="subscription-admin">
          {s.admin.name ? `${s.admin.name} <${s.admin.email}>` : s.admin.email}
          {s.admin.pending && (
            <>
              {' '}
              <span className="badge badge--pending" title={t('subscriptions.details.adminPendingHint')} data-testid="admin-pending">
                {t('subscriptions.details.adminPending')}
              </span>
            </>
          )}
        </dd>
        <dt>{t('subscriptions.details.orderedAt')}</dt>
        <dd>{formatInstant(s.orderedAt, lng)}</dd>
        {s.status === 'PENDING_ACTIVATION' && (
          <>
            <dt>{t('subscriptions.details.activationDeadline')}</dt>
            <dd data-testid="subscription-activation-deadline">{formatDate(s.activationDeadline, lng)}</dd>
          </>
        )}
        {s.activatedAt && (
          <>
            <dt>{t('subscriptions.details.activatedAt')}</dt>
            <dd>{formatInstant(s.activatedAt, lng)}</dd>
          </>
        )}
        <dt>{t('subscriptions.details.paymentMethod')}</dt>
        <dd data-testid="subscription-payment-method">
          {s.paymentMethod ? (
            <>
              {t(`subscriptions.paymentMethod.${s.paymentMethod.type}`)}: {s.paymentMethod.display}
            </>
          ) : (
            notSet
          )}
        </dd>
      </dl>
    </section>
  );
}
