import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import type { Subscription } from '../api/types';
import { StatusBadge } from './StatusBadge';
import { SubscriptionMenu } from './SubscriptionMenu';

/** The subscriptions; on a phone each row is a card whose cells carry their column's name. */
export function SubscriptionsTable({ subscriptions }: { subscriptions: Subscription[] }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="table table--cards" data-testid="subscriptions-table">
      <thead>
        <tr>
          <th scope="col">{t('subscriptions.list.number')}</th>
          <th scope="col">{t('subscriptions.list.product')}</th>
          <th scope="col">{t('subscriptions.list.poNumber')}</th>
          <th scope="col">{t('subscriptions.list.nextRenewal')}</th>
          <th scope="col">{t('subscriptions.list.quantity')}</th>
          <th scope="col">{t('subscriptions.list.status')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('subscriptions.list.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {subscriptions.map((s) => (
          <tr key={s.id} data-testid="subscription-row" data-number={s.number} data-product={s.productCode} data-status={s.status}>
            <td data-label={t('subscriptions.list.number')}>
              <Link to={`/subscriptions/${s.id}`}>{s.number}</Link>
            </td>
            <td data-label={t('subscriptions.list.product')}>{s.productName}</td>
            <td data-label={t('subscriptions.list.poNumber')}>{s.poNumber ?? ''}</td>
            <td data-label={t('subscriptions.list.nextRenewal')}>
              {s.nextRenewalDate ? (
                formatDate(s.nextRenewalDate, i18n.language)
              ) : s.status === 'PENDING_ACTIVATION' ? (
                <span className="muted">
                  {t('subscriptions.list.activateBy', { date: formatDate(s.activationDeadline, i18n.language) })}
                </span>
              ) : (
                ''
              )}
            </td>
            <td data-label={t('subscriptions.list.quantity')}>{s.licenseQuantity}</td>
            <td data-label={t('subscriptions.list.status')}>
              <StatusBadge status={s.status} />
            </td>
            <td className="table__actions table__actions--corner">
              <SubscriptionMenu subscription={s} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
